package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;

/**
 * Cuts from a subject the frames that say how a figure is reckoned or set rather than what it
 * measures: a reckoning frame ("考虑价格下降因素", "扣除自然因素影响后"), a manner ("以各种形式", "以长协价为…"), a condition
 * ("在确保质量的前提下") and the body or plan that set the figure ("国家经济委员会给他们原定的", "年初确定的"). Works on
 * offsets of the folded text; stateless.
 */
final class NameFrames {
  private NameFrames() {}

  /** Words that close a frame of condition ("…的前提下", "…的情况下"). */
  private static final String[] CONDITIONS = {"前提下", "情况下", "条件下"};

  /** Words that close a frame opened by 在 ("在正常年景下", "在调整初期"). */
  private static final String[] AT_ENDS = {"下", "初期", "期间", "时期", "以前", "以后"};

  /**
   * Whether {@code r} is a frame of condition or time: closed by 前提下 or the like, or opened by 在
   * and closed by 下 or a word of time ("在正常年景下", "在调整初期").
   */
  private static boolean isCondition(String n, Range r) {
    for (String w : CONDITIONS) {
      if (n.startsWith(w, r.to() - w.length())) {
        return true;
      }
    }
    boolean at = n.charAt(r.from()) == '在' && r.length() > 2;
    for (String w : AT_ENDS) {
      if (at && n.startsWith(w, r.to() - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** The longest frame opened by 在 that closes a subject. */
  private static final int AT_FRAME_MAX = 10;

  /** "积累率在调整初期": where a frame of condition or time that closes the subject starts, or its end. */
  private static int beforeCondition(String n, Range r) {
    for (int k = r.to() - 3; k > r.from() && r.to() - k <= AT_FRAME_MAX; k--) {
      if (n.charAt(k) == '在' && isCondition(n, new Range(k, r.to()))) {
        return k;
      }
    }
    return r.to();
  }

  /** Verbs that open a reckoning frame closed by 因素 ("扣除价格因素"). */
  private static final String[] RECKONING = {"考虑", "扣除", "剔除"};

  /** The word that closes a reckoning frame. */
  private static final String FACTOR = "因素";

  /** Words that may follow 因素 inside its frame ("因素影响后"), the longer first. */
  private static final String[] AFTER_FACTOR = {"影响后", "影响", "后"};

  /** The longest stretch between a reckoning verb and its 因素 ("价格和汇率变动"). */
  private static final int RECKONING_GAP_MAX = 10;

  /** Nouns of manner that close a 以 phrase ("以各种形式", "以市场化方式"). */
  private static final String[] MANNERS = {"形式", "方式", "名义"};

  /** The longest 以 phrase of manner. */
  private static final int MANNER_MAX = 8;

  /**
   * Words that close the name of a plan ("原定的年度计划"), within the subject or right after it: a figure
   * measured against a plan so set is named elsewhere.
   */
  private static final String[] PLANS = {"计划", "指标", "目标", "预算", "任务"};

  private static boolean isPlan(String n, int to) {
    for (String w : PLANS) {
      if (n.startsWith(w, to - w.length()) || n.startsWith(w, to)) {
        return true;
      }
    }
    return false;
  }

  /** Verbs by which a document sets a figure ("《纲要》提出了…"), the longer first. */
  private static final String[] SETS = {"提出了", "确定了", "规定了", "提出", "确定"};

  /** Words that close the name of a document or body that sets figures. */
  private static final String[] DOCUMENTS = {"》", "计划", "规划", "纲要", "预算", "报告", "会议", "决定"};

  /**
   * "《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗": where the name starts after a document that sets it and its
   * verb, or {@code r.from()}.
   */
  private static int afterSettingDocument(String n, Range r) {
    for (int k = r.from() + 1; k < r.to(); k++) {
      for (String v : SETS) {
        int end = k + v.length();
        if (n.startsWith(v, k)
            && end + TargetRules.MIN_NAME_LETTERS <= r.to()
            && closesDocument(n, r.from(), k)) {
          return end;
        }
      }
    }
    return r.from();
  }

  private static boolean closesDocument(String n, int from, int at) {
    for (String d : DOCUMENTS) {
      if (at - d.length() >= from && n.startsWith(d, at - d.length())) {
        return true;
      }
    }
    return false;
  }

  /** Words that close a clause saying who or what set the figure ("原定的", "下达的"). */
  private static final String[] SETTING = {"定的", "下达的"};

  /**
   * {@code r} without the reckoning, manner and setting frames at its edges; empty when it is
   * nothing else ("以长协价" before 为).
   */
  static Range cut(String n, Range r) {
    if (r.isEmpty()) {
      return r;
    }
    int closing = beforeCondition(n, r);
    if (closing == r.to() && isCondition(n, r)) {
      return new Range(r.to(), r.to()); // "在确保质量的前提下": a condition names nothing
    }
    Range x = new Range(SourceFrames.afterSource(n, r.from(), closing), closing);
    x = reckoning(n, x);
    x = manner(n, x);
    x = degree(n, x);
    x = setting(n, x);
    return newlyBeforeVerb(n, period(n, x));
  }

  /** Letters before 新 that make it part of a word ("创新", "更新", "以旧换新"). */
  private static final String NEW_IN_WORD = "创更革换焕翻出维最全清重";

  /**
   * "保障性安居工程新安排740万套": a 新 that closes the subject right before its verb says the act is new, and
   * is no part of the name.
   */
  private static Range newlyBeforeVerb(String n, Range r) {
    int last = r.to() - 1;
    boolean newly =
        r.length() > TargetRules.MIN_NAME_LETTERS
            && n.charAt(last) == '新'
            && NEW_IN_WORD.indexOf(n.charAt(last - 1)) < 0
            && TargetRules.VERB_INDEX.at(n, r.to(), Math.min(n.length(), r.to() + 4)) != null;
    return newly ? new Range(r.from(), last) : r;
  }

  /** Words that close a span of a plan or of events ("“十一五”期间", "疫情时期"). */
  private static final String[] PERIODS = {"期间", "时期"};

  /** The longest span so closed that opens a subject. */
  private static final int PERIOD_MAX = 10;

  /**
   * "“十一五”期间单位国内生产总值能源消耗": a span of time closed by 期间 or 时期 opens the subject without naming it.
   */
  private static Range period(String n, Range r) {
    int limit = Math.min(r.to() - TargetRules.MIN_NAME_LETTERS, r.from() + PERIOD_MAX);
    for (int k = r.from() + 1; k < limit; k++) {
      for (String w : PERIODS) {
        if (n.startsWith(w, k) && k + w.length() + TargetRules.MIN_NAME_LETTERS <= r.to()) {
          return new Range(k + w.length(), r.to());
        }
      }
    }
    return r;
  }

  /** Verbs that open a frame of degree closed by 力度 ("加大…力度"). */
  private static final String[] MORE = {"加大", "加强", "加快", "强化"};

  /** The noun of degree that closes such a frame. */
  private static final String DEGREE = "力度";

  /** Acts on the thing that stand before 力度 without naming it ("建设力度", "工作力度"). */
  private static final String[] DEGREE_ACTS = {"建设", "工作"};

  /**
   * "加大保障性安居工程建设力度": a frame of degree names the thing it is about, without its act; a count in a
   * clause after it counts that thing.
   */
  private static Range degree(String n, Range r) {
    int end = r.to() - DEGREE.length();
    if (end <= r.from() || !n.startsWith(DEGREE, end)) {
      return r;
    }
    for (String w : MORE) {
      if (n.startsWith(w, r.from())) {
        int from = r.from() + w.length();
        for (String act : DEGREE_ACTS) {
          if (end - act.length() >= from + TargetRules.MIN_NAME_LETTERS
              && n.startsWith(act, end - act.length())) {
            end -= act.length();
            break;
          }
        }
        return new Range(from, end);
      }
    }
    return r;
  }

  /**
   * "考虑价格下降因素", "扣除自然因素影响后空气优良天数比率", "社会消费品零售总额扣除价格因素": a reckoning frame at either edge of the
   * subject goes; one inside it ("研发费用加计扣除") is no frame, for no 因素 closes it.
   */
  private static Range reckoning(String n, Range r) {
    for (int i = r.from(); i + 2 <= r.to(); i++) {
      if (!opensReckoning(n, i)) {
        continue;
      }
      int end = factorEnd(n, i + 2, r.to());
      if (end < 0) {
        continue;
      }
      if (i == r.from()) {
        return new Range(end, r.to());
      }
      if (end == r.to()) {
        return new Range(r.from(), i);
      }
    }
    return r;
  }

  private static boolean opensReckoning(String n, int i) {
    for (String w : RECKONING) {
      if (n.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** The end of the 因素 (and its 影响后) that closes a frame opened before {@code from}, or -1. */
  private static int factorEnd(String n, int from, int to) {
    int limit = Math.min(to - FACTOR.length(), from + RECKONING_GAP_MAX);
    for (int k = from; k <= limit; k++) {
      if (n.startsWith(FACTOR, k)) {
        int end = k + FACTOR.length();
        for (String w : AFTER_FACTOR) {
          if (n.startsWith(w, end) && end + w.length() <= to) {
            return end + w.length();
          }
        }
        return end;
      }
    }
    return -1;
  }

  /**
   * "以各种形式实际使用的国外资金": a 以 phrase of manner opens the subject and goes; "以长协价为24个省份…": a 以 phrase
   * before 为 is the whole subject and names nothing.
   */
  private static Range manner(String n, Range r) {
    if (n.charAt(r.from()) != '以' || r.length() < 2) {
      return r;
    }
    if (r.length() <= MANNER_MAX && r.to() < n.length() && n.charAt(r.to()) == '为') {
      return new Range(r.to(), r.to());
    }
    int limit = Math.min(r.to(), r.from() + MANNER_MAX);
    for (int k = r.from() + 2; k < limit; k++) {
      for (String w : MANNERS) {
        if (n.startsWith(w, k) && k + w.length() < r.to()) {
          return new Range(k + w.length(), r.to());
        }
      }
    }
    return r;
  }

  /**
   * "国家经济委员会和煤炭工业部给他们原定的煤炭产量", "年初确定的单位国内生产总值能耗": the clause that says who set the figure, closed
   * by 定的 or 下达的, goes; the noun after it is what is measured.
   */
  private static Range setting(String n, Range r) {
    int set = afterSettingDocument(n, r);
    if (set > r.from()) {
      return new Range(set, r.to());
    }
    for (int k = r.to() - 2; k > r.from(); k--) {
      for (String w : SETTING) {
        int end = k + w.length();
        if (n.startsWith(w, k) && end + TargetRules.MIN_NAME_LETTERS <= r.to()) {
          return isPlan(n, r.to()) ? r : new Range(end, r.to());
        }
      }
    }
    return r;
  }
}

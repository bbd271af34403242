package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.NumberReader;
import io.github.workreport.model.Bound;

/**
 * Reads the predicate of a figure from the words before it: the bound word and adverbs next to it,
 * the verb that ends them and its kind, the subject before the verb (an amount word such as 投入
 * named with its subject, a verb of change inside the subject, a comparison's reference, a
 * from-frame and a list of clauses left out), and the reference of a multiple. Stateless.
 */
final class PredicateReader {
  private PredicateReader() {}

  /** The text right before a figure once its bound word and adverbs are set aside. */
  record Near(int end, Bound bound) {}

  /** The verb of a figure, and the subject before it. */
  record Predicate(Range subject, String verb, VerbKind kind, String compared, String suffix) {
    Predicate(Range subject, String verb, VerbKind kind, String compared) {
      this(subject, verb, kind, compared, "");
    }
  }

  /** Sets aside the bound word and the adverbs between a verb and its figure ("提高到2025年的52%"). */
  static Near near(String n, int lo, int hi) {
    int b = hi;
    Bound bound = null;
    for (boolean cut = true; cut; ) {
      cut = false;
      while (b > lo && n.charAt(b - 1) == ' ') {
        b--;
      }
      String w;
      int y;
      if (bound == null
          && (w = TargetRules.BOUND_BEFORE_INDEX.endingAt(n, lo, b)) != null
          && !(w.length() == 1
              && b - 2 >= lo
              && TargetRules.NOT_SPLIT.contains(n.substring(b - 2, b)))) {
        bound = TargetRules.boundBefore(w);
        b -= w.length();
        cut = true;
      } else if ((w = TargetRules.NEAR_FIGURE_INDEX.endingAt(n, lo, b)) != null
          && b - w.length() > lo
          && !(w.length() == 1 && TargetRules.NOT_SPLIT.contains(n.substring(b - 2, b)))) {
        b -= w.length();
        cut = true;
      } else if ((y = yearBefore(n, lo, b)) > 0 || (y = scopeAfterReaching(n, lo, b)) > 0) {
        b -= y;
        cut = true;
      }
    }
    return new Near(b, bound);
  }

  /** The length of a scope ending at {@code b} right after a verb of reaching ("扩大到全国"), or 0. */
  private static int scopeAfterReaching(String n, int lo, int b) {
    String w = TargetRules.SCOPE_BEFORE_FIGURE_INDEX.endingAt(n, lo, b);
    String v = w == null ? null : TargetRules.VERB_INDEX.endingAt(n, lo, b - w.length());
    return v != null && TargetRules.kindOf(v) == VerbKind.TO_LEVEL ? w.length() : 0;
  }

  /** Where "是"/"为"/"相当于" opens the reference of a multiple ("是十年前的3倍"), or -1. */
  static int reference(String n, int lo, int hi) {
    if (hi <= lo || n.charAt(hi - 1) != '的' && !n.startsWith("的", hi)) {
      // the reference ends in 的 right before the figure (near() may have set it aside)
      if (hi < lo || hi >= n.length() || n.charAt(hi) != '的') {
        return -1;
      }
    }
    for (int k = lo; k < hi; k++) {
      if (n.charAt(k) == '是' || n.charAt(k) == '为' || n.startsWith("相当于", k)) {
        return k;
      }
    }
    return -1;
  }

  /** The length of "2025年", "2025年底的" ending at {@code b}, or 0. */
  static int yearBefore(String n, int lo, int b) {
    int i = b;
    if (i > lo && n.charAt(i - 1) == '的') {
      i--;
    }
    if (i > lo && "底末初".indexOf(n.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i <= lo || n.charAt(i - 1) != '年') {
      return 0;
    }
    i--;
    int digits = 0;
    // "2025年的", "一九五四年的": four digits, Arabic or Chinese
    while (i > lo && (ChineseNumerals.digit(n.charAt(i - 1)) >= 0 && n.charAt(i - 1) != '十')) {
      i--;
      digits++;
    }
    return digits == 4 ? b - i : 0;
  }

  /** The verb at the end of {@code n[lo, hi)} and the subject before it. */
  static Predicate predicate(String n, int lo0, int hi, boolean spread, boolean afterFigure) {
    String verb = rightVerb(n, lo0, hi);
    VerbKind kind = verb == null ? null : TargetRules.kindOf(verb);
    // "参保人数增加1.4亿、覆盖10.5亿人", "惠及616.2万名近亲属、共济金额69.1亿元": after a list mark
    // that closes a predicate or a figure's noun a new subject starts; "水电、风电、光伏发电量" is one
    int end0 = verb == null ? hi : hi - verb.length();
    int mark = spread ? lo0 : afterLastListMark(n, lo0, end0);
    boolean clauses =
        mark > lo0 && (afterFigure || hasVerb(n, lo0, mark - 1) && hasDigit(n, lo0, mark - 1));
    int lo = clauses ? mark : lo0;
    if (kind == VerbKind.NOUN) {
      return nounVerb(n, lo, hi, verb);
    }
    int end = verb == null ? hi : hi - verb.length();
    Range subject = SubjectReader.subject(n, lo, end);
    if (kind == null) {
      int k = comparison(n, subject.from(), subject.to());
      if (k >= 0) {
        String word = TargetRules.VERB_INDEX.at(n, k, subject.to());
        return new Predicate(
            SubjectReader.subject(n, subject.from(), k), verb, VerbKind.COMPARE, word);
      }
    }
    if (kind == VerbKind.TO_LEVEL || kind == VerbKind.GROWTH || kind == VerbKind.DECLINE) {
      int from = SubjectReader.fromMark(n, subject.from(), subject.to());
      if (from > subject.from() && startsFrame(n, from + 1, subject.to())) {
        subject =
            SubjectReader.subject(n, subject.from(), from); // "比例由61.5%上升到": no start value read
      }
    }
    boolean rateWord =
        verb != null
            && (TargetRules.RATE_WORDS.contains(verb)
                || "增长".equals(verb)
                    && TargetRules.GROWTH_SUBJECTS.contains(
                        n.substring(subject.from(), subject.to())));
    if (rateWord && !subject.isEmpty() && SubjectReader.letters(n, subject) <= 2) {
      // "经济增速", "经济增长", "经济年均增长": the rate word names it
      return subject.to() == end
          ? new Predicate(new Range(subject.from(), end + verb.length()), verb, kind, null)
          : new Predicate(subject, verb, kind, null, verb);
    }
    return new Predicate(subject, verb, kind, null);
  }

  /**
   * A verb that is also an amount ("投入", "支出") ends the words: "科技创新投入" is one name; in "拟安排“三农”投入"
   * the action's object names it; in "国家财政将每年安排支出" and "中央财政将投入" the amount is the subject's
   * ("国家财政支出", "中央财政投入").
   */
  static Predicate nounVerb(String n, int lo, int hi, String noun) {
    int end = hi - noun.length();
    for (int k = end; k > lo; k--) {
      String w = TargetRules.VERB_INDEX.endingAt(n, lo, k);
      // "安排支出", "完成投资": an action before the amount; "建设投资" is one noun
      VerbKind wk = w == null ? null : TargetRules.kindOf(w);
      boolean change =
          (wk == VerbKind.GROWTH || wk == VerbKind.DECLINE) && k == end; // "增加支出540多亿元"
      // "基本建设的投资": a verb before 的 qualifies the amount, it does not act on it
      boolean attribute = k < end && n.charAt(k) == '的';
      boolean action =
          w != null
              && w.length() > 1
              && !attribute
              && (wk == VerbKind.ACTION || wk == VerbKind.INCREMENT && k < end || change);
      if (action) {
        Range object = SubjectReader.trim(n, k, end);
        if (!object.isEmpty()) {
          return new Predicate(new Range(object.from(), hi), null, TargetRules.kindOf(w), null);
        }
        return withSubject(
            n, SubjectReader.subject(n, lo, k - w.length()), end, hi, noun, TargetRules.kindOf(w));
      }
    }
    return withSubject(n, SubjectReader.subject(n, lo, end), end, hi, noun, null);
  }

  static Predicate withSubject(
      String n, Range subject, int end, int hi, String noun, VerbKind kind) {
    if (subject.isEmpty() || SubjectReader.isPlace(n, subject)) {
      return new Predicate(new Range(end, hi), null, kind, null);
    }
    // "钢产量", "科技创新投入": a subject next to the amount word is one name with it
    return subject.to() == end
        ? new Predicate(new Range(subject.from(), hi), null, kind, null)
        : new Predicate(subject, null, kind, null, noun);
  }

  /**
   * Whether the words after 从/由 are the start of a change ("由61.5%", "从一九五二年的", "由上年"), not a
   * source ("从集体分得的收入").
   */
  static boolean startsFrame(String n, int lo, int hi) {
    for (String w : StatusWords.PAST_REFERENCES) {
      if (n.startsWith(w, lo)) {
        return true;
      }
    }
    for (int i = lo; i < hi; i++) {
      if (NumberReader.startsNumber(n, i)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasDigit(String n, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      if (n.charAt(i) >= '0' && n.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb of two letters or more stands in {@code n[lo, hi)}. */
  static boolean hasVerb(String n, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      String w = TargetRules.VERB_INDEX.at(n, i, hi);
      if (w != null && w.length() > 1) {
        return true;
      }
    }
    return false;
  }

  static int afterLastListMark(String n, int lo, int hi) {
    int depth = 0;
    int found = lo;
    for (int i = lo; i < hi; i++) {
      char c = n.charAt(i);
      if (c == '“' || c == '《' || c == '(') {
        depth++;
      } else if ((c == '”' || c == '》' || c == ')') && depth > 0) {
        depth--;
      } else if (c == '、' && depth == 0) {
        found = i + 1;
      }
    }
    return found;
  }

  /**
   * A verb of rise or fall inside the subject with a named actor before it and what changes after
   * it ("省属行政及企事业单位减少办公用房租赁费1.19亿元"): the object names the figure.
   */
  static Predicate midVerb(String n, Predicate p) {
    Range s = p.subject();
    Predicate action = midAction(n, s);
    if (action != null) {
      return action;
    }
    // "(消费)对世界经济增长(的)贡献率": a verb inside the 对 phrase is part of what the noun measures
    int end = Math.min(s.to() - 2, duiAt(n, s));
    for (int i = s.from() + TargetRules.MIN_ACTOR_LETTERS; i < end; i++) {
      String w = TargetRules.VERB_INDEX.at(n, i, s.to());
      if (w == null
          || w.length() < 2
          || s.to() - i - w.length() < 2
          || TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(i + w.length())) >= 0) {
        continue;
      }
      VerbKind k = TargetRules.kindOf(w);
      Range object = SubjectReader.trim(n, i + w.length(), s.to());
      // "零售物价上涨幅度", "人口自然增长率": the verb and what follows are one measure word
      boolean measureWord =
          "幅速率度".indexOf(n.charAt(i + w.length())) >= 0
              || TargetRules.GENERIC.contains(n.substring(object.from(), object.to()));
      if ((k == VerbKind.GROWTH || k == VerbKind.DECLINE)
          && !TargetRules.RATE_WORDS.contains(w)
          && !measureWord
          && !object.isEmpty()) {
        return new Predicate(object, w, k, null);
      }
    }
    return p;
  }

  /**
   * Where the preposition 对 stands in the subject ("对外", "相对" are words, not it), or the subject's
   * end.
   */
  private static int duiAt(String n, Range s) {
    for (int i = s.from(); i < s.to() - 1; i++) {
      if (n.charAt(i) == '对'
          && TargetRules.NOT_SCOPE_AFTER_DUI.indexOf(n.charAt(i + 1)) < 0
          && (i == 0 || TargetRules.NOT_SCOPE_BEFORE_DUI.indexOf(n.charAt(i - 1)) < 0)) {
        return i;
      }
    }
    return s.to();
  }

  /** The object of an action a government takes inside a subject ("中央财政预算安排再就业补助资金"), or null. */
  private static Predicate midAction(String n, Range s) {
    for (int i = s.from() + 2; i < s.to() - 2; i++) {
      for (String v : TargetRules.MID_ACTIONS) {
        if (n.startsWith(v, i) && endsWithActor(n, s.from(), i)) {
          Range object = SubjectReader.trim(n, i + v.length(), s.to());
          // "增设地方预算周转金" adds what it names; "安排补助资金" spends it
          VerbKind k =
              TargetRules.kindOf(v) == VerbKind.INCREMENT ? VerbKind.INCREMENT : VerbKind.ACTION;
          return object.length() >= TargetRules.MIN_NAME_LETTERS
              ? new Predicate(object, null, k, null)
              : null;
        }
      }
    }
    return null;
  }

  private static boolean endsWithActor(String n, int from, int at) {
    for (String a : TargetRules.ACTOR_ENDINGS) {
      if (at - a.length() >= from && n.startsWith(a, at - a.length())) {
        return true;
      }
    }
    return false;
  }

  /** The verb that ends {@code n[lo, hi)}, unless it ends an established name or another word. */
  static String rightVerb(String n, int lo, int hi) {
    String verb = TargetRules.VERB_INDEX.endingAt(n, lo, hi);
    if (verb == null) {
      return null;
    }
    String named = TargetRules.NAMED_INDEX.endingAt(n, lo, hi);
    if (named != null && named.length() >= verb.length()) {
      return null; // "城镇新增就业", "农村劳动力转移就业"
    }
    if (verb.length() == 1
        && hi - 2 >= lo
        && TargetRules.NOT_VERB_ENDINGS.contains(n.substring(hi - 2, hi))) {
      return null;
    }
    return verb;
  }

  /**
   * Where a comparison word stands before a short reference at the end of a subject ("高于全国"), or
   * -1.
   */
  static int comparison(String n, int lo, int hi) {
    for (int k = Math.max(lo, hi - TargetRules.COMPARISON_MAX - 2); k < hi; k++) {
      String w = TargetRules.VERB_INDEX.at(n, k, hi);
      // "超过年度计划4.1%": 超过 with a reference after it compares
      boolean compares = w != null && (TargetRules.kindOf(w) == VerbKind.COMPARE || w.equals("超过"));
      if (compares && k + w.length() < hi) {
        return k;
      }
    }
    return -1;
  }
}

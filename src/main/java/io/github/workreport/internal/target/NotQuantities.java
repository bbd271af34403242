package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the figures of a clause that name rather than measure: a numeral inside a short quoted
 * coined term ("“三个1亿人”问题", "“两个毫不动摇”"), a figure that a count before it classes ("三个1亿人": the 1亿人
 * is the kind of thing counted), and a count of the aspects a report's work falls into
 * ("做好9个方面工作"), which is the report's outline, not a quantity, and the size class inside a named
 * plant or project ("吉化120万吨乙烯项目"), a threshold passed ("迈上3万亿元台阶") or that classes what follows
 * ("过10万亿元省份", "超500亿元的县域"), and the base of a rate ("每10万人刑事案件数"), and the count of articles a
 * document is named by ("新36条"). Stateless.
 */
final class NotQuantities {
  private NotQuantities() {}

  /** The longest quoted term whose numerals are part of its name ("三个1亿人" is five letters). */
  static final int QUOTED_TERM_MAX = 10;

  /**
   * The figures of {@code figures} (read from the folded text {@code n}) that measure something.
   */
  static List<Figure> keep(String n, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      // "三个1亿人", "3个1000吨级泊位"; but "2009户7433名贫困人口" are two counts of one thing
      boolean classed =
          i > 0
              && figures.get(i - 1).end() == f.start()
              && "个".equals(figures.get(i - 1).unit())
              && (!f.magnitude().isEmpty() || !CountWords.isClassifier(f.unit()));
      Figure next = i + 1 < figures.size() ? figures.get(i + 1) : null;
      if (!classed
          && !sizeClass(n, f, next)
          && !shareSubject(n, f, next)
          && !quotedTerm(n, f)
          && !aspects(n, f)
          && !plantSize(n, f)
          && !passedClass(n, f)
          && !rateBase(n, f)
          && !opinion(n, f)
          && !articlesName(n, f)) {
        out.add(f);
      }
    }
    return out.size() == figures.size() ? figures : out;
  }

  /** Units of a size class that a vehicle, machine or vessel is named by ("五十吨敞车"). */
  private static final List<String> SIZE_UNITS = List.of("吨", "千瓦", "马力", "立方米");

  /** The longest noun read between a size class and the count of what it classes. */
  private static final int SIZE_NOUN_MAX = 4;

  /**
   * "生产的五十吨敞车三百二十二辆", "购置30吨货车5辆": a size after 的 or a verb, then a short noun and at once a count
   * of that noun by its classifier, is the class of the things counted, not an amount.
   */
  private static boolean sizeClass(String n, Figure f, Figure next) {
    if (next == null
        || !f.magnitude().isEmpty()
        || !SIZE_UNITS.contains(f.unit())
        || !CountWords.isClassifier(next.unit())
        || next.start() - f.end() < 1
        || next.start() - f.end() > SIZE_NOUN_MAX
        || f.start() == 0) {
      return false;
    }
    for (int i = f.end(); i < next.start(); i++) {
      if (!Punctuation.isHan(n.charAt(i))) {
        return false;
      }
    }
    int from = Math.max(0, f.start() - 4);
    return n.charAt(f.start() - 1) == '的'
        || TargetRules.VERB_INDEX.endingAt(n, from, f.start()) != null
        || TargetRules.LEADING_INDEX.endingAt(n, from, f.start()) != null
        || CountWords.PURPOSE_VERBS.stream().anyMatch(v -> n.startsWith(v, f.start() - v.length()));
  }

  /** Words of a share whose subject a count before them is part of ("12条重点产业链项目占比84.4%"). */
  private static final List<String> SHARE_WORDS = List.of("占比", "比重", "所占比重");

  /** The longest subject read between such a count and its share word. */
  private static final int SHARE_SUBJECT_MAX = 10;

  /**
   * "其中12条重点产业链项目占比达84.4%": a count right before a noun whose share the next figure, a percentage,
   * gives is part of the share's subject; the share is what is measured.
   */
  private static boolean shareSubject(String n, Figure f, Figure next) {
    if (next == null
        || !"%".equals(next.unit())
        || !f.magnitude().isEmpty()
        || !CountWords.isClassifier(f.unit())) {
      return false;
    }
    int stop = Math.min(next.start(), f.end() + SHARE_SUBJECT_MAX + 3);
    for (int i = f.end(); i < stop; i++) {
      int at = i;
      if (i > f.end() && SHARE_WORDS.stream().anyMatch(w -> n.startsWith(w, at))) {
        return true;
      }
      if (!Punctuation.isHan(n.charAt(i))) {
        return false;
      }
    }
    return false;
  }

  /** Whether the figure stands inside a short pair of quotation marks (“…” or ASCII "…"). */
  private static boolean quotedTerm(String n, Figure f) {
    int open = -1;
    for (int i = f.start() - 1; i >= Math.max(0, f.start() - QUOTED_TERM_MAX); i--) {
      char c = n.charAt(i);
      if (c == '”') {
        return false;
      }
      if (c == '“' || c == '"') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    char close = n.charAt(open) == '"' ? '"' : '”';
    for (int i = f.end(); i < n.length() && i - open <= QUOTED_TERM_MAX + 1; i++) {
      char c = n.charAt(i);
      if (c == close) {
        return true;
      }
      if (c == '“') {
        return false;
      }
    }
    return false;
  }

  /**
   * "落实国务院关于鼓励引导民间投资新36条": a count of articles after 新 with no noun after it is the name the
   * document goes by, not a count; "出台新一轮20条措施" counts the measures.
   */
  private static boolean articlesName(String n, Figure f) {
    return "条".equals(f.unit())
        && f.start() > 0
        && n.charAt(f.start() - 1) == '新'
        && NounAfter.read(n, f.end(), n.length()).isEmpty();
  }

  /** "9个方面工作", "十个方面重点任务": a count of the aspects the work is set out in. */
  private static boolean aspects(String n, Figure f) {
    return "个".equals(f.unit()) && f.magnitude().isEmpty() && n.startsWith("方面", f.end());
  }

  /** Ends of a project's name that a size class inside it ("120万吨乙烯项目") belongs to. */
  static final List<String> PLANT_ENDS = List.of("项目", "装置");

  /**
   * "释放吉化120万吨乙烯转型升级项目新装置产能", "推动吉林梅花60万吨赖氨酸等项目": a tonnage or a power right after a name, not
   * after a verb, with the product and a project after it, is the size class of that project;
   * "关停5000万千瓦小火电机组", "建设700万千瓦新型储能项目" measure what the verb acts on.
   */
  private static boolean plantSize(String n, Figure f) {
    String unit = f.unit();
    if (unit == null
        || !(unit.endsWith("吨") || unit.endsWith("千瓦"))
        || f.start() < 2
        || !Punctuation.isHan(n.charAt(f.start() - 1))
        || !Punctuation.isHan(n.charAt(f.start() - 2))
        || TargetRules.VERB_INDEX.endingAt(n, Math.max(0, f.start() - 4), f.start()) != null
        || TargetRules.LEADING_INDEX.endingAt(n, Math.max(0, f.start() - 4), f.start()) != null) {
      return false;
    }
    NounAfter after = NounAfter.read(n, f.end(), n.length());
    if (after.isEmpty() || after.verbLed()) {
      return false;
    }
    // the project's word ends the name or follows it ("…赖氨酸等项目")
    String tail = n.substring(f.end(), Math.min(n.length(), after.range().to() + 3));
    return PLANT_ENDS.stream().anyMatch(tail::contains);
  }

  /** Letters that may stand between a threshold and 台阶: more thresholds, their count, 新, 大 or 级. */
  private static final String STEP_FILL = "0123456789.、和万亿千百元个两二三四五六七八九十新大级";

  /** The longest run of such letters read before 台阶. */
  private static final int STEP_FILL_MAX = 16;

  /** Words a threshold before a noun may end with ("超10亿元以上项目", "千亿元级"). */
  private static final List<String> CLASS_LINKS = List.of("以上的", "以上", "级的", "级", "的");

  /** Verbs of passing that, before an amount and a noun of a class, make the amount its bound. */
  private static final List<String> PASSING = List.of("超过", "突破", "超", "过", "逾");

  /** Nouns whose members an amount before them classes: places, firms, projects and parks. */
  private static final List<String> CLASS_NOUNS =
      List.of(
          "省份", "城市", "县域", "县市", "县", "地市", "市州", "经济体", "企业", "项目", "园区", "开发区", "集群", "产业集群");

  /**
   * "迈上3万亿元台阶", "连跨5万亿元、6万亿元两个台阶", "跨过3个万亿元大关": a step passed names a threshold, not a quantity the
   * report measures. Such a figure is still read for the name it gives the figures after it
   * ("地区生产总值迈上6万亿元台阶，达到62661亿元"), so it is dropped after naming, not here.
   */
  static boolean isStep(String n, Figure f) {
    int i = f.end();
    int stop = Math.min(n.length(), f.end() + STEP_FILL_MAX);
    while (i < stop && STEP_FILL.indexOf(n.charAt(i)) >= 0) {
      i++;
    }
    return n.startsWith("台阶", i)
        || n.startsWith("关口", i)
        || i > f.end() && n.startsWith("大关", i - 1);
  }

  /**
   * "今后五年，地区生产总值迈上4万亿元新台阶": one threshold (no count, no list, no 连 "in a row" before it) whose
   * clause is not followed in its sentence by a clause that goes on with a measure verb and no
   * subject of its own ("…新台阶，达到20350亿元"). Planned, such a step is the target itself: a level to
   * reach at least.
   */
  static boolean standsAlone(String n, Figure f) {
    int i = f.end();
    while (i < n.length() && (n.charAt(i) == '新' || n.charAt(i) == '大')) {
      i++;
    }
    boolean single =
        n.startsWith("台阶", i) || n.startsWith("关口", i) || i > f.end() && n.startsWith("大关", i - 1);
    int from = Math.max(0, f.start() - STEP_ROW_REACH);
    if (!single || f.values().size() > 1 || n.substring(from, f.start()).contains("连")) {
      return false;
    }
    int end = SentenceEnds.next(n, i);
    int comma = n.indexOf(',', i);
    return comma < 0 || comma >= end || TargetRules.VERB_INDEX.at(n, comma + 1) == null;
  }

  /** Whether a name is only the word of a step ("台阶", "新台阶", "大关"), named for nothing before it. */
  static boolean isStepWord(String indicator) {
    return indicator.endsWith("台阶") && indicator.length() <= 3
        || indicator.endsWith("关口") && indicator.length() <= 3
        || "大关".equals(indicator);
  }

  /** How far before a step a 连 ("连跨", "连续迈上") makes it one of a row passed. */
  private static final int STEP_ROW_REACH = 4;

  /** "过10万亿元省份", "经济总量超500亿元的县域": an amount passed that classes the noun after it. */
  private static boolean passedClass(String n, Figure f) {
    if (!f.unit().endsWith("元")
        || PASSING.stream().noneMatch(v -> n.startsWith(v, f.start() - v.length()))) {
      return false;
    }
    int at = f.end();
    String link = CLASS_LINKS.stream().filter(l -> n.startsWith(l, f.end())).findFirst().orElse("");
    at += link.length();
    int from = at;
    return CLASS_NOUNS.stream().anyMatch(c -> n.startsWith(c, from));
  }

  /** "每10万人刑事案件数", "每50公斤提高5元": a figure after 每 is the base of a rate. */
  private static boolean rateBase(String n, Figure f) {
    return f.start() > 0 && n.charAt(f.start() - 1) == '每';
  }

  /** Openers of an opinion the report reports in order to answer it. */
  private static final List<String> OPINION_OPENERS =
      List.of("有人认为", "有人说", "有人主张", "有人提出", "有的人认为", "有的人说", "有些人认为", "有些人说");

  /** How far before a figure, within its sentence, an opener of an opinion is looked for. */
  private static final int OPINION_REACH = 40;

  /**
   * "有人认为肃反的偏差竟达到90%以上": a figure in an opinion reported is no target. An opinion set off by a
   * colon or comma ("有人认为：…，…") runs to the end of its sentence; one that goes straight on ends
   * with its clause.
   */
  private static boolean opinion(String n, Figure f) {
    int from = Math.max(0, f.start() - OPINION_REACH);
    boolean crossed = false;
    for (int i = f.start() - 1; i >= from; i--) {
      char c = n.charAt(i);
      if (c == '。'
          || c == '.' && !Character.isDigit(n.charAt(Math.min(i + 1, n.length() - 1)))
          || c == ';'
          || c == '!'
          || c == '?') {
        return false;
      }
      crossed |= c == ',' || c == '，';
      String o = openerAt(n, i, c);
      if (o != null) {
        int after = i + o.length();
        return !crossed || after < n.length() && ":：,，".indexOf(n.charAt(after)) >= 0;
      }
    }
    return false;
  }

  /** The opener of an opinion at {@code i}, whose first character is {@code c}, or null. */
  private static String openerAt(String n, int i, char c) {
    // Tried at each of up to 40 characters before every figure: a char test before the probe.
    for (String w : OPINION_OPENERS) {
      if (w.charAt(0) == c && n.startsWith(w, i)) {
        return w;
      }
    }
    return null;
  }
}

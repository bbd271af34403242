package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Measure;
import java.util.List;

/**
 * Names what a figure measures from the grammar of its clause: the subject of the verb before it
 * ("国内生产总值增长5%"), the object of an action verb with a count ("新建高标准农田9万亩",
 * "建设288个基础学科拔尖学生培养基地"), the noun a count qualifies ("3个历史经典产业"), or, when the
 * clause names nothing, the subject carried over from the figure before it or the topic of the
 * sentence. Decides the figure's measure and the bound written before it on the way. Stateless.
 */
final class IndicatorNamer {
  private IndicatorNamer() {}

  /**
   * What the figure names.
   *
   * @param indicators the indicator, or the subjects a "分别"/"均" spreads over; empty when none
   * @param measure what the figure measures
   * @param bound the bound written around the figure (never RANGE: the values say that)
   * @param objectKind the kind of an action verb whose object list may go on ("新建学校5所和幼儿园3所"), or null
   */
  record Naming(List<String> indicators, Measure measure, Bound bound, VerbKind objectKind) {}

  /**
   * What the figures before this one left to it.
   *
   * @param subject the subject of the figure before in the sentence, or null
   * @param kind the kind of the action verb of the figure before in the clause, or null
   * @param topic the noun phrase that opens the sentence without a figure, or null
   */
  record Carried(String subject, VerbKind kind, String topic) {}

  /** The text right before a figure once its bound word and adverbs are set aside. */
  private record Near(int end, Bound bound) {}

  /** The verb of a figure, and the subject before it. */
  private record Predicate(Range subject, String verb, VerbKind kind, String compared, String suffix) {
    Predicate(Range subject, String verb, VerbKind kind, String compared) {
      this(subject, verb, kind, compared, "");
    }
  }

  /**
   * Names figure {@code f}, whose own words start at {@code seg}.
   *
   * @param pair the from→to frame when {@code f} ends one, else null
   */
  static Naming name(Clause c, int seg, Figure f, Pairing.Pair pair, Carried carried) {
    String n = c.folded();
    boolean spread = spreads(n, seg, f.start());
    Near near = pair == null ? near(n, seg, f.start()) : near(n, pair.verbEnd(), f.start());
    int times = "倍".equals(f.unit()) ? reference(n, seg, near.end()) : -1;
    Predicate p = pair != null ? new Predicate(SubjectReader.subject(n, seg, pair.fromAt()), null, VerbKind.TO_LEVEL, null)
        : times >= 0 ? new Predicate(SubjectReader.subject(n, seg, times), null, VerbKind.LEVEL, null)
        : predicate(n, seg, near.end(), spread, seg > c.from());
    Range subject = p.subject();
    if (p.kind() == null && pair == null) {
      p = midVerb(n, p);
      subject = p.subject();
    }
    VerbKind leftKind = null;
    boolean acts = p.kind() == null || p.kind() == VerbKind.INCREMENT || p.kind() == VerbKind.ACTION;
    if (acts && !subject.isEmpty()) {
      Range object = objectOfLeftVerb(c, subject);
      if (object != null) {
        leftKind = TargetRules.kindOf(leftVerbAt(n, subject.from(), subject.to()));
        subject = object;
        if (p.kind() != null) {
          // "治理违法建设", "完成棚户区改造": after a verb that opens the phrase, the last is a noun
          subject = new Range(object.from(), near.end());
          p = new Predicate(subject, null, null, null);
        }
      }
    }
    String name = choose(c, f, p, subject, leftKind != null, carried);
    name = fallback(name, carried);
    VerbKind kind = p.kind() != null ? p.kind() : leftKind != null ? leftKind : carried.kind();
    Measure measure = pair != null ? Measure.LEVEL : measure(kind, p.compared(), f, name);
    Bound bound = f.bound() != null ? f.bound() : near.bound() != null ? near.bound() : Bound.EXACT;
    List<String> indicators = name.isEmpty() ? List.of()
        : spread ? Spread.subjects(name) : List.of(Spread.expandSectors(name));
    VerbKind objectKind = leftKind != null ? leftKind
        : p.kind() == VerbKind.INCREMENT || p.kind() == VerbKind.ACTION ? p.kind()
        : p.kind() == null ? carried.kind() : null;
    if (objectKind != null && objectKind != VerbKind.INCREMENT && objectKind != VerbKind.ACTION
        && objectKind != VerbKind.DECLINE) {
      objectKind = null;
    }
    return new Naming(indicators, measure, bound, objectKind);
  }

  /** Sets aside the bound word and the adverbs between a verb and its figure ("提高到2025年的52%"). */
  private static Near near(String n, int lo, int hi) {
    int b = hi;
    Bound bound = null;
    for (boolean cut = true; cut;) {
      cut = false;
      while (b > lo && n.charAt(b - 1) == ' ') {
        b--;
      }
      String w;
      int y;
      if (bound == null && (w = TargetRules.BOUND_BEFORE_INDEX.endingAt(n, lo, b)) != null) {
        bound = TargetRules.boundBefore(w);
        b -= w.length();
        cut = true;
      } else if ((w = TargetRules.NEAR_FIGURE_INDEX.endingAt(n, lo, b)) != null && b - w.length() > lo
          && !(w.length() == 1 && TargetRules.NOT_SPLIT.contains(n.substring(b - 2, b)))) {
        b -= w.length();
        cut = true;
      } else if ((y = yearBefore(n, lo, b)) > 0) {
        b -= y;
        cut = true;
      }
    }
    return new Near(b, bound);
  }

  /** Where "是"/"为"/"相当于" opens the reference of a multiple ("是十年前的3倍"), or -1. */
  private static int reference(String n, int lo, int hi) {
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
  private static Predicate predicate(String n, int lo0, int hi, boolean spread, boolean afterFigure) {
    String verb = rightVerb(n, lo0, hi);
    VerbKind kind = verb == null ? null : TargetRules.kindOf(verb);
    // "参保人数增加1.4亿、覆盖10.5亿人", "惠及616.2万名近亲属、共济金额69.1亿元": after a list mark
    // that closes a predicate or a figure's noun a new subject starts; "水电、风电、光伏发电量" is one
    int end0 = verb == null ? hi : hi - verb.length();
    int mark = spread ? lo0 : afterLastListMark(n, lo0, end0);
    boolean clauses = mark > lo0 && (afterFigure || hasVerb(n, lo0, mark - 1) && hasDigit(n, lo0, mark - 1));
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
        return new Predicate(SubjectReader.subject(n, subject.from(), k), verb, VerbKind.COMPARE, word);
      }
    }
    if (kind == VerbKind.TO_LEVEL || kind == VerbKind.GROWTH || kind == VerbKind.DECLINE) {
      int from = SubjectReader.fromMark(n, subject.from(), subject.to());
      if (from > subject.from()) {
        subject = SubjectReader.subject(n, subject.from(), from); // "比例由61.5%上升到": no start value read
      }
    }
    boolean rateWord = verb != null && (TargetRules.RATE_WORDS.contains(verb)
        || "增长".equals(verb) && TargetRules.GROWTH_SUBJECTS.contains(n.substring(subject.from(), subject.to())));
    if (rateWord && !subject.isEmpty() && subject.to() == end && letters(n, subject) <= 2) {
      subject = new Range(subject.from(), end + verb.length()); // "经济增速", "经济增长": the rate word names it
    }
    return new Predicate(subject, verb, kind, null);
  }

  /**
   * A verb that is also an amount ("投入", "支出") ends the words: "科技创新投入" is one name; in
   * "拟安排“三农”投入" the action's object names it; in "国家财政将每年安排支出" and "中央财政将投入" the
   * amount is the subject's ("国家财政支出", "中央财政投入").
   */
  private static Predicate nounVerb(String n, int lo, int hi, String noun) {
    int end = hi - noun.length();
    for (int k = end; k > lo; k--) {
      String w = TargetRules.VERB_INDEX.endingAt(n, lo, k);
      // "安排支出", "完成投资": an action before the amount; "建设投资" is one noun
      boolean action = w != null && w.length() > 1 && (TargetRules.kindOf(w) == VerbKind.ACTION
          || TargetRules.kindOf(w) == VerbKind.INCREMENT && k < end);
      if (action) {
        Range object = SubjectReader.trim(n, k, end);
        if (!object.isEmpty()) {
          return new Predicate(new Range(object.from(), hi), null, TargetRules.kindOf(w), null);
        }
        return withSubject(n, SubjectReader.subject(n, lo, k - w.length()), end, hi, noun, TargetRules.kindOf(w));
      }
    }
    return withSubject(n, SubjectReader.subject(n, lo, end), end, hi, noun, null);
  }

  private static Predicate withSubject(String n, Range subject, int end, int hi, String noun, VerbKind kind) {
    if (subject.isEmpty() || SubjectReader.isPlace(n, subject)) {
      return new Predicate(new Range(end, hi), null, kind, null);
    }
    // "钢产量", "科技创新投入": a subject next to the amount word is one name with it
    return subject.to() == end ? new Predicate(new Range(subject.from(), hi), null, kind, null)
        : new Predicate(subject, null, kind, null, noun);
  }

  private static boolean hasDigit(String n, int lo, int hi) {
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

  private static int afterLastListMark(String n, int lo, int hi) {
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
  private static Predicate midVerb(String n, Predicate p) {
    Range s = p.subject();
    for (int i = s.from() + TargetRules.MIN_ACTOR_LETTERS; i < s.to() - 2; i++) {
      String w = TargetRules.VERB_INDEX.at(n, i, s.to());
      if (w == null || w.length() < 2 || s.to() - i - w.length() < 2
          || TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(i + w.length())) >= 0) {
        continue;
      }
      VerbKind k = TargetRules.kindOf(w);
      Range object = SubjectReader.trim(n, i + w.length(), s.to());
      // "零售物价上涨幅度", "人口自然增长率": the verb and what follows are one measure word
      boolean measureWord = "幅速率度".indexOf(n.charAt(i + w.length())) >= 0
          || TargetRules.GENERIC.contains(n.substring(object.from(), object.to()));
      if ((k == VerbKind.GROWTH || k == VerbKind.DECLINE) && !TargetRules.RATE_WORDS.contains(w) && !measureWord
          && !object.isEmpty()) {
        return new Predicate(object, w, k, null);
      }
    }
    return p;
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
    if (verb.length() == 1 && hi - 2 >= lo && TargetRules.NOT_VERB_ENDINGS.contains(n.substring(hi - 2, hi))) {
      return null;
    }
    return verb;
  }

  /** Where a comparison word stands before a short reference at the end of a subject ("高于全国"), or -1. */
  private static int comparison(String n, int lo, int hi) {
    for (int k = Math.max(lo, hi - TargetRules.COMPARISON_MAX - 2); k < hi; k++) {
      String w = TargetRules.VERB_INDEX.at(n, k, hi);
      if (w != null && TargetRules.kindOf(w) == VerbKind.COMPARE && k + w.length() < hi) {
        return k;
      }
    }
    return -1;
  }

  /** The object after an action verb that opens the subject ("新建高标准农田"), or null when none. */
  private static Range objectOfLeftVerb(Clause c, Range subject) {
    String n = c.folded();
    String w = leftVerbAt(n, subject.from(), subject.to());
    if (w == null || isNamed(n, subject) || IndicatorKeys.knows(c.words(subject))) {
      return null;
    }
    int o = subject.from();
    String v = w;
    // serial verbs ("建设改造", "开工改造") go too, while a name of two letters or more is left ("招聘会")
    while (v != null && isLeftVerb(n, o, v, subject.to()) && (o == subject.from() || subject.to() - o - v.length() >= 2)) {
      o += v.length();
      v = leftVerbAt(n, o, subject.to());
    }
    if (o == subject.from()) {
      return null;
    }
    Range object = SubjectReader.trim(n, o, subject.to());
    String w2 = TargetRules.VERB_INDEX.at(n, object.from(), object.to());
    if (w2 != null && object.from() + w2.length() == object.to() && TargetRules.kindOf(w2) == VerbKind.NOUN) {
      return null; // "更新改造投资": an amount named by the work it pays for is one noun
    }
    return object.isEmpty() ? null : object;
  }

  /**
   * Whether the subject is an established name that opens with a verb: the whole of it ("新增就业",
   * not "新增就业岗位"), a name with a measure word after it ("接待游客人次"), or 新开工….
   */
  private static boolean isNamed(String n, Range subject) {
    String named = TargetRules.NAMED_INDEX.at(n, subject.from(), subject.to());
    if (named == null) {
      return false;
    }
    int end = subject.from() + named.length();
    if (named.equals("新开工")) {
      // "新开工项目", but not "新开工改造老旧小区" nor "新开工" alone
      return end < subject.to() && TargetRules.VERB_INDEX.at(n, end, subject.to()) == null;
    }
    return end == subject.to() || TargetRules.NAMED_TAILS.stream().anyMatch(t -> n.startsWith(t, end));
  }

  /** The longest verb at {@code at} that acts on what follows ("完成" of "完成投资"), or null. */
  static String leftVerbAt(String n, int at, int to) {
    String w = TargetRules.VERB_INDEX.at(n, at, to);
    if (w == null && at + 1 < to && n.charAt(at) == '新') {
      // "新打造", "新签约": 新 before a verb of new work belongs to it
      String v = TargetRules.VERB_INDEX.at(n, at + 1, to);
      return v != null && TargetRules.kindOf(v) == VerbKind.INCREMENT ? n.substring(at, at + 1 + v.length()) : null;
    }
    while (w != null && (TargetRules.kindOf(w) == VerbKind.NOUN || TargetRules.kindOf(w) == VerbKind.COMPARE)) {
      w = w.length() > 1 ? TargetRules.VERB_INDEX.at(n, at, at + w.length() - 1) : null;
    }
    return w;
  }

  private static boolean isLeftVerb(String n, int at, String verb, int to) {
    VerbKind k = TargetRules.kindOf(verb);
    int next = at + verb.length();
    // a one-letter verb opens many nouns ("用地", "达标"): only longer verbs are split off
    return verb.length() > 1 && k != VerbKind.NOUN && k != VerbKind.COMPARE && next < to
        && TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(next)) < 0;
  }

  /** The name the grammar gives: the subject, the object, or the noun after the figure. */
  private static String choose(Clause c, Figure f, Predicate p, Range subject, boolean object, Carried carried) {
    String n = c.folded();
    NounAfter after = NounAfter.read(n, f.end(), c.to());
    if (after.isEmpty() && f.isRate() && f.end() < c.to() && n.charAt(f.end()) == '的') {
      after = NounAfter.read(n, f.end() + 1, c.to()); // "90%以上的政务服务", "惠及90%的在校生": a share of what follows
    }
    boolean action = p.kind() == VerbKind.INCREMENT || p.kind() == VerbKind.ACTION;
    boolean noSubject = letters(n, subject) < (object ? 1 : TargetRules.MIN_NAME_LETTERS)
        || TargetRules.SCOPE_ONLY.contains(c.words(subject).strip()) || SubjectReader.isPlace(n, subject)
        || isVerbOnly(n, subject);
    Range name;
    if (action) {
      name = !after.isEmpty() ? after.range() : !noSubject ? subject : verbAsName(n, p.verb(), f);
    } else if (noSubject) {
      boolean count = TargetRules.isClassifier(f.unit()) || f.isRate();
      name = !after.isEmpty() && (count || carried.subject() == null) ? after.range() : verbAfter(n, f.end(), c.to());
    } else if (p.kind() == null && TargetRules.isClassifier(f.unit()) && !after.isEmpty() && !after.verbLed()) {
      name = after.range(); // "研究出台…等方面29项促消费政策": the count qualifies the noun after it
    } else {
      name = subject;
    }
    boolean oneLetter = object && name == subject
        || name != subject && name.length() == 1 && TargetRules.ONE_LETTER_NOUNS.indexOf(n.charAt(name.from())) >= 0;
    int min = oneLetter ? 1 : TargetRules.MIN_NAME_LETTERS;
    String suffix = name == subject ? p.suffix() : "";
    if (name.isEmpty() || letters(n, name) + suffix.length() < min) {
      return "";
    }
    if (name == subject && isShare(n, subject) && carried.subject() != null) {
      return carried.subject() + c.words(name).strip(); // "各项税收…，占本年预算收入的47.02%"
    }
    return c.words(name).strip() + suffix;
  }

  /** Whether the subject is nothing but a verb ("今年新开工700万套"): it names no thing. */
  private static boolean isVerbOnly(String n, Range r) {
    String v = leftVerbAt(n, r.from(), r.to());
    return v != null && r.from() + v.length() == r.to() && TargetRules.kindOf(v) != VerbKind.NOUN;
  }

  /** Whether a subject is a share of something whose own subject stands before it ("占本年预算收入"). */
  private static boolean isShare(String n, Range r) {
    return r.length() > 2 && n.charAt(r.from()) == '占' && "比地用".indexOf(n.charAt(r.from() + 1)) < 0;
  }

  /** An action verb that names its own count when nothing else does ("培训8300多万人次"), or nothing. */
  private static Range verbAsName(String n, String verb, Figure f) {
    int at = -1;
    for (int k = f.start() - verb.length(); k >= 0 && f.start() - k <= TargetRules.FROM_GAP_MAX; k--) {
      if (n.startsWith(verb, k)) {
        at = k;
        break;
      }
    }
    boolean names = verb.length() >= 2 && !verb.startsWith("新") && at >= 0;
    return names ? new Range(at, at + verb.length()) : new Range(f.start(), f.start());
  }

  /** A verb right after the figure that names it ("约6700万人受益"), or nothing. */
  private static Range verbAfter(String n, int from, int to) {
    for (String v : TargetRules.VERBS_AS_NAMES) {
      if (n.startsWith(v, from) && from + v.length() <= to) {
        return new Range(from, from + v.length());
      }
    }
    return new Range(from, from);
  }

  /** The carried subject or the sentence's topic for a figure whose clause names nothing, or a general word. */
  private static String fallback(String name, Carried carried) {
    String n = name;
    if (n.isEmpty() || TargetRules.GENERIC.contains(n) || TargetRules.SCOPE_ONLY.contains(n)) {
      if (carried.subject() != null) {
        return carried.subject();
      }
      if (n.isEmpty() && carried.topic() != null) {
        return carried.topic();
      }
    }
    return TargetRules.SCOPE_ONLY.contains(n) ? "" : n;
  }

  private static Measure measure(VerbKind kind, String compared, Figure f, String name) {
    boolean rate = f.isRate();
    if (kind == null) {
      boolean added = TargetRules.ADDED_WORDS.stream().anyMatch(name::contains);
      return added && !rate ? Measure.INCREMENT : Measure.LEVEL;
    }
    return switch (kind) {
      case GROWTH -> rate ? Measure.GROWTH : Measure.INCREMENT;
      case DECLINE -> Measure.DECLINE;
      case INCREMENT -> rate ? Measure.LEVEL : Measure.INCREMENT;
      case COMPARE -> "低于".equals(compared) || "慢于".equals(compared) || "少于".equals(compared) ? Measure.DECLINE
          : rate ? Measure.GROWTH : Measure.INCREMENT;
      default -> Measure.LEVEL;
    };
  }

  /** Whether the words before the figure spread it over listed subjects: "分别", or a 均 that is a word. */
  private static boolean spreads(String n, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      char c = n.charAt(i);
      if ((c == '分' && i + 1 < hi && n.charAt(i + 1) == '别') || (c == '双' && i + 1 < hi && n.charAt(i + 1) == '双')) {
        return true;
      }
      if (c == '均' && (i == lo || "人平年".indexOf(n.charAt(i - 1)) < 0) && (i + 1 >= hi || n.charAt(i + 1) != '衡')) {
        return true;
      }
    }
    return false;
  }

  private static int letters(String n, Range r) {
    int count = 0;
    for (int i = r.from(); i < r.to(); i++) {
      if (Character.isLetter(n.charAt(i)) || Punctuation.isHan(n.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}

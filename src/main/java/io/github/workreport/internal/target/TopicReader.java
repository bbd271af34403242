package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;

/**
 * Reads the topic of a sentence: the noun phrase a clause without a figure names
 * ("今年的行政经费预算，…，一律削减10%"), which a figure after it that names nothing measures. Stateless.
 */
final class TopicReader {
  private TopicReader() {}

  /** The noun phrase an opening clause without a figure names ("今年的行政经费预算，…削减10%"). */
  static String topic(Clause c) {
    String framed = framed(c);
    if (framed != null) {
      return framed;
    }
    String n = c.folded();
    int start = c.from();
    while (start < c.to() && !Punctuation.isHan(n.charAt(start))) {
      start++;
    }
    int opens = start;
    if (CONDITIONS.stream().anyMatch(w -> n.startsWith(w, opens))) {
      return null; // "如果…动手种植": a condition keeps the topic named before it
    }
    // "原油产量继续增长，达到1.42亿吨": the subject of a clause that ends on a verb
    // "工业生产增长较快": the adverbs after the verb go first
    SubjectReader.Range whole = SubjectReader.trim(n, c.from(), c.to());
    String verb = PredicateReader.rightVerb(n, whole.from(), whole.to());
    boolean verbEnds =
        verb != null && verb.length() > 1 && TargetRules.kindOf(verb) != TargetRules.VerbKind.NOUN;
    int end = copula(n, c.from(), verbEnds ? whole.to() - verb.length() : c.to());
    SubjectReader.Range r = SubjectReader.subject(n, c.from(), end);
    for (String p : TargetRules.TOPIC_PREPOSITIONS) {
      if (n.startsWith(p, r.from())) {
        return null;
      }
    }
    SubjectReader.Range object = r.isEmpty() ? null : LeftVerbs.objectOfLeftVerb(c, r);
    r = object != null ? object : r; // "继续实施退耕还林还草，今年拟安排500万亩": what the work is on
    String name = c.words(r);
    // "经济增长速度的宏观调控目标": the target of a named indicator is that indicator
    int of = name.lastIndexOf('的');
    if ((TextNormalizer.normalize(name).endsWith("目标")
            || n.substring(c.from(), c.to()).strip().endsWith("目标"))
        && of > 0) {
      name = name.substring(0, of);
    }
    return r.length() >= TargetRules.MIN_NAME_LETTERS
            && !TargetRules.GENERIC.contains(TextNormalizer.normalize(name))
        ? name.strip()
        : null;
  }

  /** Words that open a condition, which names no topic. */
  private static final List<String> CONDITIONS = List.of("如果", "假如", "倘若", "只要", "要是");

  /** Words that open a frame naming the topic ("以棉花来说", "就钢材而言", "拿煤来说"). */
  private static final List<String> FRAME_OPENINGS =
      List.of("再以", "单以", "单就", "仅以", "仅就", "以", "就", "拿");

  /** Words that close such a frame. */
  private static final List<String> FRAME_CLOSINGS = List.of("来说", "而言", "来讲", "来看");

  /**
   * "以棉花来说，五年内扩大播种面积…": a clause that is only a frame of 以/就/拿…来说 names the thing the sentence is
   * about; null when the clause is no such frame, or its words are a scope or a place ("就全国范围来说")
   * or no run of letters.
   */
  static String framed(Clause c) {
    String n = c.folded();
    SubjectReader.Range r = SubjectReader.trim(n, c.from(), c.to());
    String open = null;
    for (String o : FRAME_OPENINGS) {
      if (n.startsWith(o, r.from())) {
        open = o;
        break;
      }
    }
    String close = null;
    for (String e : FRAME_CLOSINGS) {
      if (open != null
          && r.length() > open.length() + e.length()
          && n.startsWith(e, r.to() - e.length())) {
        close = e;
      }
    }
    if (close == null) {
      return null;
    }
    SubjectReader.Range x =
        new SubjectReader.Range(r.from() + open.length(), r.to() - close.length());
    String name = n.substring(x.from(), x.to());
    boolean letters = x.length() <= TargetRules.TOPIC_NAME_MAX && !name.endsWith("范围");
    for (int i = x.from(); letters && i < x.to(); i++) {
      letters = Punctuation.isHan(n.charAt(i));
    }
    boolean thing =
        letters
            && (x.length() >= TargetRules.MIN_NAME_LETTERS
                || TargetRules.ONE_LETTER_PRODUCTS.indexOf(name.charAt(0)) >= 0)
            && !TargetRules.GENERIC.contains(name)
            && !TargetRules.SCOPE_ONLY.contains(name)
            && !SubjectReader.isPlace(n, x);
    return thing ? c.words(x).strip() : null;
  }

  /**
   * "经济增速是综合性指标，今年预期目标设定为6%以上": the subject of a copula that says what kind of indicator it is
   * names the topic; {@code end} when the clause says no such thing ("最显著的是…", "第一是…").
   */
  static int copula(String n, int from, int end) {
    String clause = n.substring(from, end).strip();
    boolean kind = TargetRules.INDICATOR_KINDS.stream().anyMatch(clause::endsWith);
    for (int k = from + TargetRules.MIN_NAME_LETTERS; kind && k < end; k++) {
      if (n.charAt(k) == '是'
          && TargetRules.NOT_COPULA_BEFORE.indexOf(n.charAt(k - 1)) < 0
          && n.charAt(from) != '第') {
        return k;
      }
    }
    return end;
  }

  /**
   * "原煤:全部建成后增加的年产能力将为9310万吨": a name whose head is qualified by nothing but a clause of action
   * ("建成后增加的年产能力", "达到的年产能力") says not whose it is; the topic of the sentence owns it. Gives the
   * topic and the name, or null when there is no short topic, the name holds it already or opens
   * with no verb.
   */
  static String ownerOf(String topic, String name) {
    if (topic == null || topic.length() > TargetRules.TOPIC_NAME_MAX || name.contains(topic)) {
      return null;
    }
    String n = TextNormalizer.normalize(name);
    int of = n.indexOf('的');
    String verb = of > 0 ? TargetRules.VERB_INDEX.at(n, 0, of) : null;
    return verb != null && verb.length() > 1 && of < n.length() - 1 ? topic.strip() + name : null;
  }

  /**
   * The name a heading gives: the words of a clause that opens its paragraph and ends on a colon
   * ("原煤:", "钢:"), when they are a short run of letters; else null.
   */
  static String heading(Clause c) {
    String n = c.folded();
    if (c.to() >= n.length()
        || n.charAt(c.to()) != ':'
        || !SubjectReader.trim(n, 0, c.from()).isEmpty()) {
      return null;
    }
    SubjectReader.Range r = SubjectReader.trim(n, c.from(), c.to());
    boolean letters = !r.isEmpty() && r.length() <= TargetRules.TOPIC_NAME_MAX;
    for (int i = r.from(); letters && i < r.to(); i++) {
      letters = Punctuation.isHan(n.charAt(i));
    }
    return letters ? c.words(r).strip() : null;
  }

  /**
   * What a lead or a heading before the figure says owns {@code name}: the capacity a lead names
   * for a listed product ("新增加的生产能力有：棉纱…"), else the thing a heading names ({@link #ownerOf}); null
   * when neither does.
   */
  static String owned(String topic, String heading, String name) {
    String capacity = capacityOf(topic, name);
    return capacity != null ? capacity : ownerOf(heading, name);
  }

  /** The heads of a capacity that a lead before a list of products names ("生产能力", "年产能力"). */
  private static final List<String> CAPACITIES = List.of("能力", "产能");

  /** Verbs of adding or reaching that qualify a capacity a lead names, longest first. */
  private static final List<String> LEAD_VERBS = List.of("新增加", "增加", "新增", "达到");

  /** Words that close a lead before its list ("…年产能力如下", "…生产能力有"). */
  private static final List<String> LEAD_TAILS = List.of("如下列", "如下", "有");

  /** The longest name of a product that a lead's capacity is given for. */
  private static final int PRODUCT_MAX = 6;

  /**
   * "新增加的生产能力有：棉纱三十八万七千件": a topic that names a capacity added or reached is what each product
   * listed after it measures; gives the product and the capacity, or null when the topic is no
   * capacity or the name is no short product (a measure of its own: "水泥产量").
   */
  static String capacityOf(String topic, String name) {
    if (topic == null || name.isEmpty() || name.length() > PRODUCT_MAX) {
      return null;
    }
    String written = topic.strip();
    String t = TextNormalizer.normalize(written);
    for (String tail : LEAD_TAILS) {
      t = t.endsWith(tail) ? t.substring(0, t.length() - tail.length()) : t;
    }
    String n = TextNormalizer.normalize(name);
    int of = t.lastIndexOf('的');
    int verb = -1;
    for (String v : LEAD_VERBS) {
      int at = t.lastIndexOf(v, of);
      verb = verb < 0 && at >= 0 && at + v.length() == of ? at : verb;
    }
    // "新增加的生产能力", "将达到的年产能力": a capacity that a verb of adding or reaching qualifies
    boolean capacity = verb >= 0 && CAPACITIES.stream().anyMatch(t::endsWith);
    boolean product = TargetRules.HEAD_INDEX.endingAt(n, 0, n.length()) == null;
    for (int i = 0; product && i < n.length(); i++) {
      product = Punctuation.isHan(n.charAt(i));
    }
    product = product && TargetRules.MEASURE_ENDINGS.indexOf(n.charAt(n.length() - 1)) < 0;
    return capacity && product && !t.contains(n)
        ? name.strip() + written.substring(verb, t.length())
        : null;
  }
}

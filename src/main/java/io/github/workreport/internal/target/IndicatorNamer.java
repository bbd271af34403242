package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.NumberReader;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Measure;
import java.util.List;

/**
 * Names what a figure measures from the grammar of its clause: the subject of the verb before it
 * ("国内生产总值增长5%"), the object of an action verb with a count ("新建高标准农田9万亩", "建设288个基础学科拔尖学生培养基地"),
 * the noun a count qualifies ("3个历史经典产业"), or, when the clause names nothing, the subject carried
 * over from the figure before it or the topic of the sentence. Decides the figure's measure and the
 * bound written before it on the way. Stateless.
 */
final class IndicatorNamer {
  private IndicatorNamer() {}

  /**
   * What the figure names.
   *
   * @param indicators the indicator, or the subjects a "分别"/"均" spreads over; empty when none
   * @param measure what the figure measures
   * @param bound the bound written around the figure (never RANGE: the values say that)
   * @param objectKind the kind of an action verb whose object list may go on ("新建学校5所和幼儿园3所"), or
   *     null
   */
  record Naming(List<String> indicators, Measure measure, Bound bound, VerbKind objectKind) {}

  /**
   * What the figures before this one left to it.
   *
   * @param subject the subject of the figure before in the sentence, or null
   * @param kind the kind of the action verb of the figure before in the clause, or null
   * @param topic the noun phrase that opens the sentence without a figure, or null
   * @param heading the topic when a heading before a colon names it ("原煤:"), or null
   * @param unit the unit of the figure that named {@code subject}, or null
   */
  record Carried(String subject, VerbKind kind, String topic, String heading, String unit) {
    /** What a sentence carries when the unit of the figure before does not matter. */
    Carried(String subject, VerbKind kind, String topic, String heading) {
      this(subject, kind, topic, heading, null);
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
    PredicateReader.Near near =
        pair == null
            ? PredicateReader.near(n, seg, f.start())
            : PredicateReader.near(n, pair.verbEnd(), f.start());
    Reading r = reading(c, predicate(c, seg, f, pair, near, spread), near);
    PredicateReader.Predicate p = r.predicate();
    String elided = ElidedHead.name(c, seg, f, carried);
    String name =
        PerDay.name(
            n,
            seg,
            f.start(),
            elided != null
                ? elided
                : fallback(choose(c, f, p, r.subject(), r.leftKind() != null, carried), carried));
    VerbKind kind =
        p.kind() != null ? p.kind() : r.leftKind() != null ? r.leftKind() : carried.kind();
    Measure measure = MeasureReader.measure(name, f, pair, kind, p.compared());
    Bound bound =
        f.bound() != null
            ? f.bound()
            : near.bound() != null
                ? near.bound()
                : MeasureReader.aboutBeforeVerb(n, seg, near.end(), p.verb())
                    ? Bound.ABOUT
                    : Bound.EXACT;
    List<String> names = indicators(name, spread, f);
    List<String> owned =
        spread && names.size() == 1
            ? Spread.ownersOf(c, seg, f.start(), name, f.values().size())
            : null;
    return new Naming(
        owned != null ? owned : names, measure, bound, objectKind(r.leftKind(), p, carried));
  }

  /** The predicate of the figure and the subject it reads, before an object takes its place. */
  private static PredicateReader.Predicate predicate(
      Clause c, int seg, Figure f, Pairing.Pair pair, PredicateReader.Near near, boolean spread) {
    String n = c.folded();
    int times = "倍".equals(f.unit()) ? PredicateReader.reference(n, seg, near.end()) : -1;
    PredicateReader.Predicate p =
        pair != null
            ? new PredicateReader.Predicate(
                SubjectReader.subject(n, seg, pair.fromAt()), null, VerbKind.TO_LEVEL, null)
            : times >= 0
                ? new PredicateReader.Predicate(
                    SubjectReader.subject(n, seg, times), null, VerbKind.LEVEL, null)
                : PredicateReader.predicate(n, seg, near.end(), spread, seg > c.from());
    Range subject = p.subject();
    if (p.kind() == null
        && pair == null
        && LeftVerbs.leftVerbAt(n, subject.from(), subject.to()) == null) {
      p = PredicateReader.midVerb(n, p);
    }
    return p;
  }

  /**
   * The predicate, the phrase that names the figure and the kind of the verb that opened it.
   *
   * @param leftKind the kind of an action verb whose object is the subject, or null
   */
  private record Reading(PredicateReader.Predicate predicate, Range subject, VerbKind leftKind) {}

  /** "新建高标准农田9万亩": after an action verb that opens the subject, its object names the figure. */
  private static Reading reading(Clause c, PredicateReader.Predicate p, PredicateReader.Near near) {
    String n = c.folded();
    Range subject = p.subject();
    boolean acts =
        p.kind() == null || p.kind() == VerbKind.INCREMENT || p.kind() == VerbKind.ACTION;
    Range object = acts && !subject.isEmpty() ? LeftVerbs.objectOfLeftVerb(c, subject) : null;
    if (object == null) {
      return new Reading(p, subject, null);
    }
    VerbKind leftKind = TargetRules.kindOf(LeftVerbs.actingVerb(n, subject));
    if (p.kind() != null) {
      // "治理违法建设", "完成棚户区改造": after a verb that opens the phrase, the last is a noun
      object = new Range(object.from(), near.end());
      p = new PredicateReader.Predicate(object, null, null, null);
    }
    return new Reading(p, object, leftKind);
  }

  /** The indicators a name gives: itself, or the subjects a list spreads over. */
  private static List<String> indicators(String name, boolean spread, Figure f) {
    // "农村自来水、卫生户厕普及率超过98%、85%", "城乡低保标准提高到每月815元和615元": as many listed
    // subjects as values spread without 分别
    boolean listed =
        !spread
            && (f.values().size() > 1 && Spread.split(name).size() == f.values().size()
                || f.values().size() == 1 && measuresListed(name)
                || f.values().size() == 2 && name.startsWith("城乡"));
    return name.isEmpty()
        ? List.of()
        : spread || listed
            ? Spread.subjects(name)
            : List.of(Spread.expandSectors(Spread.afterExamples(name)));
  }

  /** The kind of action verb whose object list may go on past this figure, or null. */
  private static VerbKind objectKind(
      VerbKind leftKind, PredicateReader.Predicate p, Carried carried) {
    VerbKind k =
        leftKind != null
            ? leftKind
            : p.kind() == VerbKind.INCREMENT || p.kind() == VerbKind.ACTION
                ? p.kind()
                : p.kind() == null ? carried.kind() : null;
    return k == VerbKind.INCREMENT || k == VerbKind.ACTION || k == VerbKind.DECLINE ? k : null;
  }

  /** The name the grammar gives: the subject, the object, or the noun after the figure. */
  private static String choose(
      Clause c,
      Figure f,
      PredicateReader.Predicate p,
      Range subject,
      boolean object,
      Carried carried) {
    String n = c.folded();
    NounAfter after = nounAfter(c, f);
    boolean action = acts(p.kind(), f, after);
    boolean product =
        subject.length() == 1
            && TargetRules.ONE_LETTER_PRODUCTS.indexOf(n.charAt(subject.from())) >= 0;
    boolean noSubject =
        SubjectReader.letters(n, subject) < (object || product ? 1 : TargetRules.MIN_NAME_LETTERS)
            || TargetRules.SCOPE_ONLY.contains(c.words(subject).strip())
            || SubjectReader.isPlace(n, subject)
            || LeftVerbs.isVerbOnly(n, subject);
    String owned = action || noSubject ? null : ownerAndCount(c, f, p, subject, after);
    if (owned != null) {
      return owned;
    }
    Range name;
    boolean measured = false;
    if (action) {
      // "累计扩招413万人、培训8300多万人次": a verb that names its count stands before what was carried
      name = !after.isEmpty() ? after.range() : !noSubject ? subject : verbAsName(n, p.verb(), f);
    } else if (noSubject) {
      // "就能增产十万吨食糖": a count or an amount names what follows it
      boolean count = CountWords.isCountUnit(f.unit()) || f.isRate();
      name =
          !after.isEmpty() && (count || carried.subject() == null)
              ? counted(c, f, after, true)
              : verbAfter(n, f.end(), c.to());
    } else if (p.kind() == null
        && (CountWords.isClassifier(f.unit()) || (measured = qualifies(n, subject, f, after)))
        && !after.isEmpty()
        && !after.verbLed()) {
      // "研究出台…等方面29项促消费政策": the count qualifies the noun; "桥头铝电50万吨绿电铝产能":
      // so does a measure between a name and a noun
      name = counted(c, f, after, false);
    } else {
      name = subject;
    }
    int min = minLetters(n, name, name == subject, object || product, measured);
    String suffix = name == subject ? p.suffix() : "";
    if (name.isEmpty() || SubjectReader.letters(n, name) + suffix.length() < min) {
      return "";
    }
    if (name == subject && ShareOwner.owner(n, subject, carried) != null) {
      return ShareOwner.owner(n, subject, carried) + c.words(name).strip(); // "…，占本年预算收入的47.02%"
    }
    String words = c.words(name).strip();
    if (name != subject && words.endsWith("外") && n.lastIndexOf('除', f.start()) >= c.from()) {
      words = words.substring(0, words.length() - 1); // "除建设十三个大型水库外": the frame closes on 外
    }
    return words + suffix;
  }

  /**
   * How many letters a name needs: one for a subject that is an object or a product ("钢"), for a
   * place or household counted, or for a product a measure stands before ("年产150万吨钢"); else two.
   */
  private static int minLetters(
      String n, Range name, boolean isSubject, boolean oneLetterSubject, boolean measured) {
    boolean oneLetter =
        isSubject
            ? oneLetterSubject
            : name.length() == 1
                && (CountWords.ONE_LETTER_NOUNS.indexOf(n.charAt(name.from())) >= 0
                    || measured
                        && TargetRules.ONE_LETTER_PRODUCTS.indexOf(n.charAt(name.from())) >= 0);
    return oneLetter ? 1 : TargetRules.MIN_NAME_LETTERS;
  }

  /**
   * The noun a count qualifies, cut before a predicate when the count is the clause's subject
   * ("3个典型案例亮相…"); not when a verb before it makes it an object, unless the clause names no subject
   * at all ({@code bare}).
   */
  private static Range counted(Clause c, Figure f, NounAfter after, boolean bare) {
    String n = c.folded();
    boolean subject =
        !after.verbLed()
            && CountWords.isClassifier(f.unit())
            && (bare || !verbBefore(n, c.from(), f.start()));
    return subject ? CountedHead.subjectHead(n, after.range(), c.to()) : after.range();
  }

  /**
   * Whether a measure that is no sum stands right after the subject, with no verb between: then a
   * noun after it is what it measures ("青海辉源20万吨绿色高性能铝板带箔"), and the subject only whose it is.
   */
  private static boolean qualifies(String n, Range subject, Figure f, NounAfter after) {
    String unit = f.unit() == null ? "" : f.unit();
    Range a = after.range();
    // "年产一百五十万吨钢": one letter names a product; "1.19亿亩次" has no noun after it
    boolean noun =
        a.length() >= 2
            || a.length() == 1 && TargetRules.ONE_LETTER_PRODUCTS.indexOf(n.charAt(a.from())) >= 0;
    boolean amount = QUALIFYING_UNITS.stream().anyMatch(unit::endsWith);
    char last = subject.isEmpty() ? ' ' : n.charAt(subject.to() - 1);
    // "运营里程422公里并连通咸阳": a subject that is itself a measure owns its figure
    return amount
        && noun
        && subject.to() == f.start()
        && Punctuation.isHan(last)
        && last != '的'
        && (TargetRules.MEASURE_ENDINGS + "积程能").indexOf(last) < 0;
  }

  /**
   * Units of an amount of a product or of land that may stand before the noun they measure
   * ("50万吨绿电铝", "64000亩耕地"); not lengths or times, which a predicate follows more often
   * ("1194公里全线贯通").
   */
  private static final List<String> QUALIFYING_UNITS = List.of("吨", "瓦", "立方米", "亩");

  /**
   * "冶金工业部有57个建设项目": the noun after the count is what is counted, of the owner before 有; null when
   * the clause says no such thing.
   */
  private static String ownerAndCount(
      Clause c, Figure f, PredicateReader.Predicate p, Range subject, NounAfter after) {
    String n = c.folded();
    boolean owns =
        p.kind() == null
            && CountWords.isClassifier(f.unit())
            && !after.isEmpty()
            && isOwner(n, subject)
            && SubjectReader.letters(n, after.range()) >= TargetRules.MIN_NAME_LETTERS
            && existsBefore(n, subject.to(), f.start());
    Range counted = owns ? CountedHead.subjectHead(n, after.range(), c.to()) : null;
    return owns ? c.words(subject).strip() + c.words(f.end(), counted.to()).strip() : null;
  }

  /**
   * Whether the figure at {@code at} follows a 有 of being or holding ("地方有", "共有", "已经有"), not one
   * that ends another verb ("拥有", "具有", "占有").
   */
  private static boolean existsBefore(String n, int from, int at) {
    int i = at - 1;
    while (i > from && n.charAt(i) == ' ') {
      i--;
    }
    return i >= from
        && i > 0
        && n.charAt(i) == '有'
        && TargetRules.NOT_EXISTENCE_BEFORE_YOU.indexOf(n.charAt(i - 1)) < 0;
  }

  /**
   * Whether a subject before 有 can own what the count names: a short noun phrase ("地方", "冶金工业部"),
   * not a clause ("亩产皮棉达到一百斤的") nor a name of what is counted itself ("一个民族").
   */
  private static boolean isOwner(String n, Range subject) {
    int len = subject.length();
    if (len < TargetRules.MIN_NAME_LETTERS || len > TargetRules.OWNER_MAX) {
      return false;
    }
    for (int i = subject.from(); i < subject.to(); i++) {
      if (!Punctuation.isHan(n.charAt(i))
          || NumberReader.startsNumber(n, i)
          || TargetRules.VERB_INDEX.at(n, i, subject.to()) != null) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the verb acts on what the figure counts: a verb of new work or action, or a verb of
   * cutting with a count ("取消和停征100项行政事业性收费").
   */
  private static boolean acts(VerbKind kind, Figure f, NounAfter after) {
    return kind == VerbKind.INCREMENT
        || kind == VerbKind.ACTION
        || kind == VerbKind.DECLINE && CountWords.isClassifier(f.unit()) && !after.isEmpty();
  }

  /** The noun after the figure, or after its 的 for a share or a count ("90%以上的政务服务"). */
  private static NounAfter nounAfter(Clause c, Figure f) {
    String n = c.folded();
    NounAfter after = NounAfter.read(n, f.end(), c.to());
    if (after.isEmpty()
        && (f.isRate() || CountWords.isClassifier(f.unit()))
        && f.end() < c.to()
        && n.charAt(f.end()) == '的') {
      after = NounAfter.read(n, f.end() + 1, c.to()); // "惠及90%的在校生": a share of what follows
    }
    return after;
  }

  /**
   * Whether a verb of two letters or more stands in {@code n[from, to)}: a count after it is its
   * object.
   */
  private static boolean verbBefore(String n, int from, int to) {
    for (int i = from; i < to - 1; i++) {
      String v = TargetRules.VERB_INDEX.at(n, i, to);
      if (v != null && v.length() > 1) {
        return true;
      }
    }
    return false;
  }

  /** An action verb that names its own count when nothing else does ("培训8300多万人次"), or nothing. */
  private static Range verbAsName(String n, String verb, Figure f) {
    int at = -1;
    for (int k = f.start() - verb.length();
        k >= 0 && f.start() - k <= TargetRules.FROM_GAP_MAX;
        k--) {
      if (n.startsWith(verb, k)) {
        at = k;
        break;
      }
    }
    boolean names =
        verb.length() >= 2
            && !verb.startsWith("新")
            && !(at > 0 && n.charAt(at - 1) == '新') // "新开工建设1043万套": new work names no thing
            && !TargetRules.ADDED_WORDS.contains(verb)
            && !CountWords.VERBS_NEVER_NAMES.contains(verb)
            && at >= 0;
    return names ? new Range(at, at + verb.length()) : new Range(f.start(), f.start());
  }

  /** A verb right after the figure that names it ("约6700万人受益"), or nothing. */
  private static Range verbAfter(String n, int from, int to) {
    for (String v : CountWords.VERBS_AS_NAMES) {
      if (n.startsWith(v, from) && from + v.length() <= to) {
        return new Range(from, from + v.length());
      }
    }
    return new Range(from, from);
  }

  /**
   * The carried subject or the sentence's topic for a figure whose clause names nothing, or a
   * general word.
   */
  private static String fallback(String name, Carried carried) {
    String n = TextNormalizer.normalize(name);
    String topic = carried.topic();
    if (TargetRules.BARE_HEADS.contains(n)
        && topic != null
        && topic.length() <= TargetRules.TOPIC_NAME_MAX) {
      // "渔业生产，…产量达到502万吨": a bare head takes the thing the sentence is about
      String thing = topic;
      for (String tail : TargetRules.TOPIC_TAILS) {
        thing =
            thing.endsWith(tail) && thing.length() > tail.length()
                ? thing.substring(0, thing.length() - tail.length())
                : thing;
      }
      return thing + name;
    }
    String counted = CountedAmount.of(name, carried);
    counted = counted != null ? counted : LineLength.of(name, carried);
    if (counted != null) {
      return counted;
    }
    String owned = TopicReader.owned(carried.topic(), carried.heading(), name);
    if (owned != null) {
      return owned; // "原煤:全部建成后增加的年产能力将为9310万吨": the heading names whose capacity it is
    }
    if (n.isEmpty() || TargetRules.GENERIC.contains(n) || TargetRules.SCOPE_ONLY.contains(n)) {
      if (carried.subject() != null) {
        return carried.subject();
      }
      if (n.isEmpty() && carried.topic() != null) {
        return carried.topic();
      }
    }
    return TargetRules.SCOPE_ONLY.contains(n) ? "" : name;
  }

  /**
   * "九年义务教育巩固率、高中阶段毛入学率保持在97%以上": a list of measures, each named in full, that one value is given
   * for.
   */
  private static boolean measuresListed(String name) {
    List<String> parts = Spread.split(name);
    return parts.size() > 1
        && name.indexOf('、') > 0
        && parts.stream()
            .allMatch(
                p ->
                    p.length() >= TargetRules.MIN_MEASURE_NAME
                        && TargetRules.MEASURE_ENDINGS.indexOf(p.charAt(p.length() - 1)) >= 0);
  }

  /** Whether a list mark stands in {@code n[lo, hi)} outside words ("和谐"). */
  private static boolean listed(String n, int lo, int hi) {
    return Spread.split(n.substring(lo, hi)).size() > 1;
  }

  /**
   * Whether the words before the figure spread it over listed subjects: "分别", or a 均 that is a
   * word.
   */
  private static boolean spreads(String n, int lo, int hi) {
    for (int i = lo; i < hi; i++) {
      char c = n.charAt(i);
      if ((c == '分' && i + 1 < hi && n.charAt(i + 1) == '别')
          || (c == '双' && i + 1 < hi && n.charAt(i + 1) == '双')) {
        return true;
      }
      if (c == '均'
          && (i == lo || "人平年".indexOf(n.charAt(i - 1)) < 0)
          && (i + 1 >= hi || n.charAt(i + 1) != '衡')) {
        return true;
      }
      if (c == '都' && listed(n, lo, i)) {
        return true; // "国民收入和国家财政收入都比上年增长12%"
      }
    }
    return false;
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The subjects a "分别"/"均" statement spreads its values over: "城乡居民人均可支配收入" is 城镇 and 农村;
 * "一、二、三产业增加值" is 第一, 第二 and 第三产业增加值; otherwise the parts listed with 、, 和, 及 or 与, short
 * qualifiers sharing the name of the last part ("城镇、农村常住居民…") and parts sharing its head noun
 * ("新能源汽车、集成电路产量"). Stateless.
 */
final class Spread {
  private Spread() {}

  /** The subjects of {@code name}, each cleaned and with sector abbreviations written out. */
  static List<String> subjects(String name) {
    String n = TextNormalizer.normalize(name);
    List<String> parts = split(name);
    if (n.startsWith("城乡") && n.length() > 2 && parts.size() == 1) {
      return List.of("城镇" + name.substring(2), "农村" + name.substring(2));
    }
    List<String> sectors = sectors(name, n);
    if (sectors != null) {
      return sectors;
    }
    if (parts.size() == 1) {
      List<String> halves = halves(name);
      if (halves != null) {
        return halves;
      }
    }
    shareClass(parts);
    shareQualified(parts);
    SharedOwner.shareLead(name, parts);
    shareHead(parts);
    shareTail(parts);
    SharedOwner.share(parts);
    shareScope(parts);
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String f = TextNormalizer.normalize(p);
      SubjectReader.Range r = SubjectReader.trim(f, 0, f.length());
      out.add(expandSectors(r.isEmpty() ? p : p.substring(r.from(), r.to())));
    }
    return out;
  }

  /**
   * "煤炭、电解铝分别淘汰落后生产能力2500万吨、50万吨": the list before 分别 (or 均) in {@code n[seg, at)} owns the object
   * {@code name} the verb after it names, each part its own; null when the name is not read after
   * the mark, or the words before it list no more than one part, or not as many as {@code values}
   * (one value spreads over every part after 均 only).
   */
  static List<String> ownersOf(Clause c, int seg, int at, String name, int values) {
    String n = c.folded();
    int mark = n.indexOf("分别", seg);
    boolean each = mark >= 0 && mark < at;
    if (!each) {
      mark = n.indexOf('均', seg);
    }
    // the name is the object after 分别 ("分别淘汰落后生产能力"), not the list itself; 分别 with one value
    // spreads over the figures after it
    if (mark <= seg || mark >= at || each && values == 1 || !c.words(mark, at).contains(name)) {
      return null;
    }
    SubjectReader.Range r = SubjectReader.trim(n, seg, mark);
    List<String> parts = r.isEmpty() ? List.of() : split(c.words(r));
    boolean fits = parts.size() > 1 && (values == 1 || parts.size() == values);
    if (!fits || parts.stream().anyMatch(p -> p.strip().isEmpty() || name.contains(p.strip()))) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      out.add(p.strip() + name);
    }
    return out;
  }

  /** "一、二、三产业增加值", "一二三产增加值": each sector written out; null when not such a list. */
  private static List<String> sectors(String name, String n) {
    int sector = n.indexOf('产');
    if (sector <= 0) {
      return null;
    }
    String head = n.substring(0, sector).replace("、", "").replace("第", "");
    if (head.length() < 2 || !head.chars().allMatch(c -> "一二三".indexOf(c) >= 0)) {
      return null;
    }
    int rest = n.startsWith("产业", sector) ? sector + 2 : sector + 1;
    List<String> out = new ArrayList<>();
    for (char c : head.toCharArray()) {
      out.add("第" + c + "产业" + name.substring(rest));
    }
    return out;
  }

  /** The parts of a list: split on 、 and the last part once more on 和, 及 or 与 (outside quotes). */
  static List<String> split(String name) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '“' || c == '《' || c == '(' || c == '（') {
        depth++;
      } else if ((c == '”' || c == '》' || c == ')' || c == '）') && depth > 0) {
        depth--;
      } else if (c == '、' && depth == 0) {
        parts.add(name.substring(start, i));
        start = i + 1;
      }
    }
    String last = name.substring(start);
    int and = lastAnd(last);
    if (and > 0 && and < last.length() - 1) {
      parts.add(last.substring(0, and));
      parts.add(last.substring(and + 1));
    } else {
      parts.add(last);
    }
    parts.removeIf(String::isBlank);
    return parts;
  }

  private static int lastAnd(String s) {
    int depth = 0;
    int found = -1;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“' || c == '《') {
        depth++;
      } else if ((c == '”' || c == '》') && depth > 0) {
        depth--;
      } else if ((c == '和' || c == '及' || c == '与') && depth == 0 && !inWord(s, i)) {
        found = i;
      }
    }
    return found;
  }

  /**
   * Whether the 和, 及 or 与 at {@code i} is part of a word ("普及率", "参与", "和谐"), not a conjunction.
   */
  private static boolean inWord(String s, int i) {
    return i > 0 && TargetRules.CONJUNCTION_WORDS.contains(s.substring(i - 1, i + 1))
        || i + 1 < s.length() && TargetRules.CONJUNCTION_WORDS.contains(s.substring(i, i + 2));
  }

  /** "食品、石化、医药、信息等产业增加值": the class after 等 is every part's. */
  private static void shareClass(List<String> parts) {
    String last = parts.get(parts.size() - 1);
    String cls = afterExamples(last);
    if (parts.size() < 2 || cls.equals(last)) {
      return;
    }
    parts.set(parts.size() - 1, last.substring(0, last.length() - cls.length() - 1));
    // "…风力发电机组等绿色产品产量": a category of things gives way to the measure of each
    String head = TargetRules.HEAD_INDEX.endingAt(TextNormalizer.normalize(cls), 0, cls.length());
    String shared =
        head != null && cls.length() - head.length() > TargetRules.CATEGORY_MAX
            ? cls.substring(cls.length() - head.length())
            : cls;
    for (int k = 0; k < parts.size(); k++) {
      parts.set(k, parts.get(k) + shared);
    }
  }

  /**
   * "城镇、农村常住居民人均可支配收入": short qualifiers take the rest of the last part's name. A 对 that opens the
   * list ("对东盟、欧盟进出口") scopes every part, so it is left out of the qualifier's length and given to
   * the parts that lack it.
   */
  private static void shareQualified(List<String> parts) {
    if (parts.size() < 2) {
      return;
    }
    String first = TextNormalizer.normalize(parts.get(0));
    boolean scoped =
        first.length() > 2
            && first.charAt(0) == '对'
            && TargetRules.NOT_SCOPE_AFTER_DUI.indexOf(first.charAt(1)) < 0
            && !TextNormalizer.normalize(parts.get(parts.size() - 1)).startsWith("对");
    String scope = scoped ? parts.get(0).substring(0, 1) : "";
    if (scoped) {
      parts.set(0, parts.get(0).substring(1));
    }
    shareQualifiedHeads(parts);
    for (int k = 1; k < parts.size() && scoped; k++) {
      if (!parts.get(k).startsWith(scope)) {
        parts.set(k, scope + parts.get(k));
      }
    }
    parts.set(0, scope + parts.get(0));
  }

  private static void shareQualifiedHeads(List<String> parts) {
    String last = parts.get(parts.size() - 1);
    int q = parts.get(0).length();
    boolean shortHeads =
        parts.subList(0, parts.size() - 1).stream()
            .allMatch(p -> p.length() <= 3 && p.length() == q);
    // "对东盟、共建“一带一路”国家…": a qualifier never cuts into a quoted name
    boolean quoted = last.substring(0, Math.min(last.length(), q + 1)).contains("“");
    if (shortHeads && !quoted && last.length() > q + 1) {
      String shared = last.substring(q);
      for (int k = 0; k < parts.size() - 1; k++) {
        parts.set(k, parts.get(k) + shared);
      }
    }
  }

  /** "新能源汽车、集成电路、工业机器人产量": parts without a head noun take the last part's. */
  private static void shareHead(List<String> parts) {
    if (parts.size() < 2) {
      return;
    }
    String last = TextNormalizer.normalize(parts.get(parts.size() - 1));
    String head = TargetRules.HEAD_INDEX.endingAt(last, 0, last.length());
    if (head == null || head.length() >= last.length()) {
      return;
    }
    for (int k = 0; k < parts.size() - 1; k++) {
      String p = TextNormalizer.normalize(parts.get(k));
      boolean ownMeasure =
          !p.isEmpty() && TargetRules.MEASURE_ENDINGS.indexOf(p.charAt(p.length() - 1)) >= 0;
      if (TargetRules.HEAD_INDEX.endingAt(p, 0, p.length()) == null
          && !ownMeasure
          && !SharedOwner.endsOnObject(p)) {
        parts.set(
            k, parts.get(k) + parts.get(parts.size() - 1).substring(last.length() - head.length()));
      }
    }
  }

  /**
   * "一般公共预算收支", "存贷款余额": a name joining two measures in one word spreads over both ("一般公共预算收入",
   * "一般公共预算支出"); null when the name holds no such word.
   */
  private static List<String> halves(String name) {
    for (String[] w : TargetRules.JOINED_MEASURES) {
      int at = name.indexOf(w[0]);
      if (at >= 0) {
        String before = name.substring(0, at);
        String after = name.substring(at + w[0].length());
        return List.of(before + w[1] + after, before + w[2] + after);
      }
    }
    return null;
  }

  /**
   * "单位国内生产总值能耗、水耗": short parts that end like the first part stand for its qualifier with their
   * own measure ("单位国内生产总值水耗").
   */
  private static void shareTail(List<String> parts) {
    String first = parts.get(0);
    for (int k = 1; k < parts.size(); k++) {
      String p = parts.get(k);
      boolean alike =
          p.length() <= TargetRules.TAIL_MAX
              && first.length() >= p.length() + TargetRules.MIN_NAME_LETTERS
              && !p.isEmpty()
              && p.charAt(p.length() - 1) == first.charAt(first.length() - 1);
      if (!alike) {
        return;
      }
    }
    for (int k = 1; k < parts.size(); k++) {
      String p = parts.get(k);
      parts.set(k, first.substring(0, first.length() - p.length()) + p);
    }
  }

  /** "每千人托位、养老床位数": a rate of population that opens the first part opens every part. */
  private static void shareScope(List<String> parts) {
    for (String scope : TargetRules.PER_PERSON_SCOPES) {
      if (parts.get(0).startsWith(scope)) {
        for (int k = 1; k < parts.size(); k++) {
          if (!parts.get(k).startsWith(scope)) {
            parts.set(k, scope + parts.get(k));
          }
        }
        return;
      }
    }
  }

  private static final String[][] SECTOR_ABBREVIATIONS = {
    {"一产", "第一产业"}, {"二产", "第二产业"}, {"三产", "第三产业"}
  };

  /** Writes the sector abbreviations out: 一产 is 第一产业, and so on. */
  static String expandSectors(String indicator) {
    String s = indicator;
    if (s.indexOf('产') < 0) {
      return s;
    }
    for (String[] a : SECTOR_ABBREVIATIONS) {
      int at = s.indexOf(a[0]);
      boolean listed = at > 0 && "一二三、".indexOf(s.charAt(at - 1)) >= 0;
      if (at >= 0
          && !listed
          && (at == 0 || s.charAt(at - 1) != '第')
          && !s.startsWith(a[1].substring(1), at)) {
        s = s.substring(0, at) + a[1] + s.substring(at + 2);
      }
    }
    return s;
  }

  /** "华为智能生活馆、砂之船奥莱等首店": examples before 等 stand for the class named after it. */
  static String afterExamples(String name) {
    int at = name.lastIndexOf('等');
    boolean word =
        at <= 0
            || at + 1 >= name.length()
            || TargetRules.NOT_ETC_BEFORE.indexOf(name.charAt(at - 1)) >= 0
            || TargetRules.NOT_ETC_AFTER.indexOf(name.charAt(at + 1)) >= 0;
    String rest = word ? name : name.substring(at + 1);
    return rest.codePointCount(0, rest.length()) >= TargetRules.MIN_NAME_LETTERS ? rest : name;
  }
}

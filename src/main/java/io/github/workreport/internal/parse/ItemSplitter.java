package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a definition into the parts it enumerates, trying the separators reports use in turn
 * (clauses, 、, both, a last "和", titles in 《》) and keeping the split whose count is the numeral of
 * the term. Parentheses and 《》 are never split inside. Stateless.
 */
public final class ItemSplitter {
  /** Adverbs and verbs that open a list without being part of its first item. */
  private static final List<String> OPENING_WORDS =
      List.of(
          "紧紧", "持续", "着力", "全力", "大力", "加快", "深入", "积极", "扎实", "重点", "围绕", "实施", "开展", "打造", "构建",
          "推进", "推动", "建设", "培育", "出台", "具备", "包括", "将", "对", "聚焦", "指", "抓好", "落实");

  /**
   * Longest item of a short parallel list ("资格权", "工程量") whose first item may carry a shared
   * qualifier.
   */
  static final int SHORT_ITEM = 4;

  private ItemSplitter() {}

  /**
   * The split of {@code definition}.
   *
   * @param items the parts, trimmed
   * @param matched whether their count is the term's numeral (always false without one)
   */
  public record Split(List<String> items, boolean matched) {}

  /** Splits {@code definition} for a term announcing {@code count} parts (-1 for none). */
  public static Split split(String definition, int count) {
    String d = strip(definition);
    List<String> clauses = splitOn(d, ",;");
    List<String> listed = splitOn(d, "、");
    List<String> both = splitOn(d, ",;、");
    List<List<String>> candidates = new ArrayList<>();
    candidates.add(clauses);
    candidates.add(listed);
    candidates.add(splitLastOnAnd(listed));
    candidates.add(both);
    candidates.add(splitLastOnAnd(both));
    candidates.add(splitEveryOnAnd(listed));
    candidates.add(titles(d));
    // "“两重”“两新”:A和B,C和D": a term of two numerals, each clause listing its own parts
    candidates.add(splitEveryOnAnd(clauses));
    if (count > 0) {
      for (List<String> c : candidates) {
        if (c.size() == count) {
          return new Split(trim(c), true);
        }
      }
    }
    // without a numeral to check against, only a plain list counts as an enumeration
    List<String> semis = splitOn(d, ";");
    if (semis.size() >= 2) {
      return new Split(trim(semis), false);
    }
    if (listed.size() >= 2 && clauses.size() == 1) {
      return new Split(trim(listed), false);
    }
    return new Split(List.of(), false);
  }

  /** The definition without a leading 指/即/是指 and a closing full stop. */
  static String strip(String definition) {
    String d = definition.strip();
    for (String p : new String[] {"是指", "指", "即", ":"}) {
      if (TextNormalizer.startsWith(d, 0, p)) {
        d = d.substring(p.length()).strip();
      }
    }
    while (!d.isEmpty() && "。.;；".indexOf(d.charAt(d.length() - 1)) >= 0) {
      d = d.substring(0, d.length() - 1);
    }
    return d;
  }

  /** Splits on any of {@code separators} (normalised) outside parentheses and 《》. */
  static List<String> splitOn(String s, String separators) {
    String n = TextNormalizer.normalize(s);
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(' || c == '《') {
        depth++;
      } else if ((c == ')' || c == '》') && depth > 0) {
        depth--;
      } else if (depth == 0 && separators.indexOf(c) >= 0) {
        add(out, s.substring(start, i));
        start = i + 1;
      }
    }
    add(out, s.substring(start));
    return out;
  }

  private static void add(List<String> out, String part) {
    String p = part.strip();
    if (!p.isEmpty()) {
      out.add(p);
    }
  }

  /** Splits the last item once more on 和, 及 or 与 ("有机农产品和农产品地理标志"). */
  static List<String> splitLastOnAnd(List<String> items) {
    if (items.isEmpty()) {
      return items;
    }
    String last = items.get(items.size() - 1);
    int at = -1;
    for (char and : new char[] {'和', '及', '与'}) {
      int i = last.lastIndexOf(and);
      if (i > 0 && i < last.length() - 1 && outsideBrackets(last, i)) {
        at = Math.max(at, i);
      }
    }
    if (at < 0) {
      return items;
    }
    List<String> out = new ArrayList<>(items.subList(0, items.size() - 1));
    out.add(last.substring(0, at).strip());
    out.add(last.substring(at + 1).strip());
    return out;
  }

  private static boolean outsideBrackets(String s, int at) {
    int depth = 0;
    for (int i = 0; i < at; i++) {
      char c = TextNormalizer.fold(s.charAt(i));
      if (c == '(' || c == '《' || c == '“') {
        depth++;
      } else if ((c == ')' || c == '》' || c == '”') && depth > 0) {
        depth--;
      }
    }
    return depth == 0;
  }

  /** Splits every item on its last 和, 及 or 与. */
  static List<String> splitEveryOnAnd(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      out.addAll(splitLastOnAnd(List.of(item)));
    }
    return out;
  }

  /** The titles in 《》 of {@code s}, with their marks. */
  static List<String> titles(String s) {
    List<String> out = new ArrayList<>();
    int open = s.indexOf('《');
    while (open >= 0) {
      int close = s.indexOf('》', open);
      if (close < 0) {
        break;
      }
      out.add(s.substring(open, close + 1));
      open = s.indexOf('《', close);
    }
    return out;
  }

  /**
   * Trims the frame around a list: an opening verb before the first item, and a summary tail ("等…",
   * a quoted term, a clause) after the last.
   */
  static List<String> trim(List<String> items) {
    List<String> out = new ArrayList<>(items);
    if (out.size() >= 2) {
      out.set(0, stripOpening(out.get(0), out.get(1)));
      String last = out.get(out.size() - 1);
      int cut = last.length();
      int etc = last.indexOf('等');
      if (etc > 0) {
        cut = Math.min(cut, etc);
      }
      int quote = last.indexOf('“');
      if (quote > 0 && last.endsWith("”")) {
        cut = Math.min(cut, quote);
      }
      boolean othersHaveClauses =
          out.subList(0, out.size() - 1).stream().anyMatch(ItemSplitter::hasClauseMark);
      for (int i = 0; i < cut && !othersHaveClauses; i++) {
        char c = TextNormalizer.fold(last.charAt(i));
        if ((c == ',' || c == ';') && outsideBrackets(last, i)) {
          cut = i;
          break;
        }
      }
      out.set(out.size() - 1, last.substring(0, cut).strip());
    }
    trimParallel(out);
    out.removeIf(String::isEmpty);
    return out;
  }

  private static boolean hasClauseMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = TextNormalizer.fold(s.charAt(i)); // folded in place: no copy an item
      if (c == ',' || c == ';') {
        return true;
      }
    }
    return false;
  }

  /** Strips adverbs and verbs ("持续推进", "着力打造") that open the list from its first item. */
  static String stripOpening(String first, String second) {
    String f = first;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String w : OPENING_WORDS) {
        if (TextNormalizer.startsWith(f, 0, w)
            && !TextNormalizer.startsWith(second, 0, w)
            && f.length() > w.length() + 1) {
          f = f.substring(w.length());
          changed = true;
          break;
        }
      }
    }
    return f.strip();
  }

  /**
   * "强科技、强工业、强省会、强县域行动": when the middle items share a length and a first or last character, the
   * outer items are cut to that length where the cut keeps the shared character.
   */
  static void trimParallel(List<String> items) {
    if (items.size() < 3) {
      return;
    }
    trimSharedQualifier(items);
    String tail = items.get(items.size() - 1);
    if (hasSeparator(tail)) {
      return;
    }
    String suffix = commonSuffix(items.subList(0, items.size() - 1));
    if (suffix.length() >= 2 && !tail.endsWith(suffix) && tail.indexOf(suffix) > 0) {
      items.set(items.size() - 1, tail.substring(0, tail.indexOf(suffix) + suffix.length()));
      return;
    }
    if (items.size() < 4) {
      return;
    }
    List<String> middle = items.subList(1, items.size() - 1);
    int len = middle.get(0).length();
    char first = middle.get(0).charAt(0);
    char last = middle.get(0).charAt(len - 1);
    boolean sameLength = true;
    boolean sameFirst = true;
    boolean sameLast = true;
    for (String m : middle) { // one loop, not three streams: this runs on every list of items
      if (m.isEmpty()) {
        sameLength = false; // no cut then, whatever the other tests say
        break;
      }
      sameLength &= m.length() == len;
      sameFirst &= m.charAt(0) == first;
      sameLast &= m.charAt(m.length() - 1) == last;
    }
    if (sameLength
        && (sameFirst || sameLast)
        && tail.length() > len
        && (!sameFirst || tail.charAt(0) == first)
        && (!sameLast || tail.charAt(len - 1) == last)) {
      items.set(items.size() - 1, tail.substring(0, len));
    }
  }

  /**
   * "宅基地所有权、资格权、使用权": when the other items share a length and a last character, a longer first item
   * ending with that character carries a qualifier shared by all of them, which is cut.
   */
  private static void trimSharedQualifier(List<String> items) {
    List<String> others = items.subList(1, items.size());
    int len = others.get(0).length();
    char last = others.get(0).charAt(len - 1);
    boolean parallel = len <= SHORT_ITEM;
    for (int i = 0; i < others.size() && parallel; i++) {
      String m = others.get(i);
      parallel = m.length() == len && m.charAt(len - 1) == last;
    }
    String head = items.get(0);
    if (parallel
        && head.length() > len
        && head.charAt(head.length() - 1) == last
        && !hasSeparator(head)) {
      items.set(0, head.substring(head.length() - len));
    }
  }

  private static String commonSuffix(List<String> items) {
    String s = items.get(0);
    for (String m : items) {
      int k = 0;
      while (k < s.length()
          && k < m.length()
          && s.charAt(s.length() - 1 - k) == m.charAt(m.length() - 1 - k)) {
        k++;
      }
      s = s.substring(s.length() - k);
    }
    return s;
  }

  private static boolean hasSeparator(String s) {
    String n = TextNormalizer.normalize(s);
    return n.indexOf('、') >= 0 || n.indexOf(',') >= 0 || n.indexOf(';') >= 0;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a definition into the parts it enumerates, trying the separators reports use in turn
 * (clauses, 、, both, a last "和", titles in 《》) and keeping the split whose count is the
 * numeral of the term. Parentheses and 《》 are never split inside. Stateless.
 */
public final class ItemSplitter {
  /** Verbs that open a list without being part of its first item. */
  private static final List<String> OPENING_VERBS = List.of(
      "\u7D27\u7D27\u56F4\u7ED5", "\u56F4\u7ED5", "\u5B9E\u65BD", "\u5F00\u5C55", "\u6253\u9020", "\u52A0\u5FEB\u6784\u5EFA",
      "\u6784\u5EFA", "\u63A8\u8FDB", "\u5EFA\u8BBE", "\u57F9\u80B2", "\u51FA\u53F0", "\u5177\u5907", "\u5305\u62EC", "\u5C06",
      "\u5BF9", "\u805A\u7126", "\u6307");

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
    List<String> listed = splitOn(d, "\u3001");
    List<String> both = splitOn(d, ",;\u3001");
    List<List<String>> candidates = new ArrayList<>();
    candidates.add(clauses);
    candidates.add(listed);
    candidates.add(both);
    candidates.add(splitLastOnAnd(listed));
    candidates.add(splitLastOnAnd(both));
    candidates.add(titles(d));
    if (count > 0) {
      for (List<String> c : candidates) {
        if (c.size() == count) {
          return new Split(trim(c), true);
        }
      }
    }
    List<String> semis = splitOn(d, ";");
    if (semis.size() >= 2) {
      return new Split(trim(semis), false);
    }
    if (listed.size() >= 2) {
      return new Split(trim(listed), false);
    }
    return new Split(List.of(), false);
  }

  /** The definition without a leading 指/即/是指 and a closing full stop. */
  static String strip(String definition) {
    String d = definition.strip();
    for (String p : new String[] {"\u662F\u6307", "\u6307", "\u5373", ":"}) {
      if (TextNormalizer.normalize(d).startsWith(p)) {
        d = d.substring(p.length()).strip();
      }
    }
    while (!d.isEmpty() && "\u3002.;\uFF1B".indexOf(d.charAt(d.length() - 1)) >= 0) {
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
      if (c == '(' || c == '\u300A') {
        depth++;
      } else if ((c == ')' || c == '\u300B') && depth > 0) {
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
    for (char and : new char[] {'\u548C', '\u53CA', '\u4E0E'}) {
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
      if (c == '(' || c == '\u300A' || c == '\u201C') {
        depth++;
      } else if ((c == ')' || c == '\u300B' || c == '\u201D') && depth > 0) {
        depth--;
      }
    }
    return depth == 0;
  }

  /** The titles in 《》 of {@code s}, with their marks. */
  static List<String> titles(String s) {
    List<String> out = new ArrayList<>();
    int open = s.indexOf('\u300A');
    while (open >= 0) {
      int close = s.indexOf('\u300B', open);
      if (close < 0) {
        break;
      }
      out.add(s.substring(open, close + 1));
      open = s.indexOf('\u300A', close);
    }
    return out;
  }

  /**
   * Trims the frame around a list: an opening verb before the first item, and a summary tail
   * ("等…", a quoted term, a clause) after the last.
   */
  static List<String> trim(List<String> items) {
    List<String> out = new ArrayList<>(items);
    if (out.size() >= 2) {
      String first = out.get(0);
      String second = out.get(1);
      for (String v : OPENING_VERBS) {
        if (first.startsWith(v) && !second.startsWith(v) && first.length() > v.length() + 1) {
          out.set(0, first.substring(v.length()).strip());
          break;
        }
      }
      String last = out.get(out.size() - 1);
      int cut = last.length();
      int etc = last.indexOf('\u7B49');
      if (etc > 0) {
        cut = Math.min(cut, etc);
      }
      int quote = last.indexOf('\u201C');
      if (quote > 0 && last.endsWith("\u201D")) {
        cut = Math.min(cut, quote);
      }
      for (int i = 0; i < cut; i++) {
        char c = TextNormalizer.fold(last.charAt(i));
        if ((c == ',' || c == ';') && outsideBrackets(last, i)) {
          cut = i;
          break;
        }
      }
      out.set(out.size() - 1, last.substring(0, cut).strip());
    }
    out.removeIf(String::isEmpty);
    return out;
  }
}

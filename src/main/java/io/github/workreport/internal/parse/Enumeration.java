package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the enumerations inside a paragraph: "一是…二是…", "第一,…第二,…", "首先…其次…最后…".
 * A sequence needs at least two markers in order. Stateless.
 */
public final class Enumeration {
  /** Words that, before a list, say it lists problems rather than work. */
  private static final List<String> PROBLEM_WORDS = List.of(
      "问题", "困难", "不足", "短板", "差距", "挑战", "隐患",
      "薄弱", "矛盾");
  /** Verbs whose object is a problem to overcome, which makes the sentence speak of work. */
  private static final List<String> PROBLEM_VERBS = List.of(
      "应对", "解决", "破解", "化解", "补齐", "补上", "防范", "克服", "缩小", "攻克", "迎接", "整改", "整治");
  private static final String[] SEQUENCE_WORDS = {"首先", "其次", "再次", "最后"};

  private Enumeration() {}

  /**
   * One item.
   *
   * @param number the marker as written ("一是", "第一", "首先")
   * @param ordinal its position from 1
   * @param start where the marker starts in the paragraph
   * @param end where the item ends
   * @param titleStart where the title starts, after the marker
   * @param titleEnd where the title ends, before its first clause or sentence mark
   */
  public record Item(String number, int ordinal, int start, int end, int titleStart, int titleEnd) {}

  /**
   * A marker that opens a paragraph ("一是", "二要", "第三,", "首先,"), the paragraph being one item
   * of an enumeration that runs over paragraphs.
   *
   * @param form which kind of marker: "是", "要", "第" or "先" (首先/其次/再次/最后)
   * @param ordinal the marker's value from 1, or {@link #LAST} for 最后
   * @param markerEnd where the marker ends
   * @param titleStart where the title starts, after the marker
   * @param titleEnd where the title ends, before its first clause or sentence mark
   */
  public record Opening(String form, int ordinal, int markerEnd, int titleStart, int titleEnd) {}

  /** The ordinal of 最后, which ends a 首先… sequence whatever its length. */
  public static final int LAST = -1;

  /** The marker that opens folded paragraph text {@code n}, or null. */
  public static Opening opening(String n) {
    int end = 0;
    while (end < n.length() && end < 3 && isChineseDigit(n.charAt(end))) {
      end++;
    }
    if (end > 0 && end < n.length() && (n.charAt(end) == '是' || n.charAt(end) == '要')) {
      long v = ChineseNumerals.parse(n, 0, end);
      return v > 0 ? opening(n, String.valueOf(n.charAt(end)), (int) v, end + 1) : null;
    }
    if (n.startsWith("第")) {
      int e = 1;
      while (e < n.length() && e < 4 && isChineseDigit(n.charAt(e))) {
        e++;
      }
      if (e > 1 && e < n.length() && (n.charAt(e) == ',' || n.charAt(e) == '、' || n.charAt(e) == ':')) {
        long v = ChineseNumerals.parse(n, 1, e);
        return v > 0 ? opening(n, "第", (int) v, e) : null;
      }
      return null;
    }
    for (int k = 0; k < SEQUENCE_WORDS.length; k++) {
      String w = SEQUENCE_WORDS[k];
      if (n.startsWith(w) && n.length() > w.length() && n.charAt(w.length()) == ',') {
        return opening(n, "先", k == SEQUENCE_WORDS.length - 1 ? LAST : k + 1, w.length());
      }
    }
    return null;
  }

  private static Opening opening(String n, String form, int ordinal, int markerEnd) {
    int ts = markerEnd;
    while (ts < n.length() && (n.charAt(ts) == ',' || n.charAt(ts) == ':' || n.charAt(ts) == ' ' || n.charAt(ts) == '、')) {
      ts++;
    }
    int te = ts;
    while (te < n.length() && !Punctuation.isSentenceEnd(n.charAt(te)) && n.charAt(te) != ',' && n.charAt(te) != ':') {
      te++;
    }
    return te > ts ? new Opening(form, ordinal, markerEnd, ts, te) : null;
  }

  private static boolean isChineseDigit(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * For each of the folded paragraphs {@code norms}, the marker that makes it an item of an
   * enumeration running over paragraphs ("一是…。" / "二是…。"), or null: the items of one form
   * in order from 1, at least two, other paragraphs allowed between them, and not a list that the
   * paragraph before introduces as problems.
   */
  public static Opening[] acrossParagraphs(List<String> norms) {
    Opening[] out = new Opening[norms.size()];
    List<Integer> run = new ArrayList<>();
    Opening[] found = new Opening[norms.size()];
    for (int i = 0; i <= norms.size(); i++) {
      Opening o = i < norms.size() ? opening(norms.get(i)) : null;
      if (i < norms.size()) {
        found[i] = o;
      }
      boolean goesOn = o != null && !run.isEmpty() && o.form().equals(found[run.get(0)].form())
          && found[run.get(run.size() - 1)].ordinal() != LAST
          && (o.ordinal() == run.size() + 1 || o.ordinal() == LAST);
      if (goesOn) {
        run.add(i);
        continue;
      }
      if (o == null && i < norms.size()) {
        continue;
      }
      accept(run, found, norms, out);
      run.clear();
      if (o != null && o.ordinal() == 1) {
        run.add(i);
      }
    }
    return out;
  }

  private static void accept(List<Integer> run, Opening[] found, List<String> norms, Opening[] out) {
    if (run.size() < 2) {
      return;
    }
    int first = run.get(0);
    if (first > 0) {
      String before = norms.get(first - 1);
      int end = before.length();
      while (end > 0 && Punctuation.isSentenceEnd(before.charAt(end - 1))) {
        end--;
      }
      if (introducesProblems(before, end)) {
        return;
      }
    }
    for (int i : run) {
      out[i] = found[i];
    }
  }

  /** The items of the first enumeration in {@code text}, or an empty list. */
  public static List<Item> find(String text) {
    return find(text, TextNormalizer.normalize(text));
  }

  /** The items of the first enumeration in {@code text}, whose folded form is {@code n}. */
  public static List<Item> find(String text, String n) {
    List<int[]> marks = numbered(n, "是", false); // 一是, 二是
    if (marks.size() < 2) {
      marks = numbered(n, "要", true); // 一要, 二要
    }
    if (marks.size() < 2) {
      marks = ordinalWords(n);
    }
    if (marks.size() < 2) {
      marks = sequenceWords(n);
    }
    List<Item> items = new ArrayList<>();
    if (marks.size() < 2 || introducesProblems(n, marks.get(0)[0])) {
      return items;
    }
    for (int i = 0; i < marks.size(); i++) {
      int[] m = marks.get(i);
      int end = i + 1 < marks.size() ? marks.get(i + 1)[0] : n.length();
      int ts = m[1];
      while (ts < end && (n.charAt(ts) == ',' || n.charAt(ts) == ':' || n.charAt(ts) == ' ')) {
        ts++;
      }
      int te = ts;
      while (te < end && !Punctuation.isSentenceEnd(n.charAt(te)) && n.charAt(te) != ',' && n.charAt(te) != ':') {
        te++;
      }
      if (te > ts) {
        items.add(new Item(text.substring(m[0], m[1]), i + 1, m[0], end, ts, te));
      }
    }
    return items.size() >= 2 ? items : List.of();
  }

  /**
   * "一是", "二是"… in order: {start, end of marker}; with {@code boundary}, each marker must open a
   * sentence or clause (so the 一要 of "统一要求" is no marker).
   */
  private static List<int[]> numbered(String n, String suffix, boolean boundary) {
    List<int[]> out = new ArrayList<>();
    int expected = 1;
    int from = 0;
    while (true) {
      String marker = chinese(expected) + suffix;
      int at = n.indexOf(marker, from);
      // a marker inside a word ("统一要求") is skipped; one after a numeral ("十一是") ends the list
      while (boundary && at > 0 && !isBoundary(n.charAt(at - 1)) && !ChineseNumerals.isNumeralChar(n.charAt(at - 1))) {
        at = n.indexOf(marker, at + 1);
      }
      if (at < 0 || (at > 0 && ChineseNumerals.isNumeralChar(n.charAt(at - 1)))) {
        break;
      }
      out.add(new int[] {at, at + marker.length()});
      from = at + marker.length();
      expected++;
    }
    return out;
  }

  /** "第一,", "第二,"… at the start of a sentence or clause. */
  private static List<int[]> ordinalWords(String n) {
    List<int[]> out = new ArrayList<>();
    int expected = 1;
    int from = 0;
    while (true) {
      String marker = "第" + chinese(expected);
      int at = n.indexOf(marker, from);
      int after = at + marker.length();
      if (at < 0 || after >= n.length() || !(n.charAt(after) == ',' || n.charAt(after) == '、' || n.charAt(after) == ':')
          || (at > 0 && !isBoundary(n.charAt(at - 1)))) {
        break;
      }
      out.add(new int[] {at, after});
      from = after;
      expected++;
    }
    return out;
  }

  private static List<int[]> sequenceWords(String n) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    for (String w : SEQUENCE_WORDS) {
      int at = n.indexOf(w, from);
      if (at >= 0 && (at == 0 || isBoundary(n.charAt(at - 1))) && at + w.length() < n.length() && n.charAt(at + w.length()) == ',') {
        out.add(new int[] {at, at + w.length()});
        from = at + w.length();
      } else if (!out.isEmpty() && w.equals(SEQUENCE_WORDS[2])) {
        continue; // 再次 may be skipped
      } else if (out.isEmpty()) {
        return out;
      }
    }
    return out;
  }

  private static boolean isBoundary(char c) {
    return Punctuation.isSentenceEnd(c) || c == ',' || c == ':' || c == ' ';
  }

  /** Whether the sentence that introduces the list speaks of problems. */
  static boolean introducesProblems(String n, int listStart) {
    int s = listStart - 1;
    while (s >= 0 && !(n.charAt(s) == '。' || n.charAt(s) == '!' || n.charAt(s) == '?')) {
      s--;
    }
    String intro = n.substring(s + 1, listStart);
    for (String w : PROBLEM_WORDS) {
      for (int at = intro.indexOf(w); at >= 0; at = intro.indexOf(w, at + w.length())) {
        if (!actedOn(intro, at)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the problem word at {@code at} is the object of work in its clause ("应对新挑战",
   * "解决发展不平衡不充分问题"), not a problem listed.
   */
  private static boolean actedOn(String intro, int at) {
    int from = at;
    while (from > 0 && !Punctuation.isClauseMark(intro.charAt(from - 1)) && intro.charAt(from - 1) != ';') {
      from--;
    }
    String before = intro.substring(from, at);
    for (String v : PROBLEM_VERBS) {
      if (before.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static String chinese(int v) {
    String digits = "零一二三四五六七八九";
    if (v < 10) {
      return String.valueOf(digits.charAt(v));
    }
    String tens = v / 10 == 1 ? "" : String.valueOf(digits.charAt(v / 10));
    return tens + "十" + (v % 10 == 0 ? "" : String.valueOf(digits.charAt(v % 10)));
  }
}

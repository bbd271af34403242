package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds the enumerations inside a paragraph: "一是…二是…", "第一,…第二,…", "首先…其次…最后…". A sequence needs at
 * least two markers in order. Stateless.
 */
public final class Enumeration {
  /** Words that, before a list, say it lists problems rather than work. */
  private static final List<String> PROBLEM_WORDS =
      List.of("问题", "困难", "不足", "短板", "差距", "挑战", "隐患", "薄弱", "矛盾");

  /** Verbs whose object is a problem to overcome, which makes the sentence speak of work. */
  private static final List<String> PROBLEM_VERBS =
      List.of("应对", "解决", "破解", "化解", "补齐", "补上", "防范", "克服", "缩小", "攻克", "迎接", "整改", "整治");

  private static final String[] SEQUENCE_WORDS = {"首先", "其次", "再次", "最后"};

  /** The longest stretch before a list read as the sentence that introduces it. */
  static final int INTRO_MAX = 200;

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
  public record Item(
      String number, int ordinal, int start, int end, int titleStart, int titleEnd) {}

  /**
   * A marker that opens a paragraph ("一是", "二要", "第三,", "首先,"), the paragraph being one item of an
   * enumeration that runs over paragraphs.
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
      if (e > 1
          && e < n.length()
          && (n.charAt(e) == ',' || n.charAt(e) == '、' || n.charAt(e) == ':')) {
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
    int ts = titleStart(n, markerEnd, n.length());
    int te = titleEnd(n, ts, n.length());
    return te > ts ? new Opening(form, ordinal, markerEnd, ts, te) : null;
  }

  /** Where an item's title starts after its marker: past the marks that follow it ("一是,"). */
  private static int titleStart(String n, int from, int end) {
    int ts = from;
    while (ts < end
        && (n.charAt(ts) == ','
            || n.charAt(ts) == ':'
            || n.charAt(ts) == ' '
            || n.charAt(ts) == '、')) {
      ts++;
    }
    return ts;
  }

  /** Where an item's title ends: its first clause, up to a comma, colon or line end. */
  private static int titleEnd(String n, int from, int end) {
    int te = from;
    while (te < end
        && !Punctuation.isSentenceEnd(n.charAt(te))
        && n.charAt(te) != ','
        && n.charAt(te) != ':'
        && n.charAt(te) != '\n') {
      te++;
    }
    return te;
  }

  private static boolean isChineseDigit(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }

  /**
   * For each of the folded paragraphs {@code norms}, the marker that makes it an item of an
   * enumeration running over paragraphs ("一是…。" / "二是…。"), or null: the items of one form in order
   * from 1, at least two, other paragraphs allowed between them, and not a list that the paragraph
   * before introduces as problems.
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
      boolean goesOn =
          o != null
              && !run.isEmpty()
              && o.form().equals(found[run.get(0)].form())
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

  private static void accept(
      List<Integer> run, Opening[] found, List<String> norms, Opening[] out) {
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

  /** The items of the enumerations in {@code text}, or an empty list. */
  public static List<Item> find(String text) {
    String n = TextNormalizer.normalize(text);
    return findAll(text, n, new int[] {n.length()});
  }

  /**
   * The items of every enumeration in {@code text} (folded: {@code n}), in order: "一是…二是…",
   * "一要…二要…", "第一,…第二,…", "首先…其次…(再次)…最后". {@code ends} holds where the paragraphs joined in the
   * text end, ascending, the last {@code n.length()}: an item runs to the next marker of its list,
   * which may stand in a later paragraph, and the last item of a list to the end of its paragraph.
   * A list has two items at least, starts at its first value and takes each next value before a new
   * first value; lists of the forms tried later that overlap one already found are left out. Every
   * marker is found in one pass, so the whole is linear in the text.
   */
  public static List<Item> findAll(String text, String n, int[] ends) {
    List<List<int[]>> byForm = markers(n);
    TreeMap<Integer, Integer> taken = new TreeMap<>(); // from -> to of the lists accepted
    List<List<int[]>> accepted = new ArrayList<>();
    for (List<int[]> marks : byForm) {
      for (List<int[]> run : runs(marks)) {
        int from = run.get(0)[0];
        int to = run.get(run.size() - 1)[1];
        if (overlaps(taken, from, to) || introducesProblems(n, from)) {
          continue;
        }
        taken.put(from, to);
        accepted.add(run);
      }
    }
    accepted.sort(Comparator.comparingInt(r -> r.get(0)[0]));
    List<Item> items = new ArrayList<>();
    for (int k = 0; k < accepted.size(); k++) {
      // the last item of a list ends with its paragraph, or where the next list begins
      int limit = k + 1 < accepted.size() ? accepted.get(k + 1).get(0)[0] : n.length();
      addItems(text, n, ends, accepted.get(k), limit, items);
    }
    return items;
  }

  /**
   * Every marker of each form in {@code n}, in order, as {start, end, value}: 是 (一是, or 首先是 and 首先要
   * for the first), 要 (一要 or 首先要, opening a sentence or clause), 第 (第一 before a comma, opening
   * one), 先 (首先…最后, opening one, before a comma).
   */
  private static List<List<int[]>> markers(String n) {
    List<int[]> shi = new ArrayList<>();
    List<int[]> yao = new ArrayList<>();
    List<int[]> di = new ArrayList<>();
    List<int[]> xian = new ArrayList<>();
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      boolean opens = i == 0 || isBoundary(n.charAt(i - 1));
      if (isChineseDigit(c) && (i == 0 || !ChineseNumerals.isNumeralChar(n.charAt(i - 1)))) {
        int e = i;
        while (e < n.length() && e - i < 3 && isChineseDigit(n.charAt(e))) {
          e++;
        }
        if (e < n.length() && (n.charAt(e) == '是' || (n.charAt(e) == '要' && opens))) {
          long v = ChineseNumerals.parse(n, i, e);
          (n.charAt(e) == '是' ? shi : yao).add(new int[] {i, e + 1, (int) v});
        }
        i = e - 1;
      } else if (c == '第' && opens) {
        int e = i + 1;
        while (e < n.length() && e - i < 4 && isChineseDigit(n.charAt(e))) {
          e++;
        }
        if (e > i + 1
            && e < n.length()
            && (n.charAt(e) == ',' || n.charAt(e) == '、' || n.charAt(e) == ':')) {
          di.add(new int[] {i, e, (int) ChineseNumerals.parse(n, i + 1, e)});
        }
      } else if (opens) {
        if (n.startsWith("首先", i) && i + 2 < n.length()) {
          // "首先要…。二是…三是…": 首先 stands for the first marker of a 是 or 要 list
          char after = n.charAt(i + 2);
          if (after == '是' || after == '要') {
            shi.add(new int[] {i, i + 3, 1});
          }
          if (after == '要') {
            yao.add(new int[] {i, i + 3, 1});
          }
        }
        for (int k = 0; k < SEQUENCE_WORDS.length; k++) {
          String w = SEQUENCE_WORDS[k];
          if (n.startsWith(w, i)
              && i + w.length() < n.length()
              && n.charAt(i + w.length()) == ',') {
            xian.add(new int[] {i, i + w.length(), k == SEQUENCE_WORDS.length - 1 ? LAST : k + 1});
          }
        }
      }
    }
    return List.of(shi, yao, di, xian);
  }

  /**
   * The lists among one form's markers: from a first value, each next value in turn; a marker of
   * another value between is passed over, a new first value ends the list. 再次 (3) may be left out
   * before 最后, which ends a list.
   */
  private static List<List<int[]>> runs(List<int[]> marks) {
    List<List<int[]>> out = new ArrayList<>();
    List<int[]> run = new ArrayList<>();
    for (int[] m : marks) {
      if (m[2] == 1) {
        keep(run, out);
        run = new ArrayList<>();
        run.add(m);
      } else if (!run.isEmpty()
          && run.get(run.size() - 1)[2] != LAST
          && (m[2] == run.size() + 1 || m[2] == LAST)) {
        run.add(m);
      }
    }
    keep(run, out);
    return out;
  }

  private static void keep(List<int[]> run, List<List<int[]>> out) {
    if (run.size() >= 2) {
      out.add(run);
    }
  }

  /**
   * Whether [from, to) overlaps a list already taken; the taken lists do not overlap one another.
   */
  private static boolean overlaps(TreeMap<Integer, Integer> taken, int from, int to) {
    Map.Entry<Integer, Integer> before = taken.floorEntry(to - 1);
    return before != null && before.getValue() > from;
  }

  private static void addItems(
      String text, String n, int[] ends, List<int[]> marks, int limit, List<Item> items) {
    for (int i = 0; i < marks.size(); i++) {
      int[] m = marks.get(i);
      int end =
          i + 1 < marks.size() ? marks.get(i + 1)[0] : Math.min(limit, paragraphEnd(ends, m[0]));
      int ts = titleStart(n, m[1], end);
      int te = titleEnd(n, ts, end);
      if (te > ts) {
        items.add(new Item(text.substring(m[0], m[1]), i + 1, m[0], end, ts, te));
      }
    }
  }

  private static int paragraphEnd(int[] ends, int at) {
    int k = Arrays.binarySearch(ends, at + 1);
    return ends[k >= 0 ? k : Math.min(-k - 1, ends.length - 1)];
  }

  private static boolean isBoundary(char c) {
    return Punctuation.isSentenceEnd(c) || c == ',' || c == ':' || c == ' ';
  }

  /** Whether the sentence that introduces the list speaks of problems. */
  static boolean introducesProblems(String n, int listStart) {
    int s = listStart - 1;
    while (s >= 0
        && listStart - s <= INTRO_MAX
        && !(n.charAt(s) == '。' || n.charAt(s) == '!' || n.charAt(s) == '?')) {
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
    // 、 joins the parts of one clause ("解决群众看病难、看病贵问题")
    while (from > 0
        && intro.charAt(from - 1) != ','
        && intro.charAt(from - 1) != ':'
        && intro.charAt(from - 1) != ';') {
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
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;

/**
 * Reads the count a sentence announces for the work that follows ("重点抓好八个方面的工作", "从七个方面发力", "六大方面",
 * "要重点做好十方面工作"). A count in a sentence that speaks of no work ("把握好5个方面") announces principles, not
 * the task list. Stateless.
 */
public final class AnnouncedCount {
  /** Fewest and most parts a count of work can announce. */
  static final int MIN = 2;

  static final int MAX = 30;

  /** Most numeral characters of a count ("十一"). */
  private static final int MAX_DIGITS = 3;

  private AnnouncedCount() {}

  /** The count {@code norm} (folded text) announces, or -1. */
  public static int in(String norm) {
    int at = norm.indexOf("方面"); // 方面
    while (at > 0) {
      int end = at;
      if (norm.charAt(end - 1) == '个' || norm.charAt(end - 1) == '大') { // 个, 大
        end--;
      }
      int start = end;
      while (start > 0
          && ChineseNumerals.isNumeralChar(norm.charAt(start - 1))
          && end - start < MAX_DIGITS) {
        start--;
      }
      if (start < end) {
        long v = ChineseNumerals.parse(norm, start, end);
        if (v >= MIN && v <= MAX && speaksOfWork(norm, start)) {
          return (int) v;
        }
      }
      at = norm.indexOf("方面", at + 2);
    }
    return -1;
  }

  /**
   * Whether the clause around {@code at} speaks of work ("重点抓好八个方面的工作"), not of requirements or
   * principles ("做好今年工作，必须把握好以下五个方面的要求" counts requirements).
   */
  private static boolean speaksOfWork(String norm, int at) {
    int s = at;
    while (s > 0 && !isClauseEnd(norm.charAt(s - 1))) {
      s--;
    }
    int e = at;
    while (e < norm.length() && !isClauseEnd(norm.charAt(e))) {
      e++;
    }
    return PartRoles.containsAny(norm.substring(s, e), TaskRules.WORK_COUNT_WORDS);
  }

  /** A clause ends at a comma, colon or sentence mark; 、 joins the parts of a list inside one. */
  private static boolean isClauseEnd(char c) {
    return c == ',' || c == ':' || Punctuation.isSentenceEnd(c);
  }
}

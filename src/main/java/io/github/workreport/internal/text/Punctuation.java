package io.github.workreport.internal.text;

/**
 * Classes of punctuation over normalised text (see {@link TextNormalizer}), so that "，" and "," or
 * "（" and "(" are one character here.
 */
public final class Punctuation {
  private Punctuation() {}

  /** Marks that end a sentence: 。 ! ? ; and the ellipsis. */
  public static boolean isSentenceEnd(char c) {
    return c == '\u3002' || c == '!' || c == '?' || c == ';' || c == '\u2026';
  }

  /** Marks that separate clauses inside a sentence: , 、 : */
  public static boolean isClauseMark(char c) {
    return c == ',' || c == '\u3001' || c == ':';
  }

  /**
   * Marks a line may end with when its paragraph is complete; a dash ends a line that leads into a
   * list.
   */
  public static boolean isClosing(char c) {
    return isSentenceEnd(c)
        || c == ':'
        || c == ')'
        || c == '\u201D'
        || c == '\u2019'
        || c == '"'
        || c == '\u300B'
        || c == '\u300D'
        || c == '\u300F'
        || c == '\u3011'
        || c == ']'
        || c == '\u2014';
  }

  /** Returns whether {@code c} is a Han ideograph (including 〇). */
  public static boolean isHan(char c) {
    return (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF')
        || c == '\u3007'
        || (c >= '\uF900' && c <= '\uFAFF');
  }

  /** Counts the Han ideographs in {@code s} between {@code from} and {@code to}. */
  public static int countHan(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (isHan(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns how many quotes are left open at the end of {@code s}: opening “ and 《 against their
   * closing marks. Never negative.
   */
  public static int openQuotes(CharSequence s, int from, int to) {
    int open = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '\u201C' || c == '\u300A') {
        open++;
      } else if ((c == '\u201D' || c == '\u300B') && open > 0) {
        open--;
      }
    }
    return open;
  }
}

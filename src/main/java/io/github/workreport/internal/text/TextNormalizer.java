package io.github.workreport.internal.text;

/**
 * The one place that folds the variants of width, space, punctuation and script that reports mix.
 *
 * <p>Every replacement is one character for one character, so a normalised string has the same
 * length as its source and an offset into one is an offset into the other. Rules downstream are
 * written once against the normalised view: full-width ASCII forms (U+FF01–FF5E) become ASCII,
 * U+3000, NBSP, tabs and zero-width characters become a plain space, the horizontal bar U+2015
 * becomes the em dash, and a Traditional character becomes its Simplified form ({@link
 * HantHansTable}: "地區生產總值" reads as "地区生产总值"), so that a report in Traditional script is read by
 * the same rules while its output keeps its own characters. The fold is locale-independent.
 */
public final class TextNormalizer {
  /**
   * Every character's fold, or 0 where it folds to itself: one array load instead of the tests of
   * {@link #foldTable} at every character of every pass, so that the compiled folding loops are
   * small and no rare character met late (a tab, a zero-width space) makes the compiler throw them
   * away and compile them again.
   */
  private static final char[] FOLD = foldTable();

  private TextNormalizer() {}

  /** Returns {@code s} with every character folded by {@link #fold(char)}; same length. */
  public static String normalize(CharSequence s) {
    String str = s.toString();
    int first = 0;
    while (first < str.length() && fold(str.charAt(first)) == str.charAt(first)) {
      first++;
    }
    if (first == str.length()) {
      return str; // nothing to fold: no copy
    }
    char[] out = str.toCharArray();
    for (int i = first; i < out.length; i++) {
      out[i] = fold(out[i]);
    }
    return new String(out);
  }

  /** Whether {@code s}, folded, holds {@code folded} at {@code at}; folds no more than that. */
  public static boolean startsWith(CharSequence s, int at, String folded) {
    if (at < 0 || at + folded.length() > s.length()) {
      return false;
    }
    for (int i = 0; i < folded.length(); i++) {
      if (fold(s.charAt(at + i)) != folded.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the first {@code max} characters of {@code s} once folded, leaving out those that fold
   * to a space: enough to compare a paragraph's opening words without folding all of it.
   */
  public static String compactPrefix(CharSequence s, int max) {
    StringBuilder sb = new StringBuilder(Math.min(max, s.length()));
    for (int i = 0; i < s.length() && sb.length() < max; i++) {
      char c = fold(s.charAt(i));
      if (c != ' ') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Folds one character. */
  public static char fold(char c) {
    char f = FOLD[c];
    return f == 0 ? c : f;
  }

  /**
   * The folds: full-width ASCII forms to ASCII, the spaces to a plain space, the horizontal bars to
   * the em dash, and Traditional Han (in CJK punctuation and Han, U+3001–FEFE) to Simplified.
   */
  private static char[] foldTable() {
    char[] t = new char[Character.MAX_VALUE + 1];
    HantHansTable.copyInto(t);
    for (char c = '\uFF01'; c <= '\uFF5E'; c++) {
      t[c] = (char) (c - 0xFEE0);
    }
    String spaces =
        "\u3000\u00A0\t\u000B\u000C\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
            + "\u200B\u200C\u200D\u2060\uFEFF";
    for (int i = 0; i < spaces.length(); i++) {
      t[spaces.charAt(i)] = ' ';
    }
    t['\u2015'] = '\u2014';
    t['\u2500'] = '\u2014';
    t['\uFF61'] = '\u3002';
    t['\u2236'] = ':';
    return t;
  }

  /** Returns whether {@code c}, already folded, is white space. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}

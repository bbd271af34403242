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
    if (c > '\u3000' && c < '\uFEFF') {
      // Han and CJK punctuation, nearly every character of a report: only Traditional Han folds
      return HantHansTable.simplified(c);
    }
    if (c >= '\uFF01' && c <= '\uFF5E') {
      return (char) (c - 0xFEE0);
    }
    switch (c) {
      case '\u3000':
      case '\u00A0':
      case '\t':
      case '\u000B':
      case '\u000C':
      case '\u2002':
      case '\u2003':
      case '\u2004':
      case '\u2005':
      case '\u2006':
      case '\u2007':
      case '\u2008':
      case '\u2009':
      case '\u200A':
      case '\u200B':
      case '\u200C':
      case '\u200D':
      case '\u2060':
      case '\uFEFF':
        return ' ';
      case '\u2015':
      case '\u2500':
        return '\u2014';
      case '\uFF61':
        return '\u3002';
      case '\u2236':
        return ':';
      default:
        return c;
    }
  }

  /** Returns whether {@code c}, already folded, is white space. */
  public static boolean isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}

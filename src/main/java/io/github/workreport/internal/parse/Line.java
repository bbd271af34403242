package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.HeadingHint;
import io.github.workreport.model.Span;

/**
 * One non-blank line of the text, trimmed of white space.
 *
 * @param index position among the non-blank lines, from 0
 * @param start offset of its first non-space character in the text
 * @param end offset past its last non-space character
 * @param text the line as written
 * @param norm the line normalised by {@code TextNormalizer}, same length as {@code text}
 * @param hint what the HTML markup said of the line, or null
 * @param blankBefore whether a blank line stands between this line and the one before
 */
public record Line(
    int index,
    int start,
    int end,
    String text,
    String norm,
    HeadingHint hint,
    boolean blankBefore) {

  /** The line's span. */
  public Span span() {
    return new Span(start, end);
  }

  /** Its length in code units. */
  public int length() {
    return end - start;
  }

  /** Its normalised text with every space removed, for comparing against vocabulary. */
  public String compact() {
    // most lines hold no space: answer without the copy and position table of replace
    return norm.indexOf(' ') < 0 ? norm : norm.replace(" ", "");
  }

  /** The last character of the normalised text. */
  public char last() {
    return norm.charAt(norm.length() - 1);
  }
}

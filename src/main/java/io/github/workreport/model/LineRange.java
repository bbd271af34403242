package io.github.workreport.model;

/**
 * The lines of a report's text that a span covers, 1-based and inclusive, from {@link
 * WorkReport#lineRange(Span)}.
 *
 * @param first the line of the span's first character, at least 1
 * @param last the line of its last character, at least {@code first}
 * @since 0.1
 */
public record LineRange(int first, int last) {

  /** Validates the lines. */
  public LineRange {
    if (first < 1) {
      throw new IllegalArgumentException("first must be >= 1: " + first);
    }
    if (last < first) {
      throw new IllegalArgumentException("last must be >= first: " + first + "-" + last);
    }
  }
}

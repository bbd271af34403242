package io.github.workreport.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 code units in a report's text.
 *
 * <p>For plain-text input the text is the input as given (after decoding); for HTML input it is the
 * text the library extracted, exposed as {@link WorkReport#text()}. Immutable and thread-safe.
 *
 * @param start first code unit, at least 0
 * @param end one past the last code unit, at least {@code start}
 * @since 0.1
 */
public record Span(int start, int end) {

  /** Validates the bounds. */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0: " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start: [" + start + ", " + end + ")");
    }
  }

  /** Returns the number of code units covered. */
  public int length() {
    return end - start;
  }

  /** Returns whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }

  /**
   * Returns the slice of {@code text} this span covers.
   *
   * @throws IndexOutOfBoundsException if the span reaches past the end of {@code text}
   */
  public String slice(CharSequence text) {
    if (end > text.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " is outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}

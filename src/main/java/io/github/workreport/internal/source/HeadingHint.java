package io.github.workreport.internal.source;

/** What the markup of an HTML page says about a line of its text. */
public enum HeadingHint {
  /** An {@code <h1>}. */
  H1,
  /** An {@code <h2>} to {@code <h6>}. */
  HEADING,
  /** A paragraph whose text is wholly bold ({@code <strong>}, {@code <b>}). */
  BOLD,
  /** A short paragraph centred by its markup. */
  CENTERED
}

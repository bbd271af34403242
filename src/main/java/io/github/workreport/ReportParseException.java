package io.github.workreport;

/**
 * Thrown when an input cannot be parsed at all: it is larger than the configured {@link
 * ParseLimits}. Everything wrong inside a document becomes a diagnostic instead.
 *
 * @since 0.1
 */
public class ReportParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with a message for a person. */
  public ReportParseException(String message) {
    super(message);
  }
}

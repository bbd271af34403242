package io.github.workreport.model;

/**
 * How much a {@link Diagnostic} matters to a reader of the result.
 *
 * @since 0.1
 */
public enum Severity {
  /** Worth knowing; the result is still complete. */
  INFO,
  /** Part of the result may be incomplete or inconsistent with what the document announces. */
  WARNING
}

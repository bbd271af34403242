package io.github.workreport.model;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue of diagnostic codes the parser gives: each code with its severity and what it
 * means. {@link Diagnostic#code()} holds the code as a string, so that JSON written by one version
 * reads in another; this enum names every code the current version writes.
 *
 * @since 0.1
 */
public enum DiagnosticCode {
  /** The input was longer than the configured limit and was cut there. */
  INPUT_TRUNCATED("input-truncated", Severity.WARNING, "the input was cut at the size limit"),
  /** HTML nested deeper than the configured limit; deeper elements were read as siblings. */
  NESTING_LIMIT(
      "nesting-limit", Severity.WARNING, "HTML nested past the depth limit was flattened"),
  /** A line inside the body was dropped as page furniture or a caption. */
  LINE_DROPPED(
      "line-dropped",
      Severity.INFO,
      "a line inside the body was dropped as furniture or a caption"),
  /** A numbered heading skips values after the one before it of its style. */
  HEADING_NUMBER_GAP("heading-number-gap", Severity.WARNING, "a heading's number skips values"),
  /** A numbered heading repeats or goes back after the one before it of its style. */
  HEADING_NUMBER_REPEAT(
      "heading-number-repeat", Severity.WARNING, "a heading's number repeats or goes back"),
  /** The count of work the text announces differs from the tasks found. */
  TASK_COUNT_MISMATCH(
      "task-count-mismatch",
      Severity.WARNING,
      "the announced count of tasks differs from the tasks found"),
  /** A glossary term's numeral differs from the parts its definition lists. */
  GLOSSARY_ITEM_COUNT(
      "glossary-item-count",
      Severity.INFO,
      "a term's numeral differs from the parts its definition lists"),
  /** A glossary term has more mentions than are kept. */
  GLOSSARY_MENTIONS_CAPPED(
      "glossary-mentions-capped", Severity.INFO, "a term's mentions were capped"),
  /** A figure with a unit stands where no indicator could be read. */
  TARGET_WITHOUT_INDICATOR("target-without-indicator", Severity.INFO, "a figure has no indicator"),
  /** More diagnostics arose than are kept; the first are kept. */
  DIAGNOSTICS_CAPPED("diagnostics-capped", Severity.INFO, "more diagnostics arose than are kept");

  private final String code;
  private final Severity severity;
  private final String meaning;

  DiagnosticCode(String code, Severity severity, String meaning) {
    this.code = code;
    this.severity = severity;
    this.meaning = meaning;
  }

  /** The code as written in {@link Diagnostic#code()} ("heading-number-gap"). */
  public String code() {
    return code;
  }

  /** The severity diagnostics of this code have. */
  public Severity severity() {
    return severity;
  }

  /** What a diagnostic of this code means, in a few words. */
  public String meaning() {
    return meaning;
  }

  /**
   * A diagnostic of this code at {@code span} (null for the whole document) saying {@code message}.
   */
  public Diagnostic at(@Nullable Span span, String message) {
    return new Diagnostic(severity, code, message, span);
  }

  /** The entry for {@code code}, or empty when this version gives no such code. */
  public static Optional<DiagnosticCode> of(String code) {
    Objects.requireNonNull(code, "code");
    for (DiagnosticCode c : values()) {
      if (c.code.equals(code)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

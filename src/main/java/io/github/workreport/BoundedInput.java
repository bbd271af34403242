package io.github.workreport;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import io.github.workreport.model.Span;
import java.util.List;

/**
 * A string held to the length of {@link ParseLimits}: the string itself when it is within the
 * limit, else its first {@code maxInputLength} characters with an {@code input-truncated}
 * diagnostic, or an exception when the limits do not truncate.
 */
record BoundedInput(String text, List<Diagnostic> diagnostics) {

  /**
   * Holds {@code s} to {@code limits}.
   *
   * @throws ReportParseException if {@code s} is over the limit and the limits do not truncate
   */
  static BoundedInput of(String s, ParseLimits limits) {
    if (s.length() <= limits.maxInputLength()) {
      return new BoundedInput(s, List.of());
    }
    if (!limits.truncate()) {
      throw tooLong(s.length() + " characters", limits.maxInputLength() + " characters");
    }
    int cut = limits.maxInputLength();
    if (Character.isHighSurrogate(s.charAt(cut - 1))) {
      cut--;
    }
    Diagnostic d =
        DiagnosticCode.INPUT_TRUNCATED.at(
            new Span(cut, cut),
            "input of "
                + s.length()
                + " characters truncated at the limit of "
                + limits.maxInputLength());
    return new BoundedInput(s.substring(0, cut), List.of(d));
  }

  static ReportParseException tooLong(String size, String limit) {
    return new ReportParseException(
        "input of "
            + size
            + " is over the limit of "
            + limit
            + " (raise it with WorkReportParser.builder().limits(...))");
  }
}

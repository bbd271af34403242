package io.github.workreport.model;

import org.jspecify.annotations.Nullable;

/**
 * Something the parser noticed in the document and could not reconcile. A diagnostic never stops a
 * parse.
 *
 * @param severity how much it matters; never null
 * @param code a stable, kebab-case code ("heading-number-gap"); never blank
 * @param message a sentence for a person; never null
 * @param span where in the text, or null when it concerns the whole document
 * @since 0.1
 */
public record Diagnostic(Severity severity, String code, String message, @Nullable Span span) {

  /** Validates the components. */
  public Diagnostic {
    Checks.required(severity, "severity");
    Checks.text(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("code must not be blank");
    }
    Checks.text(message, "message");
  }
}

package io.github.workreport.internal.source;

import io.github.workreport.model.Diagnostic;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Text with the heading hints and page signals its markup gave.
 *
 * @param text the text, one block per line
 * @param hints the hint of each line that has one, keyed by the offset where the line starts
 * @param diagnostics what the extraction noticed (a page nested past the limit)
 * @param signals what the page's markup states about its article; {@link PageSignals#NONE} for
 *     plain text; never null
 */
public record ExtractedText(
    String text,
    Map<Integer, HeadingHint> hints,
    List<Diagnostic> diagnostics,
    PageSignals signals) {

  /** Copies the hints and diagnostics. */
  public ExtractedText {
    Objects.requireNonNull(text, "text");
    hints = Map.copyOf(hints);
    diagnostics = List.copyOf(diagnostics);
    Objects.requireNonNull(signals, "signals");
  }

  /** Text with hints and diagnostics, and no page signals. */
  public ExtractedText(String text, Map<Integer, HeadingHint> hints, List<Diagnostic> diagnostics) {
    this(text, hints, diagnostics, PageSignals.NONE);
  }

  /** Text with hints and nothing noticed. */
  public ExtractedText(String text, Map<Integer, HeadingHint> hints) {
    this(text, hints, List.of());
  }

  /** Plain text, which has no hints. */
  public static ExtractedText plain(String text) {
    return new ExtractedText(text, Map.of());
  }
}

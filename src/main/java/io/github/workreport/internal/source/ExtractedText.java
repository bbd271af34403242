package io.github.workreport.internal.source;

import io.github.workreport.model.Diagnostic;
import java.util.List;
import java.util.Map;

/**
 * Text with the heading hints its markup gave.
 *
 * @param text the text, one block per line
 * @param hints the hint of each line that has one, keyed by the offset where the line starts
 * @param diagnostics what the extraction noticed (a page nested past the limit)
 */
public record ExtractedText(String text, Map<Integer, HeadingHint> hints, List<Diagnostic> diagnostics) {

  /** Copies the hints and diagnostics. */
  public ExtractedText {
    hints = Map.copyOf(hints);
    diagnostics = List.copyOf(diagnostics);
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

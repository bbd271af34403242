package io.github.workreport.internal.source;

import java.util.Map;

/**
 * Text with the heading hints its markup gave.
 *
 * @param text the text, one block per line
 * @param hints the hint of each line that has one, keyed by the offset where the line starts
 */
public record ExtractedText(String text, Map<Integer, HeadingHint> hints) {

  /** Copies the hints. */
  public ExtractedText {
    hints = Map.copyOf(hints);
  }

  /** Plain text, which has no hints. */
  public static ExtractedText plain(String text) {
    return new ExtractedText(text, Map.of());
  }
}

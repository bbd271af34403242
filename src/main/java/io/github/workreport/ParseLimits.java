package io.github.workreport;

/**
 * Bounds on the input a {@link WorkReportParser} accepts. Immutable and thread-safe.
 *
 * @param maxInputLength the most characters of text (after decoding; for HTML, of the page) a
 *     parse reads; bytes are refused past four times this many; at least 1
 * @param truncate what happens past the limit: false throws {@link ReportParseException}, true
 *     reads the first {@code maxInputLength} characters and adds an {@code input-truncated}
 *     diagnostic
 */
public record ParseLimits(int maxInputLength, boolean truncate) {

  /** The default input length limit: 16 Mi characters, far above the longest report. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

  /** The defaults: {@value #DEFAULT_MAX_INPUT_LENGTH} characters, over which a parse throws. */
  public static final ParseLimits DEFAULT = new ParseLimits(DEFAULT_MAX_INPUT_LENGTH, false);

  /** Validates the limit. */
  public ParseLimits {
    if (maxInputLength < 1) {
      throw new IllegalArgumentException("maxInputLength must be >= 1: " + maxInputLength);
    }
  }

  /** The most bytes a parse of bytes reads. */
  public long maxInputBytes() {
    return 4L * maxInputLength;
  }
}

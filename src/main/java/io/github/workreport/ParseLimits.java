package io.github.workreport;

/**
 * Bounds on the input a {@link WorkReportParser} accepts. Immutable and thread-safe.
 *
 * @param maxInputLength the most characters of text (after decoding; for HTML, of the page) a parse
 *     reads; bytes are refused past four times this many; at least 1
 * @param truncate what happens past the limit: false throws {@link ReportParseException}, true
 *     reads the first {@code maxInputLength} characters and adds an {@code input-truncated}
 *     diagnostic
 * @param maxNestingDepth the deepest nesting of HTML elements built; an element deeper than this is
 *     placed beside the elements at the limit instead of inside them, its text kept, and the report
 *     gets a {@code nesting-limit} diagnostic; at least 1. Plain text has no nesting to bound: its
 *     section tree is as deep as its numbering styles, a handful at most
 * @since 0.1
 */
public record ParseLimits(int maxInputLength, boolean truncate, int maxNestingDepth) {

  /** The default input length limit: 16 Mi characters, far above the longest report. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

  /** The default nesting limit of HTML elements: 512, far deeper than any real page goes. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 512;

  /**
   * The defaults: {@value #DEFAULT_MAX_INPUT_LENGTH} characters, over which a parse throws, and
   * HTML nested at most {@value #DEFAULT_MAX_NESTING_DEPTH} deep.
   */
  public static final ParseLimits DEFAULT =
      new ParseLimits(DEFAULT_MAX_INPUT_LENGTH, false, DEFAULT_MAX_NESTING_DEPTH);

  /** Validates the limits. */
  public ParseLimits {
    if (maxInputLength < 1) {
      throw new IllegalArgumentException("maxInputLength must be >= 1: " + maxInputLength);
    }
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException("maxNestingDepth must be >= 1: " + maxNestingDepth);
    }
  }

  /** Limits on the input length, with the default nesting depth. */
  public ParseLimits(int maxInputLength, boolean truncate) {
    this(maxInputLength, truncate, DEFAULT_MAX_NESTING_DEPTH);
  }

  /** The most bytes a parse of bytes reads. */
  public long maxInputBytes() {
    return 4L * maxInputLength;
  }
}

package io.github.workreport.internal.text;

/**
 * The years a report can be for, a date can name or a figure's period can be: from the founding of
 * the People's Republic, whose government has delivered these reports since 1954, to 2100, past the
 * longest plan now written (2035, 2050). One range for every stage. Stateless.
 */
public final class Years {
  /** The first year read as one. */
  public static final int FIRST = 1949;

  /** The last year read as one. */
  public static final int LAST = 2100;

  private Years() {}

  /** Whether {@code y} is a year in the range. */
  public static boolean contains(long y) {
    return y >= FIRST && y <= LAST;
  }
}

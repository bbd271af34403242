package io.github.workreport.internal.text;

import java.util.Arrays;

/** Maps an offset in a text to its 1-based line and column. Immutable. */
public final class LineIndex {
  private final int[] starts;

  private LineIndex(int[] starts) {
    this.starts = starts;
  }

  /** Indexes the line starts of {@code text}; "\n", "\r\n" and "\r" each end a line. */
  public static LineIndex of(CharSequence text) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    return new LineIndex(Arrays.copyOf(starts, n));
  }

  /** Returns the 1-based line of {@code offset}. */
  public int line(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }

  /** Returns the 1-based column of {@code offset} in its line. */
  public int column(int offset) {
    return offset - starts[line(offset) - 1] + 1;
  }

  /** Returns the number of lines. */
  public int lineCount() {
    return starts.length;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.HeadingHint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits a text into its non-blank {@link Line}s. Stateless. */
public final class LineSplitter {
  private LineSplitter() {}

  /**
   * Splits {@code text} (whose normalised view is {@code norm}) at "\n", "\r\n", "\r", U+2028 and
   * U+2029, trims each line and drops blank ones.
   */
  public static List<Line> split(String text, String norm, Map<Integer, HeadingHint> hints) {
    List<Line> lines = new ArrayList<>();
    int n = norm.length();
    int i = 0;
    boolean blank = false;
    while (i < n) {
      int lineStart = i;
      while (i < n && !isBreak(norm.charAt(i))) {
        i++;
      }
      int lineEnd = i;
      if (i < n && norm.charAt(i) == '\r' && i + 1 < n && norm.charAt(i + 1) == '\n') {
        i++;
      }
      i++;
      int s = lineStart;
      int e = lineEnd;
      while (s < e && isSpace(norm.charAt(s))) {
        s++;
      }
      while (e > s && isSpace(norm.charAt(e - 1))) {
        e--;
      }
      if (e == s && onlyZeroWidth(text, lineStart, lineEnd)) {
        continue; // a zero-width mark left alone on a line (a link cut out of a sentence) is no
        // paragraph break
      }
      if (e > s) {
        HeadingHint hint = hints.isEmpty() ? null : hints.get(lineStart);
        lines.add(
            new Line(
                lines.size(),
                s,
                e,
                text.substring(s, e),
                norm.substring(s, e),
                hint,
                blank && !lines.isEmpty()));
        blank = false;
      } else {
        blank = true;
      }
    }
    return lines;
  }

  /** Spaces of every kind, control separators included, so that no kept line is blank. */
  private static boolean isSpace(char c) {
    return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean onlyZeroWidth(String text, int from, int to) {
    boolean any = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF') {
        any = true;
      } else {
        return false;
      }
    }
    return any;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}

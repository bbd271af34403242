package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.HeadingHint;
import io.github.workreport.internal.text.Punctuation;

/** Whether a line can be a heading, by its own shape. Stateless. */
public final class HeadingRules {
  private HeadingRules() {}

  /**
   * Whether a line opening with marker {@code m} is a heading rather than a numbered paragraph:
   * short, with no sentence inside it; a single closing full stop is allowed.
   */
  public static boolean isNumberedHeading(Line line, Marker m) {
    String n = line.norm();
    int from = m.length();
    int to = n.length();
    if (to > from && Punctuation.isSentenceEnd(n.charAt(to - 1)) && n.charAt(to - 1) != '…') {
      to--;
    }
    int len = to - from;
    int max =
        m.style() == Marker.Style.PART || m.style() == Marker.Style.CHINESE
            ? LineRules.TOP_NUMBERED_HEADING_MAX
            : LineRules.NUMBERED_HEADING_MAX;
    if (len <= 0 || len > max || Punctuation.countHan(n, from, to) < LineRules.HEADING_MIN_HAN) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (Punctuation.isSentenceEnd(n.charAt(i))) {
        return false;
      }
    }
    char last = n.charAt(to - 1);
    return last != ',' && last != '、' && last != ':';
  }

  /**
   * Whether a line without a marker has the shape of a bare heading: short, at least two Han
   * characters, no sentence or clause punctuation, not a "——" item or a salutation. A line the
   * markup marked as a heading may be longer and hold commas.
   */
  public static boolean isBareHeadingShape(Line line) {
    String n = line.norm();
    boolean hinted = line.hint() != null;
    int len = line.compact().length();
    if (len > (hinted ? LineRules.HINTED_HEADING_MAX : LineRules.BARE_HEADING_MAX)
        || Punctuation.countHan(n, 0, n.length()) < LineRules.HEADING_MIN_HAN) {
      return false;
    }
    if (n.startsWith("—")
        || LineShapes.isSalutation(line)
        || Punctuation.openQuotes(n, 0, n.length()) > 0) {
      return false; // a quote left open: the line goes on
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Punctuation.isSentenceEnd(c) && !(hinted && i == n.length() - 1)) {
        return false;
      }
      if (!hinted && (c == ',' || c == ':')) {
        return false;
      }
    }
    char last = line.last();
    return last != '、' && last != ',' && last != ':';
  }

  /** Whether a hint marks the line as a heading. */
  public static boolean isHinted(Line line) {
    return line.hint() == HeadingHint.HEADING
        || line.hint() == HeadingHint.BOLD
        || line.hint() == HeadingHint.CENTERED
        || line.hint() == HeadingHint.H1;
  }
}

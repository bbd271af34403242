package io.github.workreport.internal.target;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops the figures of a clause that name rather than measure: a numeral inside a short quoted
 * coined term ("“三个1亿人”问题", "“两个毫不动摇”"), a figure that a count before it classes ("三个1亿人": the 1亿人
 * is the kind of thing counted), and a count of the aspects a report's work falls into
 * ("做好9个方面工作"), which is the report's outline, not a quantity. Stateless.
 */
final class NotQuantities {
  private NotQuantities() {}

  /** The longest quoted term whose numerals are part of its name ("三个1亿人" is five letters). */
  static final int QUOTED_TERM_MAX = 10;

  /**
   * The figures of {@code figures} (read from the folded text {@code n}) that measure something.
   */
  static List<Figure> keep(String n, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      // "三个1亿人", "3个1000吨级泊位"; but "2009户7433名贫困人口" are two counts of one thing
      boolean classed =
          i > 0
              && figures.get(i - 1).end() == f.start()
              && "个".equals(figures.get(i - 1).unit())
              && (!f.magnitude().isEmpty() || !CountWords.isClassifier(f.unit()));
      if (!classed && !quotedTerm(n, f) && !aspects(n, f)) {
        out.add(f);
      }
    }
    return out.size() == figures.size() ? figures : out;
  }

  /** Whether the figure stands inside a short pair of quotation marks (“…” or ASCII "…"). */
  private static boolean quotedTerm(String n, Figure f) {
    int open = -1;
    for (int i = f.start() - 1; i >= Math.max(0, f.start() - QUOTED_TERM_MAX); i--) {
      char c = n.charAt(i);
      if (c == '”') {
        return false;
      }
      if (c == '“' || c == '"') {
        open = i;
        break;
      }
    }
    if (open < 0) {
      return false;
    }
    char close = n.charAt(open) == '"' ? '"' : '”';
    for (int i = f.end(); i < n.length() && i - open <= QUOTED_TERM_MAX + 1; i++) {
      char c = n.charAt(i);
      if (c == close) {
        return true;
      }
      if (c == '“') {
        return false;
      }
    }
    return false;
  }

  /** "9个方面工作", "十个方面重点任务": a count of the aspects the work is set out in. */
  private static boolean aspects(String n, Figure f) {
    return "个".equals(f.unit()) && f.magnitude().isEmpty() && n.startsWith("方面", f.end());
  }
}

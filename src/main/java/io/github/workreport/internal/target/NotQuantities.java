package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the figures of a clause that name rather than measure: a numeral inside a short quoted
 * coined term ("“三个1亿人”问题", "“两个毫不动摇”"), a figure that a count before it classes ("三个1亿人": the 1亿人
 * is the kind of thing counted), and a count of the aspects a report's work falls into
 * ("做好9个方面工作"), which is the report's outline, not a quantity, and the size class inside a named
 * plant or project ("吉化120万吨乙烯项目"). Stateless.
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
      if (!classed && !quotedTerm(n, f) && !aspects(n, f) && !plantSize(n, f)) {
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

  /** Ends of a project's name that a size class inside it ("120万吨乙烯项目") belongs to. */
  static final List<String> PLANT_ENDS = List.of("项目", "装置");

  /**
   * "释放吉化120万吨乙烯转型升级项目新装置产能", "推动吉林梅花60万吨赖氨酸等项目": a tonnage or a power right after a name, not
   * after a verb, with the product and a project after it, is the size class of that project;
   * "关停5000万千瓦小火电机组", "建设700万千瓦新型储能项目" measure what the verb acts on.
   */
  private static boolean plantSize(String n, Figure f) {
    String unit = f.unit();
    if (unit == null
        || !(unit.endsWith("吨") || unit.endsWith("千瓦"))
        || f.start() < 2
        || !Punctuation.isHan(n.charAt(f.start() - 1))
        || !Punctuation.isHan(n.charAt(f.start() - 2))
        || TargetRules.VERB_INDEX.endingAt(n, Math.max(0, f.start() - 4), f.start()) != null
        || TargetRules.LEADING_INDEX.endingAt(n, Math.max(0, f.start() - 4), f.start()) != null) {
      return false;
    }
    NounAfter after = NounAfter.read(n, f.end(), n.length());
    if (after.isEmpty() || after.verbLed()) {
      return false;
    }
    // the project's word ends the name or follows it ("…赖氨酸等项目")
    String tail = n.substring(f.end(), Math.min(n.length(), after.range().to() + 3));
    return PLANT_ENDS.stream().anyMatch(tail::contains);
  }
}

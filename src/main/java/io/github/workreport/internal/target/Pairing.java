package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Units;
import java.math.BigDecimal;
import java.util.List;

/**
 * Finds the from→to statements of a clause ("比例由61.5%上升到80.2%", "收入从27136元增长到36439元"): the start
 * figure is the baseline of the end figure and no target of its own. Stateless.
 */
final class Pairing {
  private Pairing() {}

  /**
   * A from→to frame ending at a figure.
   *
   * @param baseline the index of the start figure in the clause's list
   * @param fromAt where 从 or 由 stands
   * @param verbEnd where the verb after the start figure ends ("提高到")
   */
  record Pair(int baseline, int fromAt, int verbEnd) {}

  /**
   * For each figure of the clause, the frame it ends, or null; {@code starts[i]} is where figure
   * i's words start.
   */
  static Pair[] pairs(String n, List<Figure> figures, int[] starts) {
    Pair[] out = new Pair[figures.size()];
    for (int j = 1; j < figures.size(); j++) {
      Figure a = figures.get(j - 1);
      Figure b = figures.get(j);
      boolean sizes = a.values().size() == b.values().size() || b.values().size() == 1;
      if (!a.unit().equals(b.unit()) || !sizes || out[j - 1] != null) {
        continue;
      }
      // "从…46503元和16935元分别提高到58794元和23184元": 分别, 均 may stand before the verb
      int at = a.end();
      if (at < b.start() && n.charAt(at) == ',') {
        at++; // "由1982年的31.5万人,增加到1987年的55万人": the comma that joinsAcrossComma let stand
      }
      at = pastNearWords(n, at, b.start());
      String verb = TargetRules.VERB_INDEX.at(n, at, b.start());
      if (verb == null || TargetRules.kindOf(verb) != TargetRules.VerbKind.TO_LEVEL) {
        continue;
      }
      int gapEnd = at + verb.length();
      if (!onlyNearWords(n, gapEnd, b.start())) {
        continue;
      }
      int from = fromBefore(n, starts[j - 1], a.start());
      if (from >= 0) {
        out[j] = new Pair(j - 1, from, gapEnd);
      }
    }
    return out;
  }

  /**
   * Whether the comma at {@code comma} stands inside a from→to statement and does not end the
   * clause that opens at {@code from}: the words before it end on a start figure after 从/由
   * ("由过去的30%以上"), the words after it open on a verb of reaching ("降低到20%左右").
   */
  static boolean joinsAcrossComma(String n, int from, int comma) {
    if (n.charAt(comma) != ',') {
      return false;
    }
    int at = pastNearWords(n, comma + 1, n.length());
    String verb = TargetRules.VERB_INDEX.at(n, at, n.length());
    if (verb == null
        || TargetRules.kindOf(verb) != TargetRules.VerbKind.TO_LEVEL
        || SubjectReader.fromMark(n, from, comma) < 0) {
      return false;
    }
    List<Figure> before = FigureReader.read(n, from, comma);
    if (before.isEmpty()) {
      return false;
    }
    Figure start = before.get(before.size() - 1);
    return onlyNearWords(n, start.end(), comma) && fromBefore(n, from, start.start()) >= 0;
  }

  /** Where the adverbs and frames right after {@code at} end ("分别", "均", "2025年的"). */
  private static int pastNearWords(String n, int at, int to) {
    for (String w; (w = TargetRules.NEAR_FIGURE_INDEX.at(n, at, to)) != null; ) {
      at += w.length();
    }
    return at;
  }

  /**
   * Whether {@code n[a, b)} holds only a bound word, a year or adverbs ("超过", "2025年的", "目前的平均").
   */
  private static boolean onlyNearWords(String n, int a, int b) {
    int i = b;
    while (i > a) {
      String w;
      int y;
      if (n.charAt(i - 1) == ' ') {
        i--;
      } else if ((w = TargetRules.BOUND_BEFORE_INDEX.endingAt(n, a, i)) != null
          || (w = TargetRules.NEAR_FIGURE_INDEX.endingAt(n, a, i)) != null) {
        i -= w.length();
      } else if ((y = PredicateReader.yearBefore(n, a, i)) > 0) {
        i -= y;
      } else {
        return false;
      }
    }
    return true;
  }

  /** Where 从/由 stands shortly before a start figure ("从2020年的", "从月销售额", "由不到"), or -1. */
  private static int fromBefore(String n, int lo, int at) {
    int from =
        SubjectReader.fromMark(
            n, Math.max(lo, at - TargetRules.FROM_GAP_MAX - yearIn(n, lo, at)), at);
    if (from < 0) {
      return -1;
    }
    for (int i = from + 1; i < at; i++) {
      if (SubjectReader.isEdgeMark(n.charAt(i)) && n.charAt(i) != ' ') {
        return -1;
      }
    }
    return from;
  }

  /**
   * The length of a year ("2004年") in the words before a start figure ("从2004年人均每月700元"), or 0: it
   * counts for no gap.
   */
  private static int yearIn(String n, int lo, int at) {
    for (int k = at - 1; k >= Math.max(lo + 4, at - TargetRules.FROM_GAP_MAX - 5); k--) {
      if (n.charAt(k) == '年' && PredicateReader.yearBefore(n, lo, k + 1) == 5) {
        return 5;
      }
    }
    return 0;
  }

  /** The start values in the end figure's magnitude ("从8000亿元增加到1.2万亿元": 0.8 万亿). */
  static BigDecimal[] baselines(Figure start, Figure end) {
    BigDecimal scale = Units.magnitude(start.magnitude().isEmpty() ? null : start.magnitude());
    BigDecimal to = Units.magnitude(end.magnitude().isEmpty() ? null : end.magnitude());
    BigDecimal[] out = new BigDecimal[start.values().size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = start.values().get(i).value().multiply(scale).divide(to);
    }
    return out;
  }
}

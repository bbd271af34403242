package io.github.workreport.internal.target;

import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;

/**
 * "实施重大项目3600个左右、完成投资1万亿元以上": an investment named bare right after a count of things an action verb
 * acts on is the investment in those things (重大项目投资), not investment at large. Stateless.
 */
final class CountedAmount {
  private CountedAmount() {}

  /** Amounts that, named bare, belong to the things counted before them. */
  private static final List<String> BARE_AMOUNTS = List.of("投资", "总投资", "投资额");

  /**
   * The amount named with what the figure before counted, or null when {@code name} is not a bare
   * amount or the figure before was not a count of things an action verb acts on.
   *
   * @param subject the name of the figure before in the sentence, or null
   * @param kind the kind of the action verb of the figure before, or null
   */
  static String of(String name, String subject, VerbKind kind) {
    boolean acted = kind == VerbKind.ACTION || kind == VerbKind.INCREMENT;
    if (subject == null || subject.isEmpty() || !acted || isMeasure(subject)) {
      return null;
    }
    String n = TextNormalizer.normalize(name).strip();
    for (String w : YEAR_FRAMES) {
      if (n.startsWith(w) && BARE_AMOUNTS.contains(n.substring(w.length()))) {
        return subject + name.strip().substring(w.length()); // "年度投资": the year frames it
      }
    }
    return BARE_AMOUNTS.contains(n) ? subject + name : null;
  }

  /** Words of the year that frame an amount without naming it ("年度完成投资"). */
  private static final List<String> YEAR_FRAMES = List.of("年度", "全年", "当年");

  /** Whether a name is a measure ("天然气产量", "增加值") rather than things that are counted. */
  private static boolean isMeasure(String subject) {
    String n = TextNormalizer.normalize(subject);
    return TargetRules.MEASURE_ENDINGS.indexOf(n.charAt(n.length() - 1)) >= 0
        || TargetRules.HEAD_INDEX.endingAt(n, 0, n.length()) != null;
  }
}

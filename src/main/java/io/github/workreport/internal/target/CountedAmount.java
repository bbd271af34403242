package io.github.workreport.internal.target;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;

/**
 * "实施重大项目3600个左右、完成投资1万亿元以上", "新签约产业项目139个、总投资1022亿元": an investment named bare right after a count
 * of things in the same sentence is the investment in those things (重大项目投资), not investment at
 * large. Stateless.
 */
final class CountedAmount {
  private CountedAmount() {}

  /** Amounts that, named bare, belong to the things counted before them. */
  private static final List<String> BARE_AMOUNTS = List.of("投资", "总投资", "投资额");

  /**
   * The amount named with what the figure before counted, or null when {@code name} is not a bare
   * amount or the figure before neither counted things by a classifier nor had an action verb act
   * on them.
   */
  static String of(String name, Carried carried) {
    String subject = carried.subject();
    VerbKind kind = carried.kind();
    boolean acted = kind == VerbKind.ACTION || kind == VerbKind.INCREMENT;
    if (subject == null
        || subject.isEmpty()
        || !acted && !CountWords.isClassifier(carried.unit())
        || isMeasure(subject)) {
      return null;
    }
    String n = TextNormalizer.normalize(name).strip();
    for (String w : YEAR_FRAMES) {
      if (n.startsWith(w) && BARE_AMOUNTS.contains(n.substring(w.length()))) {
        return subject + name.strip().substring(w.length()); // "年度投资": the year frames it
      }
    }
    boolean held = CountWords.isClassifier(carried.unit()) && isHeld(n);
    return BARE_AMOUNTS.contains(n) || held ? subject + name.strip() : null;
  }

  /** Words of the year that frame an amount without naming it ("年度完成投资"). */
  private static final List<String> YEAR_FRAMES = List.of("年度", "全年", "当年");

  /**
   * "国营机械化农场152个，耕地面积达到758万亩", "建成养老服务机构1596个、床位23.1万张": a short name of what things hold (an area
   * or a capacity for a use, beds) after a count of those things is theirs; not a kind of beds
   * ("养老床位"), which is a thing of its own.
   */
  private static boolean isHeld(String n) {
    if (HELD.contains(n)) {
      return true;
    }
    for (String head : USED_FOR) {
      if (n.endsWith(head) && n.length() - head.length() <= USE_MAX) {
        return true;
      }
    }
    return false;
  }

  /** What counted things hold, named bare after them. */
  private static final List<String> HELD = List.of("面积", "床位", "产能", "能力");

  /** What counted things hold for a use named before it ("服务面积", "供水能力"). */
  private static final List<String> USED_FOR = List.of("面积", "能力");

  /** The most letters of the use before a held measure ("服务", "供水"). */
  private static final int USE_MAX = 2;

  /** Whether a name is a measure ("天然气产量", "增加值") rather than things that are counted. */
  private static boolean isMeasure(String subject) {
    String n = TextNormalizer.normalize(subject);
    return TargetRules.MEASURE_ENDINGS.indexOf(n.charAt(n.length() - 1)) >= 0
        || TargetRules.HEAD_INDEX.endingAt(n, 0, n.length()) != null;
  }
}

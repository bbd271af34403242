package io.github.workreport.internal.target;

import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Measure;
import java.util.List;

/**
 * Decides what a figure measures (a growth, a decline, a level or an amount added) from its verb,
 * its name and a from→to frame, and reads 约 before the verb as a bound. Stateless.
 */
final class MeasureReader {
  private MeasureReader() {}

  /** The figure's measure from its verb, its name and a from→to frame. */
  static Measure measure(String name, Figure f, Pairing.Pair pair, VerbKind kind, String compared) {
    String folded = TextNormalizer.normalize(name);
    boolean growthRate =
        "%".equals(f.unit())
            && TargetRules.RATE_NAME_ENDINGS.stream().anyMatch(folded::endsWith)
            && (kind == null
                || kind == VerbKind.LEVEL
                || kind == VerbKind.TO_LEVEL
                || kind == VerbKind.NOUN);
    // "居民消费价格涨幅回落到2.6%": a rate of growth reached is still a growth
    return growthRate
        ? Measure.GROWTH
        : pair != null ? Measure.LEVEL : byVerb(kind, compared, f, name);
  }

  private static Measure byVerb(VerbKind kind, String compared, Figure f, String name) {
    boolean rate = f.isRate();
    boolean level = kind == null || kind == VerbKind.LEVEL || kind == VerbKind.NOUN;
    String folded = TextNormalizer.normalize(name);
    if (rate && level && TargetRules.RATE_NAME_ENDINGS.stream().anyMatch(folded::endsWith)) {
      return Measure.GROWTH; // "经济增长预期目标为7%", "居民消费价格总水平涨幅在3%以内": a rate of growth held
    }
    if (kind == null) {
      boolean added = isNewWork(folded);
      return added && !rate ? Measure.INCREMENT : Measure.LEVEL;
    }
    return switch (kind) {
      case GROWTH -> rate ? Measure.GROWTH : Measure.INCREMENT;
      case DECLINE -> Measure.DECLINE;
      case INCREMENT -> rate ? Measure.LEVEL : Measure.INCREMENT;
      case COMPARE ->
          "低于".equals(compared) || "慢于".equals(compared) || "少于".equals(compared)
              ? Measure.DECLINE
              : rate ? Measure.GROWTH : Measure.INCREMENT;
      default -> Measure.LEVEL;
    };
  }

  /** Words that, after a rate and its 的, name a rate of growth ("8%左右的国内生产总值增长目标"). */
  private static final List<String> GROWTH_AFTER =
      List.of("增长目标", "增速目标", "增长预期目标", "增长速度", "增长率", "增速", "增幅", "涨幅");

  /**
   * Words of new work or things counted ("新开工", "新签约"): a count after them, or a name with them, is
   * an amount added, as the established names 新增 and 新建 are.
   */
  private static final List<String> NEW_WORK =
      List.of("新签约", "新签", "新引进", "新落地", "新培育", "新认定", "新开通", "新招引", "新投产", "新入驻");

  private static boolean isNewWork(String folded) {
    for (List<String> words : List.of(TargetRules.ADDED_WORDS, NEW_WORK)) {
      for (String w : words) {
        if (folded.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The measure of figure {@code f}, read as {@code measure}, with the words around it in its
   * clause (ending at {@code to}): a rate that names after it a rate of growth
   * ("提出8%左右的国内生产总值增长目标", "均保持10%以上增长") is a growth even when no verb of growth stands before it; a
   * count right after words of new work ("今年新开工700万套") is an amount added.
   */
  static Measure namedAfter(Measure measure, String n, Figure f, int to) {
    if (measure != Measure.LEVEL) {
      return measure;
    }
    if (growthNamedAfter(n, f, to)) {
      return Measure.GROWTH;
    }
    return !f.isRate() && newWorkBefore(n, f.start()) ? Measure.INCREMENT : measure;
  }

  private static boolean newWorkBefore(String n, int at) {
    for (List<String> words : List.of(TargetRules.ADDED_WORDS, NEW_WORK)) {
      for (String w : words) {
        if (at >= w.length() && n.startsWith(w, at - w.length())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Words of growth that, right after a rate and its bound, say what the rate is of ("10%以上增长").
   */
  private static final List<String> GROWTH_RIGHT_AFTER = List.of("增长", "增速", "增幅");

  private static boolean growthNamedAfter(String n, Figure f, int to) {
    int i = f.end();
    String bound = i < to ? FigureReader.boundWordAt(n, i) : null;
    i += bound == null ? 0 : bound.length();
    if (!f.isRate() || i >= to) {
      return false;
    }
    if (n.charAt(i) != '的') {
      for (String w : GROWTH_RIGHT_AFTER) {
        if (n.startsWith(w, i) && i + w.length() <= to) {
          return true;
        }
      }
      return false;
    }
    for (int k = i + 1; k < to && k <= i + TargetRules.CONTEXT / 4; k++) {
      for (String w : GROWTH_AFTER) {
        if (n.startsWith(w, k) && k + w.length() <= to) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether 约 stands right before the verb of the figure ("国营商业约增长133.2%"), not as part of a word
   * (节约).
   */
  static boolean aboutBeforeVerb(String n, int seg, int end, String verb) {
    int at = verb == null ? -1 : end - verb.length() - 1;
    return at > seg
        && n.startsWith(verb, at + 1)
        && n.charAt(at) == '约'
        && TargetRules.NOT_ABOUT_BEFORE.indexOf(n.charAt(at - 1)) < 0;
  }
}

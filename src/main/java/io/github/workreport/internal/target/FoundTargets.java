package io.github.workreport.internal.target;

import io.github.workreport.model.Bound;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Target;
import io.github.workreport.model.Tier;
import java.util.List;

/** Finishing touches on the targets a clause found: shared class heads and the tier. Stateless. */
final class FoundTargets {
  private FoundTargets() {}

  /** {@code x} with {@code tier}. */
  static Target withTier(Target x, Tier tier) {
    return copy(x, x.indicator(), x.key(), x.measure(), x.bound(), tier);
  }

  /**
   * {@code x} as a level to reach at least ("迈上4万亿元新台阶"), with the name and key of {@code name}.
   */
  static Target withLevelAtLeast(Target x, Target name) {
    return copy(x, name.indicator(), name.key(), Measure.LEVEL, Bound.AT_LEAST, x.tier());
  }

  /** {@code x} with the components a finishing touch may change; the rest as they are. */
  private static Target copy(
      Target x, String indicator, String key, Measure measure, Bound bound, Tier tier) {
    return new Target(
        indicator,
        key,
        x.value(),
        x.upper(),
        x.baseline(),
        x.unit(),
        x.normalized(),
        measure,
        bound,
        x.status(),
        tier,
        x.headline(),
        x.period(),
        x.text(),
        x.span(),
        x.sectionId());
  }

  /**
   * "新建6个国家级、20个省级临床重点专科": a class of level ("国家级") standing for a name takes the head of the next
   * figure's name when that opens with a class of its own.
   */
  static void shareClassHeads(List<Target> found) {
    for (int k = found.size() - 2; k >= 0; k--) {
      String a = found.get(k).indicator();
      String b = found.get(k + 1).indicator();
      int level = b.indexOf('级');
      if (a.endsWith("级")
          && a.length() <= TargetRules.CLASS_MAX
          && level > 0
          && level < TargetRules.CLASS_MAX
          && level + 1 < b.length()) {
        Target t = found.get(k);
        String name = a + b.substring(level + 1);
        found.set(k, copy(t, name, IndicatorKeys.key(name), t.measure(), t.bound(), t.tier()));
      }
    }
  }
}

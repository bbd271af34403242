package io.github.workreport.internal.attain;

import io.github.workreport.model.Target;
import io.github.workreport.model.TargetOutcome;
import io.github.workreport.model.Verdict;
import io.github.workreport.model.WorkReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the planned targets of one report with the results of the next: one outcome per planned
 * target, in the order of {@link ReportFigures#planned()}. Immutable; thread-safe.
 */
public final class Comparison {
  private final VerdictRules rules;

  /**
   * A comparison with the tolerances of "左右": {@code rateTolerance} percentage points for a figure
   * in % or 个百分点, {@code levelTolerance} (a fraction of the target) for any other.
   */
  public Comparison(BigDecimal rateTolerance, BigDecimal levelTolerance) {
    this.rules = new VerdictRules(rateTolerance, levelTolerance);
  }

  /**
   * The outcomes of the planned targets of {@code plan}, for {@code year} (0 when unknown: then
   * only figures without a period of their own are paired), against the results {@code outcome}
   * states.
   */
  public List<TargetOutcome> compare(WorkReport plan, WorkReport outcome, int year) {
    return compare(
        ReportFigures.of(plan, year), ReportFigures.of(outcome, year == 0 ? 0 : year + 1));
  }

  /**
   * The outcomes of the planned targets of {@code planned} (the figures of a report for its year)
   * against the results of {@code reported} (the figures of the next year's report for its year).
   */
  public List<TargetOutcome> compare(ReportFigures planned, ReportFigures reported) {
    List<TargetOutcome> out = new ArrayList<>();
    for (ReportFigures.Figure f : planned.planned()) {
      Target result = reported.resultFor(f);
      if (result == null) {
        out.add(new TargetOutcome(f.target(), null, Verdict.NO_RESULT, null));
      } else {
        VerdictRules.Judged j = rules.judge(f.target(), result);
        out.add(new TargetOutcome(f.target(), result, j.verdict(), j.gap()));
      }
    }
    return out;
  }

  /**
   * The result's value as written, in the target's measure: negated when one is a growth and the
   * other a decline (a fall of 0.7% against a price-rise target is -0.7).
   */
  public static BigDecimal resultValue(Target target, Target result) {
    boolean opposite =
        VerdictRules.inTargetMeasure(target, result).compareTo(result.normalized().value()) != 0;
    return opposite ? result.value().negate() : result.value();
  }
}

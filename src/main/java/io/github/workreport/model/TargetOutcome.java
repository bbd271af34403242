package io.github.workreport.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A planned target of one report beside the result the next report states for it.
 *
 * @param target the planned target; never null
 * @param result the reported figure for the same indicator, measure and year in the next report, or
 *     null when that report states none
 * @param verdict how the target fared; {@link Verdict#NO_RESULT} exactly when {@code result} is
 *     null
 * @param gap the result minus the target (minus the nearer end of a range), in the target's own
 *     unit as written (万人 for "900万人") and measure; null exactly when {@code result} is null
 * @since 0.1
 */
public record TargetOutcome(
    Target target, @Nullable Target result, Verdict verdict, @Nullable BigDecimal gap) {

  /** Validates the components. */
  public TargetOutcome {
    Checks.required(target, "target");
    Checks.required(verdict, "verdict");
    if ((result == null) != (verdict == Verdict.NO_RESULT)) {
      throw new IllegalArgumentException("verdict is NO_RESULT exactly when result is null");
    }
    if ((result == null) != (gap == null)) {
      throw new IllegalArgumentException("gap is null exactly when result is null");
    }
  }
}

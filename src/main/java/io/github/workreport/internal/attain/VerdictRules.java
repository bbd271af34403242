package io.github.workreport.internal.attain;

import io.github.workreport.internal.target.IndicatorKeys;
import io.github.workreport.internal.target.IndicatorKeys.Direction;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Target;
import io.github.workreport.model.Verdict;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The verdict and the gap of a planned target against a result, in exact decimals. The rules are
 * documented on {@code io.github.workreport.Attainment}. Immutable; thread-safe.
 *
 * @param rateTolerance the tolerance of "左右" for a figure in % or 个百分点, in percentage points
 * @param levelTolerance the tolerance of "左右" for any other figure, as a fraction of the target
 */
record VerdictRules(BigDecimal rateTolerance, BigDecimal levelTolerance) {
  private static final Map<String, Direction> DIRECTIONS = new HashMap<>();

  static {
    for (IndicatorKeys.Indicator i : IndicatorKeys.all()) {
      DIRECTIONS.put(i.key(), i.direction());
    }
  }

  /** A verdict with its gap, in the target's unit as written. */
  record Judged(Verdict verdict, BigDecimal gap) {}

  VerdictRules {
    Objects.requireNonNull(rateTolerance, "rateTolerance");
    Objects.requireNonNull(levelTolerance, "levelTolerance");
  }

  /** The direction of a standard indicator's key, or null for another indicator. */
  static Direction direction(String key) {
    return key == null ? null : DIRECTIONS.get(key);
  }

  /**
   * The result's normalized value in the target's measure: negated when one is a growth and the
   * other a decline (a fall of 0.7% against a growth target is -0.7).
   */
  static BigDecimal inTargetMeasure(Target target, Target result) {
    BigDecimal r = result.normalized().value();
    boolean targetFalls = target.measure() == Measure.DECLINE;
    boolean resultFalls = result.measure() == Measure.DECLINE;
    return targetFalls == resultFalls ? r : r.negate();
  }

  /** How {@code target} fared against {@code result}. */
  Judged judge(Target target, Target result) {
    BigDecimal r = inTargetMeasure(target, result);
    BigDecimal t = target.normalized().value();
    BigDecimal lo = t;
    BigDecimal hi = target.bound() == Bound.RANGE ? target.normalized().upper() : t;
    if (target.bound() == Bound.ABOUT) {
      BigDecimal tol = tolerance(target);
      lo = t.subtract(tol);
      hi = t.add(tol);
    }
    Verdict v = verdict(target, r, lo, hi);
    BigDecimal reference = t;
    if (target.bound() == Bound.RANGE) {
      BigDecimal up = target.normalized().upper();
      reference = r.subtract(t).abs().compareTo(r.subtract(up).abs()) <= 0 ? t : up;
    }
    return new Judged(v, inWrittenUnit(target, r.subtract(reference)));
  }

  private static Verdict verdict(Target target, BigDecimal r, BigDecimal lo, BigDecimal hi) {
    boolean moreIsBetter;
    boolean ceiling;
    if (target.bound() == Bound.AT_LEAST) {
      moreIsBetter = true;
      ceiling = false;
    } else if (target.bound() == Bound.AT_MOST) {
      moreIsBetter = false;
      ceiling = true;
    } else {
      Direction d = direction(target.key());
      boolean falls = target.measure() == Measure.DECLINE;
      moreIsBetter = d == null || (d == Direction.HIGHER_BETTER) != falls;
      ceiling = d == Direction.CEILING;
    }
    if (moreIsBetter) {
      if (r.compareTo(lo) < 0) {
        return Verdict.MISSED;
      }
      return r.compareTo(hi) > 0 && !ceiling ? Verdict.EXCEEDED : Verdict.MET;
    }
    if (r.compareTo(hi) > 0) {
      return Verdict.MISSED;
    }
    return r.compareTo(lo) < 0 && !ceiling ? Verdict.EXCEEDED : Verdict.MET;
  }

  /** The tolerance of "左右" for {@code target}, in its normalized unit. */
  BigDecimal tolerance(Target target) {
    String unit = target.normalized().unit();
    if ("%".equals(unit) || "个百分点".equals(unit)) {
      return rateTolerance;
    }
    return target.normalized().value().abs().multiply(levelTolerance);
  }

  /** A difference of normalized values in the target's unit as written (万人 for "900万人"). */
  private static BigDecimal inWrittenUnit(Target target, BigDecimal d) {
    BigDecimal value = target.value();
    BigDecimal normalized = target.normalized().value();
    if (value.signum() == 0 || value.compareTo(normalized) == 0) {
      return strip(d);
    }
    return strip(d.multiply(value).divide(normalized, MathContext.DECIMAL128));
  }

  private static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}

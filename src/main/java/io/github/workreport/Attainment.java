package io.github.workreport;

import io.github.workreport.internal.attain.Comparison;
import io.github.workreport.internal.attain.ReportPairing;
import io.github.workreport.internal.attain.ReportYears;
import io.github.workreport.model.DatedReport;
import io.github.workreport.model.ReportPair;
import io.github.workreport.model.TargetOutcome;
import io.github.workreport.model.WorkReport;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Did they meet it? Each planned target of one year's report against the result the next year's
 * report states. Immutable and thread-safe: build one and share it.
 *
 * <p><b>Pairing a target with its result.</b> Every {@code PLANNED} target of the plan report is
 * taken, headline targets first, then the rest in document order; a target restated later with the
 * same indicator, measure, bound, figure and period ("提出国内生产总值增长8%左右") is taken once. Its result is
 * the first {@code REPORTED} figure of the outcome report, in document order, that has the same
 * {@code key} when both have one, else the same indicator after folding (width, quotes, a leading
 * scope word such as 全国); a change for a change (a {@code GROWTH} or {@code DECLINE} target is met
 * by a growth or a decline) and an amount for an amount ({@code LEVEL} or {@code INCREMENT}); the
 * same unit once magnitude words are applied (900万人 and 9000000人 are both 人). Only figures of one
 * year count: a planned figure for another year or for several ("到2020年", "今后五年……年均增长7%", "十二五")
 * has no result, and a reported figure with a period other than the plan's year, or in a frame of
 * several years ("年均增长10.6%", "累计", a paragraph that opens "五年来" with no later word of one year
 * such as 去年, 全年, 上年 or the year itself), is not a result; nor is a reported figure whose clause
 * names a 目标 (a target restated). When nothing matches, the outcome is {@code NO_RESULT} with null
 * result and gap.
 *
 * <p><b>Verdicts.</b> All arithmetic is {@link BigDecimal} on the normalized values. The result r
 * is taken in the target's measure (a decline of 0.7% against a growth target is −0.7). The target
 * t gives a band [lo, hi]: [t, t] for {@code EXACT}, {@code AT_LEAST} and {@code AT_MOST}; [t −
 * tol, t + tol] for {@code ABOUT} ("左右"), where tol is the rate tolerance (default 0.5) for a
 * figure in % or 个百分点 and t × the level tolerance (default 0.05) for any other; [value, upper] for
 * {@code RANGE}. Which side is better: for {@code AT_LEAST} ("以上", "不低于") more is better; for
 * {@code AT_MOST} ("以内", "控制在") the target is a ceiling; otherwise the direction of the indicator's
 * key in the indicator table decides — higher-better (GDP, income, jobs), lower-better (energy
 * intensity) or a ceiling (prices, unemployment, deficit) — read in the target's measure (for a
 * lower-better indicator set as a decline, "单位国内生产总值能耗下降3%", a larger decline is better); an
 * indicator without a key is better the larger its figure. Then, where more is better: r &lt; lo is
 * {@code MISSED}, r &gt; hi is {@code EXCEEDED}, else {@code MET}; where less is better: r &gt; hi
 * is {@code MISSED}, r &lt; lo is {@code EXCEEDED}, else {@code MET}; a ceiling is never exceeded:
 * r ≤ hi is {@code MET}, else {@code MISSED}.
 *
 * <p><b>Gap.</b> r − t, or for a range r minus the nearer end (the lower end on a tie), converted
 * to the target's unit as written (a gap of 2510000 人 against a target in 万人 is 251).
 *
 * <p><b>Years.</b> {@link #date} reads the year a report is for from its metadata, else from its
 * own wording (the year its plan heading names, the year after the one its review heading or review
 * sentences name), else from a four-digit year in its name, and says which; {@link #pair} pairs
 * reports of one region for consecutive years.
 *
 * @since 0.1
 */
public final class Attainment {
  /** The default tolerance of "左右" for a figure in % or 个百分点: half a percentage point. */
  public static final BigDecimal DEFAULT_RATE_TOLERANCE = new BigDecimal("0.5");

  /** The default tolerance of "左右" for any other figure: 5% of the target. */
  public static final BigDecimal DEFAULT_LEVEL_TOLERANCE = new BigDecimal("0.05");

  private final BigDecimal rateTolerance;
  private final BigDecimal levelTolerance;
  private final Comparison comparison;

  private Attainment(Builder b) {
    this.rateTolerance = b.rateTolerance;
    this.levelTolerance = b.levelTolerance;
    this.comparison = new Comparison(rateTolerance, levelTolerance);
  }

  /** An attainment with the default tolerances. */
  public static Attainment create() {
    return builder().build();
  }

  /** A builder, with the default tolerances. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tolerance of "左右" for a figure in % or 个百分点, in percentage points. */
  public BigDecimal rateTolerance() {
    return rateTolerance;
  }

  /** The tolerance of "左右" for any other figure, as a fraction of the target (0.05 is 5%). */
  public BigDecimal levelTolerance() {
    return levelTolerance;
  }

  /**
   * The outcome of every planned target of {@code plan} against the results {@code outcome} states:
   * one per planned target, headline first, then in document order. The plan's year is read as
   * {@link #date} reads it (without a name); figures with a period of their own are paired only
   * when a year is known.
   *
   * @throws IllegalArgumentException when both reports state their year and the outcome's is not
   *     the year after the plan's
   */
  public List<TargetOutcome> compare(WorkReport plan, WorkReport outcome) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(outcome, "outcome");
    ReportYears.Found p = ReportYears.of(plan, "");
    ReportYears.Found o = ReportYears.of(outcome, "");
    if (p != null && o != null && o.year() != p.year() + 1) {
      throw new IllegalArgumentException(
          "the outcome report is for " + o.year() + ", not the year after the plan's " + p.year());
    }
    int year = p != null ? p.year() : o != null ? o.year() - 1 : 0;
    return comparison.compare(plan, outcome, year);
  }

  /** The outcome of every planned target of the pair's plan, with the years the pair gives. */
  public List<TargetOutcome> compare(ReportPair pair) {
    Objects.requireNonNull(pair, "pair");
    return comparison.compare(pair.plan().report(), pair.outcome().report(), pair.plan().year());
  }

  /**
   * {@code report} with its region and the year it is for, read from its metadata, else its text,
   * else a four-digit year standing alone in {@code name} ("2004.txt"); empty when none gives a
   * year.
   *
   * @param name the name the report was read from, such as its file path; not blank
   */
  public static Optional<DatedReport> date(String name, WorkReport report) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(report, "report");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    ReportYears.Found y = ReportYears.of(report, name);
    return y == null
        ? Optional.empty()
        : Optional.of(
            new DatedReport(name, report, report.metadata().region(), y.year(), y.source()));
  }

  /**
   * Each report paired with the report of the same region for the next year, ordered by region,
   * year and name. A report that states no region is taken to be of the region the others state
   * when they all state the same one (its {@link DatedReport#region()} in the pair says so), and is
   * left unpaired when they state several; two reports of one region and year pair with nothing.
   * Nothing is guessed.
   */
  public static List<ReportPair> pair(Collection<DatedReport> reports) {
    Objects.requireNonNull(reports, "reports");
    return ReportPairing.pairs(List.copyOf(reports));
  }

  /** Sets the tolerances of an {@link Attainment}. Not thread-safe; use from one thread. */
  public static final class Builder {
    private BigDecimal rateTolerance = DEFAULT_RATE_TOLERANCE;
    private BigDecimal levelTolerance = DEFAULT_LEVEL_TOLERANCE;

    private Builder() {}

    /**
     * The tolerance of "左右" for a figure in % or 个百分点, in percentage points (default 0.5).
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder rateTolerance(BigDecimal points) {
      this.rateTolerance = nonNegative(points, "rateTolerance");
      return this;
    }

    /**
     * The tolerance of "左右" for any other figure, as a fraction of the target (default 0.05).
     *
     * @throws IllegalArgumentException when negative
     */
    public Builder levelTolerance(BigDecimal fraction) {
      this.levelTolerance = nonNegative(fraction, "levelTolerance");
      return this;
    }

    /** An attainment with these tolerances. */
    public Attainment build() {
      return new Attainment(this);
    }

    private static BigDecimal nonNegative(BigDecimal v, String name) {
      Objects.requireNonNull(v, name);
      if (v.signum() < 0) {
        throw new IllegalArgumentException(name + " must not be negative: " + v);
      }
      return v;
    }
  }
}

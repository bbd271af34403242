package io.github.workreport.model;

import org.jspecify.annotations.Nullable;

/**
 * Two reports of one region for consecutive years: the plan report sets targets for its year, and
 * the outcome report, a year later, states the results.
 *
 * @param plan the report of the earlier year; never null
 * @param outcome the report of the next year; never null
 * @since 0.1
 */
public record ReportPair(DatedReport plan, DatedReport outcome) {

  /** Validates the components. */
  public ReportPair {
    Checks.required(plan, "plan");
    Checks.required(outcome, "outcome");
    if (outcome.year() != plan.year() + 1) {
      throw new IllegalArgumentException(
          "the outcome's year must follow the plan's: " + plan.year() + ", " + outcome.year());
    }
  }

  /** The region of the pair: the plan's when it states one, else the outcome's, else null. */
  public @Nullable String region() {
    return plan.region() != null ? plan.region() : outcome.region();
  }
}

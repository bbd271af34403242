package io.github.workreport.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A quantified statement, planned or reported.
 *
 * @param indicator what is measured, as a noun phrase; never blank
 * @param value the number as written, Chinese numerals converted; never null
 * @param upper the upper end of a {@link Bound#RANGE}, else null
 * @param unit the unit as written ("%", "亿元", "个百分点"), or null
 * @param normalized the figure with magnitude words applied; never null
 * @param measure what the figure measures; never null
 * @param bound how the figure bounds the quantity; never null
 * @param status planned or reported; never null
 * @param tier the tier of a tiered set, or null
 * @param headline whether it belongs to the main expected targets
 * @param period the time the figure is for ("2025", "2021-2025"), or null
 * @param text the clause the figure came from; never null
 * @param span where the clause stands in the report's text
 * @param sectionId the section it stands in, or null
 * @since 0.1
 */
public record Target(
    String indicator,
    BigDecimal value,
    @Nullable BigDecimal upper,
    @Nullable String unit,
    Quantity normalized,
    Measure measure,
    Bound bound,
    TargetStatus status,
    @Nullable Tier tier,
    boolean headline,
    @Nullable String period,
    String text,
    Span span,
    @Nullable String sectionId) {

  /** Validates the components. */
  public Target {
    Checks.text(indicator, "indicator");
    Checks.required(value, "value");
    Checks.optionalNonBlank(unit, "unit");
    Checks.required(normalized, "normalized");
    Checks.required(measure, "measure");
    Checks.required(bound, "bound");
    Checks.required(status, "status");
    if ((bound == Bound.RANGE) != (upper != null)) {
      throw new IllegalArgumentException("upper must be set exactly when bound is RANGE");
    }
    Checks.text(text, "text");
    Checks.required(span, "span");
  }
}

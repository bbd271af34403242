package io.github.workreport.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A quantified statement, planned or reported.
 *
 * @param indicator what is measured, as a noun phrase in the report's own words; never blank
 * @param key the stable key of a standard indicator ("gdp", "cpi", "urban-new-jobs"…) from the
 *     library's indicator table, whatever name the report uses; null when the indicator is not a
 *     standard one. Lower-case letters, digits and hyphens.
 * @param value the number as written, Chinese numerals converted; never null
 * @param upper the upper end of a {@link Bound#RANGE}, else null
 * @param baseline the start value of a from→to statement ("由61.5%上升到80.2%" gives 61.5 beside the
 *     value 80.2), in the same unit as the value; null otherwise
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
    @Nullable String key,
    BigDecimal value,
    @Nullable BigDecimal upper,
    @Nullable BigDecimal baseline,
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
    if (indicator.isBlank()) {
      throw new IllegalArgumentException("indicator must not be blank");
    }
    if (key != null && !isKey(key)) {
      throw new IllegalArgumentException("key must be lower-case words joined by hyphens: " + key);
    }
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

  /** Whether {@code s} is lower-case letters and digits in words joined by single hyphens. */
  private static boolean isKey(String s) {
    boolean wordChar = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordChar = true;
      } else if (c == '-' && wordChar) {
        wordChar = false;
      } else {
        return false;
      }
    }
    return wordChar;
  }
}

package io.github.workreport.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An exact figure with its unit, magnitude words applied (1.2万个 is 12000 个).
 *
 * @param value the figure; never null
 * @param upper the upper end of a range, or null
 * @param unit the unit without magnitude words ("元", "%", "个"), or null when the figure has none
 * @since 0.1
 */
public record Quantity(BigDecimal value, @Nullable BigDecimal upper, @Nullable String unit) {

  /** Validates the components. */
  public Quantity {
    Checks.required(value, "value");
    Checks.optionalNonBlank(unit, "unit");
  }
}

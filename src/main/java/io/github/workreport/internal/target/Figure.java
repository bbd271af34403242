package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Units;
import io.github.workreport.model.Bound;
import java.math.BigDecimal;
import java.util.List;

/**
 * One figure of a clause, read from its folded text: one value, or the parallel values of a list
 * ("分别增长2%、4%、8%"), with the unit they share and the bound written after them.
 *
 * @param start where the first number starts
 * @param end where the figure ends, unit and bound word included
 * @param values the values in order; never empty
 * @param magnitude the magnitude word before the unit ("亿", "万"), or ""
 * @param unit the unit without its magnitude ("元", "%", "元/月")
 * @param bound the bound a word after the figure sets ("以上", "左右", or 多 before the unit), or null
 * @param chinese whether the number is written in Chinese numerals
 */
record Figure(
    int start,
    int end,
    List<Value> values,
    String magnitude,
    String unit,
    Bound bound,
    boolean chinese) {

  /**
   * One value of a figure, with the upper end of a range or null, and its own unit when a list
   * gives each value one ("645元/月、4318元/年"), else null.
   */
  record Value(BigDecimal value, BigDecimal upper, String unit) {
    Value(BigDecimal value, BigDecimal upper) {
      this(value, upper, null);
    }
  }

  Figure {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a figure has a value");
    }
  }

  /** The unit as written: magnitude and unit ("亿元"); a fraction word's unit alone ("%"). */
  String unitAsWritten() {
    return magnitude + unit;
  }

  /** Whether the unit is a rate: a percentage, percentage points, per mille, 成 or 倍. */
  boolean isRate() {
    return Units.isPercent(unit) || unit.equals("成") || unit.equals("倍");
  }

  /** The first value. */
  Value first() {
    return values.get(0);
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.NumberReader;
import io.github.workreport.internal.text.Units;
import java.util.List;

/**
 * Figures whose unit is not written where they stand, for {@link FigureReader}: a list whose values
 * share the unit written after the last of them ("10.6万、3.8万、3.3万平方公里"), and counts in 万 or 亿 with
 * no unit at all ("农村贫困人口减少1240万"). Stateless.
 */
final class SharedUnits {
  private SharedUnits() {}

  /** "10.6万、3.8万、3.3万平方公里": numbers that share the unit written after the last of them. */
  static Figure list(String n, NumberReader.Number first, List<Figure.Value> values, int to) {
    int j = first.end();
    while (j < to && FigureReader.isListMark(n.charAt(j)) && values.size() < TargetRules.LIST_MAX) {
      int k = j + 1;
      NumberReader.Number next =
          k < to && NumberReader.startsNumber(n, k) ? NumberReader.read(n, k) : null;
      if (next == null
          || next.end() > to
          || !next.magnitude().equals(first.magnitude())
          || next.fraction() != null) {
        return null;
      }
      values.add(new Figure.Value(next.value(), next.upper()));
      String unit = Units.unitAt(n, next.end());
      boolean last = next.end() >= to || !FigureReader.isListMark(n.charAt(next.end()));
      if (unit == null && last && !first.magnitude().isEmpty() && endsBare(n, next.end(), to)) {
        unit = ""; // "分别增加1753万和2028万": counts in 万 with no unit written
      }
      if (unit != null) {
        Figure f =
            new Figure(
                first.start(),
                next.end() + unit.length(),
                values,
                first.magnitude(),
                unit,
                null,
                FigureReader.isChinese(n, first));
        return FigureReader.parallel(n, first, f, to);
      }
      j = next.end();
    }
    return null;
  }

  /**
   * "农村贫困人口减少1240万": a count in 万 or 亿 with no unit written, or null when the phrase goes on. The
   * values listed after it must end bare as well: a list whose later value writes a unit under
   * another magnitude ("分别达1.28万亿、1.18万亿、8200亿元", one figure has one magnitude) or that goes on to
   * a noun ("跨越7万亿、8万亿、9万亿三个大台阶") is not read here.
   */
  static Figure bare(
      String n,
      NumberReader.Number num,
      List<Figure.Value> values,
      String magnitude,
      int j,
      int to) {
    if (!endsBare(n, j, to) || !listEndsBare(n, j, to)) {
      return null;
    }
    Figure f =
        new Figure(num.start(), j, values, magnitude, "", null, FigureReader.isChinese(n, num));
    return FigureReader.parallel(n, num, f, to);
  }

  /**
   * "分别达1.28万亿、1.18万亿、8200亿元": a number in 万 or 亿 followed in its list by numbers of other
   * magnitudes, the last of which writes the unit they all leave out; the figure is the number
   * alone, with that unit, or null when no listed number within {@link TargetRules#LIST_MAX} writes
   * one.
   */
  static Figure borrowed(String n, NumberReader.Number first, int to) {
    if (first.magnitude().isEmpty() || first.fraction() != null) {
      return null;
    }
    int k = first.end();
    for (int count = 0; goesOn(n, k, to) && count < TargetRules.LIST_MAX; count++) {
      NumberReader.Number next = NumberReader.read(n, k + 1);
      if (next == null || next.end() > to || next.fraction() != null) {
        return null;
      }
      String unit = Units.unitAt(n, next.end());
      if (unit != null) {
        return new Figure(
            first.start(),
            first.end(),
            List.of(new Figure.Value(first.value(), first.upper())),
            first.magnitude(),
            unit,
            null,
            FigureReader.isChinese(n, first));
      }
      if (next.magnitude().isEmpty()) {
        return null;
      }
      k = next.end();
    }
    return null;
  }

  /** Whether the values listed from {@code j} on, if any, have no unit and end their phrase. */
  private static boolean listEndsBare(String n, int j, int to) {
    int k = j;
    for (int count = 0; goesOn(n, k, to) && count < TargetRules.LIST_MAX; count++) {
      NumberReader.Number next = NumberReader.read(n, k + 1);
      if (next == null || next.end() > to || Units.unitAt(n, next.end()) != null) {
        return false;
      }
      k = next.end();
    }
    return k == j || endsBare(n, k, to);
  }

  /** Whether a list mark at {@code k} is followed by a number before {@code to}. */
  private static boolean goesOn(String n, int k, int to) {
    return k + 1 < to
        && FigureReader.isListMark(n.charAt(k))
        && NumberReader.startsNumber(n, k + 1);
  }

  /**
   * Whether a number with a magnitude and no unit ends its phrase at {@code j}: the clause ends, or
   * a bound word ("以上", "左右") closes it.
   */
  private static boolean endsBare(String n, int j, int to) {
    String bound = j < to ? FigureReader.boundWordAt(n, j) : null;
    int e = bound != null && j + bound.length() <= to ? j + bound.length() : j;
    return e >= to || BARE_END.indexOf(n.charAt(e)) >= 0;
  }

  /** Marks that may close a count written in 万 without its unit. */
  private static final String BARE_END = ",;。、:)!?";
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.NumberReader;

/**
 * Reads a range whose two ends each carry the unit ("六百吨到八百五十吨之间", "1200亿斤至1300亿斤"), which the
 * number reader, reading one number, leaves as two figures. Stateless.
 */
final class UnitRanges {
  private UnitRanges() {}

  /** Letters joining the ends of a range written with its unit at both ("600吨到850吨"). */
  private static final String JOINS = "到至-—~";

  /**
   * Where a range ends whose lower end {@code num} (unit ending at {@code j}) is written with its
   * unit and joined by 到, 至 or a dash to a higher end in the same magnitude and unit
   * ("六百吨到八百五十吨之间"), past a closing 之间; -1 when none. After 从 or 由 the two are a change from one to
   * the other.
   */
  static int end(String n, NumberReader.Number num, String magnitude, String unit, int j, int to) {
    if (num.upper() != null
        || num.fraction() != null
        || "年".equals(unit)
        || j + 1 >= to
        || JOINS.indexOf(n.charAt(j)) < 0
        || num.start() > 0 && "从由".indexOf(n.charAt(num.start() - 1)) >= 0
        || !NumberReader.startsNumber(n, j + 1)) {
      return -1;
    }
    NumberReader.Number high = NumberReader.read(n, j + 1);
    if (high == null) {
      return -1;
    }
    int end = high.end() + unit.length();
    if (high.upper() != null
        || high.fraction() != null
        || !high.magnitude().equals(magnitude)
        || end > to
        || !n.startsWith(unit, high.end())
        || high.value().compareTo(num.value()) <= 0) {
      return -1;
    }
    return n.startsWith("之间", end) && end + 2 <= to ? end + 2 : end;
  }
}

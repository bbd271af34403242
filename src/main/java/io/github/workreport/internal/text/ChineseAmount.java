package io.github.workreport.internal.text;

import java.math.BigDecimal;

/**
 * The value of a Chinese numeral up to 亿, for {@link NumberReader}: positional digits ("二〇二五") and
 * unit forms ("三万五", "十万零一千", "三亿五千万"), where {@link ChineseNumerals} reads only the whole numbers
 * of headings and dates. Stateless.
 */
final class ChineseAmount {
  private ChineseAmount() {}

  /**
   * The value of a Chinese numeral: positional digits ("二〇二五") or unit forms with 十百千万亿, where a
   * digit after the last unit is one unit down ("三万五" 35000, "一百二" 120) and 零 only holds a place
   * ("十万零一千" 101000). Null when malformed.
   */
  static BigDecimal value(String s, int from, int to) {
    if (from >= to) {
      return null;
    }
    boolean units = false;
    for (int k = from; k < to; k++) {
      if (isUnitChar(s.charAt(k))) {
        units = true;
      }
    }
    if (!units) {
      return positional(s, from, to);
    }
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    long digit = -1;
    long lastUnit = 0;
    boolean zeroSeen = false;
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (isUnitChar(c)) {
        long u = unitValue(c);
        if (u >= 10000) {
          section = section.add(BigDecimal.valueOf(Math.max(digit, 0)));
          if (section.signum() == 0) {
            section = BigDecimal.ONE;
          }
          // 亿 scales all before it; 万 only its own group ("三亿五千万")
          total =
              u > 10000
                  ? total.add(section).multiply(BigDecimal.valueOf(u))
                  : total.add(section.multiply(BigDecimal.valueOf(u)));
          section = BigDecimal.ZERO;
          lastUnit = u;
        } else {
          long d = digit < 0 ? 1 : digit;
          section = section.add(BigDecimal.valueOf(d * u));
          lastUnit = u;
        }
        digit = -1;
        zeroSeen = false;
      } else {
        int d = ChineseNumerals.digit(c);
        if (d == 0) {
          zeroSeen = true;
          continue;
        }
        if (digit > 0) {
          return null; // "二三十" is no number
        }
        digit = d;
      }
    }
    if (digit > 0) {
      // a last digit right after a unit is one unit down: 三万五 = 35000, 一百二 = 120
      long scale = !zeroSeen && lastUnit >= 100 ? lastUnit / 10 : 1;
      section = section.add(BigDecimal.valueOf(digit * scale));
    }
    return total.add(section);
  }

  /** Digits without units ("二〇二五"), up to 12 of them; else null. */
  private static BigDecimal positional(String s, int from, int to) {
    if (to - from > 12) {
      return null;
    }
    StringBuilder d = new StringBuilder();
    for (int k = from; k < to; k++) {
      d.append(ChineseNumerals.digit(s.charAt(k)));
    }
    return new BigDecimal(d.toString());
  }

  /** Whether {@code c} is one of the units 十百千万亿. */
  static boolean isUnitChar(char c) {
    return c == '\u5341' || c == '\u767E' || c == '\u5343' || c == '\u4E07' || c == '\u4EBF';
  }

  /** The value of 十百千万 (from {@link ChineseNumerals}) or 亿. */
  private static long unitValue(char c) {
    return c == '\u4EBF' ? 100000000L : ChineseNumerals.unit(c);
  }
}

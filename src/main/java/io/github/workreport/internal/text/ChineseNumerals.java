package io.github.workreport.internal.text;

/**
 * Reads the whole numbers that number headings and dates: Chinese numerals (十一, 二十三, 一百零五, 两千),
 * digit-by-digit years (二〇二五, 一九五五) and ASCII digits.
 *
 * <p>A table-driven reader rather than ICU's {@code RuleBasedNumberFormat}: markers are read on
 * every line, ICU's spellout parser costs tens of microseconds a call, and it does not read the
 * digit-by-digit forms of years.
 */
public final class ChineseNumerals {
  private ChineseNumerals() {}

  /** Returns the digit value of a Chinese numeral character, or -1. */
  public static int digit(char c) {
    switch (c) {
      case '\u3007':
      case '\u96F6':
      case '\u25CB':
        return 0;
      case '\u4E00':
        return 1;
      case '\u4E8C':
      case '\u4E24':
        return 2;
      case '\u4E09':
        return 3;
      case '\u56DB':
        return 4;
      case '\u4E94':
        return 5;
      case '\u516D':
        return 6;
      case '\u4E03':
        return 7;
      case '\u516B':
        return 8;
      case '\u4E5D':
        return 9;
      default:
        return c >= '0' && c <= '9' ? c - '0' : -1;
    }
  }

  /** Returns the power of ten of a unit character 十百千万, or 0. */
  static int unit(char c) {
    switch (c) {
      case '\u5341':
        return 10;
      case '\u767E':
        return 100;
      case '\u5343':
        return 1000;
      case '\u4E07':
        return 10000;
      default:
        return 0;
    }
  }

  /** Returns whether {@code c} can stand in a Chinese or Arabic whole number. */
  public static boolean isNumeralChar(char c) {
    return digit(c) >= 0 || unit(c) > 0;
  }

  /**
   * Reads {@code s[from, to)} as a whole number, or returns -1 when it is not one. Positional digit
   * strings ("二〇二五", "2025") and unit forms ("二十三", "十一", "一百零五") are both read. Values above
   * {@link Integer#MAX_VALUE} give -1.
   */
  public static long parse(CharSequence s, int from, int to) {
    if (from >= to) {
      return -1;
    }
    boolean hasUnit = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (unit(c) > 0) {
        hasUnit = true;
      } else if (digit(c) < 0) {
        return -1;
      }
    }
    return hasUnit ? unitForm(s, from, to) : positional(s, from, to);
  }

  /** "二〇二五", "2025": digits by place; -1 past nine of them. */
  private static long positional(CharSequence s, int from, int to) {
    if (to - from > 9) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + digit(s.charAt(i));
    }
    return v;
  }

  /** "二十三", "一百零五", "三万二千": digits each before its unit; -1 when not a whole number. */
  private static long unitForm(CharSequence s, int from, int to) {
    long total = 0;
    long section = 0;
    long pending = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int u = unit(c);
      if (u == 0) {
        if (pending > 0) {
          return -1; // two digits in a row inside a unit form ("二三十") is not a whole number
        }
        pending = digit(c);
        continue;
      }
      // "一千〇十": a ten right after a zero is one ten
      long d = pending < 0 || (pending == 0 && u == 10) ? 1 : pending;
      if (u == 10000) {
        section += pending < 0 ? 0 : pending;
        if (section == 0) {
          section = 1;
        }
        total += section * 10000;
        section = 0;
      } else {
        if (pending < 0 && i > from && u != 10) {
          return -1; // a unit with no digit before it ("百" after "十") is malformed
        }
        section += d * u;
      }
      pending = -1;
      if (total > Integer.MAX_VALUE) {
        return -1;
      }
    }
    if (pending > 0) {
      section += pending;
    }
    long v = total + section;
    return v > Integer.MAX_VALUE ? -1 : v;
  }

  /** Reads the whole of {@code s} as a whole number, or returns -1. */
  public static long parse(CharSequence s) {
    return parse(s, 0, s.length());
  }
}

package io.github.workreport.internal.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Reads the figures of a report from normalised text: Arabic numbers (1,234.5, and "4 9 2 5 0" as
 * some transcriptions space their digits), Chinese numerals (十九, 二〇二五, 两, 三万五, 一百二, 十万零一千, 十点七),
 * mixes with magnitude words (1.2万, 3千万, 一万五千亿), 百分之五, 千分之十, 三成, and ranges (4.5%—5%, 6%至7%,
 * 百分之八至九, 两三个, 两到三万).
 *
 * <p>A reader of its own rather than ICU's {@code RuleBasedNumberFormat}: it must keep decimals
 * exact (16.4亿 is 1640000000, never 1639999999), read the colloquial forms ICU refuses (三万五, 一百二,
 * 两三个) and run on every figure of a report, where ICU's parser costs tens of microseconds a call.
 * The test suite checks it against ICU on the standard spellings. Stateless.
 */
public final class NumberReader {
  private NumberReader() {}

  /**
   * A number read from the text.
   *
   * @param start where it starts
   * @param end where it ends, magnitude word included
   * @param value the number as written, magnitude word excluded (16.4 of 16.4亿)
   * @param upper the upper end of a range, or null
   * @param magnitude the magnitude word after it ("亿", "万"), or "" when none
   * @param fraction the unit its fraction word sets: "%" for 百分之…, "‰" for 千分之…, else null
   */
  public record Number(
      int start, int end, BigDecimal value, BigDecimal upper, String magnitude, String fraction) {
    /** Whether it was written 百分之… */
    public boolean percent() {
      return "%".equals(fraction);
    }
  }

  /**
   * Most digits of an Arabic number, before and after the point. No quantity of a report comes near
   * (a budget in yuan has 13, an identity number 18); a longer run is an identifier or noise, and
   * reading it as a number would cost time that grows with the square of its length.
   */
  static final int MAX_DIGITS = 24;

  /** Most characters of a Chinese numeral ("一千二百三十四万五千六百七十八亿" has 16). */
  static final int MAX_CHINESE = 24;

  private static final String PERCENT_WORD = "百分之";
  private static final String PER_MILLE_WORD = "千分之";

  /**
   * One bit per character that may open a number (digits, Chinese digits, 十, 百): the test runs at
   * every character of every clause, and almost every character is no such one.
   */
  private static final long[] STARTERS = new long[1024];

  /** Every character {@link ChineseNumerals#digit} reads, and 十, 百, 千. */
  static final String STARTER_CHARS = "0123456789\u3007\u96F6\u25CB一二两三四五六七八九十百千";

  static {
    // the characters are listed rather than found by a loop over every char, which would cost
    // milliseconds of interpretation at every start of a JVM
    for (int k = 0; k < STARTER_CHARS.length(); k++) {
      char c = STARTER_CHARS.charAt(k);
      STARTERS[c >>> 6] |= 1L << (c & 63);
    }
  }

  /** Whether a number can start at {@code i}. */
  public static boolean startsNumber(String s, int i) {
    char c = s.charAt(i);
    if ((STARTERS[c >>> 6] & (1L << (c & 63))) == 0) {
      return false;
    }
    return (c >= '0' && c <= '9')
        || isChineseDigit(c)
        || c == '\u5341'
        || s.startsWith(PERCENT_WORD, i)
        || s.startsWith(PER_MILLE_WORD, i);
  }

  /** Reads the number at {@code i}, or returns null. */
  public static Number read(String s, int i) {
    String fraction =
        s.startsWith(PERCENT_WORD, i) ? "%" : s.startsWith(PER_MILLE_WORD, i) ? "\u2030" : null;
    if (fraction != null) {
      Number n = readPlain(s, i + PERCENT_WORD.length());
      if (n == null) {
        return null;
      }
      // 百分之八至九, 百分之二到百分之三: a range of fraction words
      int k = rangeNext(s, n.end);
      if (k > 0 && s.startsWith(fraction.equals("%") ? PERCENT_WORD : PER_MILLE_WORD, k)) {
        k += PERCENT_WORD.length();
      }
      Number second = k > 0 ? readPlain(s, k) : null;
      if (second != null
          && second.value.compareTo(n.value) > 0
          && second.magnitude.isEmpty()
          && !isYear(s, second)) {
        return new Number(i, second.end, n.value, second.value, "", fraction);
      }
      return new Number(i, n.end, n.value, null, n.magnitude, fraction);
    }
    Number first = readPlain(s, i);
    if (first == null) {
      return null;
    }
    // a range: 6%至7%, 4.5%—5%, 6-7%, 两到三万
    int j = first.end;
    int unitEnd = j;
    String unit = Units.unitAt(s, j);
    if ("%".equals(unit)) {
      unitEnd = j + 1;
    }
    int k = rangeNext(s, unitEnd);
    if (k > 0
        && startsNumber(s, k)
        && !s.startsWith(PERCENT_WORD, k)
        && !s.startsWith(PER_MILLE_WORD, k)) {
      Number second = readPlain(s, k);
      if (second != null
          && second.value.compareTo(first.value) > 0
          && !isYear(s, second)
          && (first.magnitude.isEmpty() || first.magnitude.equals(second.magnitude))) {
        return new Number(i, second.end, first.value, second.value, second.magnitude, null);
      }
    }
    return first;
  }

  /** "由…百分之三十九点七到一九五七年…": a number followed by 年 is a year, never the end of a range. */
  private static boolean isYear(String s, Number n) {
    return n.end < s.length()
        && s.charAt(n.end) == '\u5e74'
        && n.magnitude.isEmpty()
        && n.value.compareTo(BigDecimal.valueOf(1000)) >= 0;
  }

  /** Where the second number of a range starts when a range mark stands at {@code at}, else -1. */
  private static int rangeNext(String s, int at) {
    if (at >= s.length() || !isRangeMark(s, at)) {
      return -1;
    }
    int k = at + (s.startsWith("\u2014\u2014", at) ? 2 : 1);
    return k < s.length() ? k : -1;
  }

  private static boolean isRangeMark(String s, int at) {
    char c = s.charAt(at);
    return c == '\u2014'
        || c == '-'
        || c == '~'
        || c == '\u301C'
        || c == '\u2013'
        || c == '\u81F3'
        || c == '\u5230';
  }

  /** One number, Arabic or Chinese, with its magnitude word. */
  private static Number readPlain(String s, int i) {
    if (i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    if (c >= '0' && c <= '9') {
      return arabic(s, i);
    }
    if (isChineseDigit(c) || c == '\u5341') {
      return chinese(s, i);
    }
    return null;
  }

  private static Number arabic(String s, int i) {
    // digits gathered into a long while they fit (every figure of a report does), else into text
    long unscaled = 0;
    int count = 0;
    int scale = -1;
    StringBuilder big = null;
    int j = i;
    // "4 9 2 5 0 万吨", "8 ．8 ％": a transcription that sets a space after every digit
    boolean spaced =
        i + 2 < s.length()
            && s.charAt(i + 1) == ' '
            && (isDigit(s.charAt(i + 2)) || s.charAt(i + 2) == '.');
    while (j < s.length()) {
      char c = s.charAt(j);
      if (spaced
          && c == ' '
          && j + 1 < s.length()
          && (isDigit(s.charAt(j + 1)) || s.charAt(j + 1) == '.')) {
        j++;
        continue;
      }
      if (c >= '0' && c <= '9') {
        if (count == MAX_DIGITS) {
          return null;
        }
        if (count < 18) {
          unscaled = unscaled * 10 + (c - '0');
        } else {
          if (big == null) {
            big = new StringBuilder().append(unscaled);
          }
          big.append(c);
        }
        count++;
        if (scale >= 0) {
          scale++;
        }
        j++;
      } else if (c == ',' && j + 3 < s.length() + 1 && isThreeDigits(s, j + 1)) {
        j++; // a thousands separator: exactly three digits follow
      } else if (c == '.'
          && j + 1 < s.length()
          && Character.isDigit(s.charAt(j + 1))
          && scale < 0) {
        scale = 0;
        j++;
      } else {
        break;
      }
    }
    int fraction = Math.max(scale, 0);
    BigDecimal v =
        big == null
            ? BigDecimal.valueOf(unscaled, fraction)
            : new BigDecimal(new BigInteger(big.toString()), fraction);
    return withMagnitude(s, i, pastOneSpace(s, i, j), v);
  }

  /**
   * Where a number's magnitude or unit starts: one space between them ("1 亿吨", "增长 52 ％") is no
   * gap.
   */
  private static int pastOneSpace(String s, int i, int j) {
    boolean spaced =
        j + 1 < s.length()
            && s.charAt(j) == ' '
            && j > i
            && (Units.magnitudeAt(s, j + 1) != null || Units.unitAt(s, j + 1) != null);
    return spaced ? j + 1 : j;
  }

  /** The number {@code v} read from {@code s[i, j)} with the magnitude word after it, if any. */
  private static Number withMagnitude(String s, int i, int end, BigDecimal v) {
    int j = end;
    String mag = Units.magnitudeAt(s, j);
    if (mag != null
        && (mag.equals("\u5343") || mag.equals("\u767E"))
        && Units.magnitudeAt(s, j + 1) == null
        && Units.unitAt(s, j + 1) == null) {
      mag = null; // 百, 千 alone are magnitude words only before a unit or another magnitude
    }
    if (mag == null) {
      return new Number(i, j, v, null, "", null);
    }
    j += mag.length();
    // "25万6千": a second group in the next magnitude down
    if (j < s.length() && Character.isDigit(s.charAt(j))) {
      int k = j;
      while (k < s.length() && k - j <= MAX_DIGITS && Character.isDigit(s.charAt(k))) {
        k++;
      }
      String mag2 = Units.magnitudeAt(s, k);
      if (mag2 != null
          && k - j <= MAX_DIGITS
          && Units.magnitude(mag2).compareTo(Units.magnitude(mag)) < 0) {
        BigDecimal total =
            v.multiply(Units.magnitude(mag))
                .add(new BigDecimal(s.substring(j, k)).multiply(Units.magnitude(mag2)));
        return new Number(i, k + mag2.length(), total, null, "", null);
      }
    }
    return new Number(i, j, v, null, mag, null);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isThreeDigits(String s, int at) {
    if (at + 3 > s.length()) {
      return false;
    }
    for (int k = at; k < at + 3; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return at + 3 == s.length() || !Character.isDigit(s.charAt(at + 3));
  }

  /** Chinese numerals, with a trailing 万, 亿 or 万亿 kept apart as the magnitude. */
  private static Number chinese(String s, int i) {
    int j = i;
    while (j < s.length()
        && j - i <= MAX_CHINESE
        && (isChineseDigit(s.charAt(j)) || ChineseAmount.isUnitChar(s.charAt(j)))) {
      j++;
    }
    if (j - i > MAX_CHINESE) {
      return null; // the scan stops here, so a long run read from each of its characters stays
      // linear
    }
    // two adjacent digits without a unit: a range, 两三个 is 2 to 3
    if (j - i == 2 && isChineseDigit(s.charAt(i)) && isChineseDigit(s.charAt(i + 1))) {
      int a = ChineseNumerals.digit(s.charAt(i));
      int b = ChineseNumerals.digit(s.charAt(i + 1));
      if (a > 0 && b == a + 1) {
        String mag = Units.magnitudeAt(s, j);
        int end = j + (mag == null ? 0 : mag.length());
        return new Number(
            i, end, BigDecimal.valueOf(a), BigDecimal.valueOf(b), mag == null ? "" : mag, null);
      }
    }
    int end = j;
    String mag = "";
    if (s.startsWith("\u4E07\u4EBF", end - 2) && end - 2 > i) {
      mag = "\u4E07\u4EBF";
      end -= 2;
    } else if (end - 1 > i
        && (s.charAt(end - 1) == '\u4EBF'
            || (s.charAt(end - 1) == '\u4E07' && s.substring(i, end - 1).indexOf('\u4EBF') < 0))) {
      // a trailing 万 under a 亿 belongs to the number ("三亿五千万"), not to the unit
      mag = String.valueOf(s.charAt(end - 1));
      end -= 1;
    }
    BigDecimal v = ChineseAmount.value(s, i, end);
    if (v == null) {
      return null;
    }
    // 十点七, 百分之二点五: decimals after 点, digit by digit
    if (mag.isEmpty()
        && j + 1 < s.length()
        && s.charAt(j) == '点'
        && isChineseDigit(s.charAt(j + 1))) {
      int k = j + 1;
      StringBuilder digits = new StringBuilder(v.toPlainString()).append('.');
      while (k < s.length() && isChineseDigit(s.charAt(k))) {
        if (k - j > MAX_CHINESE) {
          return null;
        }
        digits.append(ChineseNumerals.digit(s.charAt(k)));
        k++;
      }
      return new Number(i, k, new BigDecimal(digits.toString()), null, "", null);
    }
    return new Number(i, j, v, null, mag, null);
  }

  private static boolean isChineseDigit(char c) {
    int d = ChineseNumerals.digit(c);
    return d >= 0 && !(c >= '0' && c <= '9');
  }
}

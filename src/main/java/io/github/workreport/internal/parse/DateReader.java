package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Years;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Finds calendar dates in normalised text: "2025年1月4日", "二〇二五年一月四日", "2023-08-02", "2023/08/02",
 * "2023.08.02". Each attempt reads a bounded number of characters, so a scan is linear. Stateless.
 */
public final class DateReader {
  private DateReader() {}

  /**
   * A date found in a text.
   *
   * @param start where it starts
   * @param end where it ends
   * @param date the date
   */
  public record Found(int start, int end, LocalDate date) {}

  /** Returns the first date at or after {@code from}, or null. */
  public static Found find(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (ChineseNumerals.digit(s.charAt(i)) >= 0
          && (i == 0 || ChineseNumerals.digit(s.charAt(i - 1)) < 0)) {
        Found f = at(s, i);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  private static Found at(String s, int start) {
    int i = start;
    int yEnd = digitsEnd(s, i, 4);
    if (yEnd - i != 4) {
      return null;
    }
    int year = (int) ChineseNumerals.parse(s, i, yEnd);
    if (yEnd >= s.length()) {
      return null;
    }
    char sep = s.charAt(yEnd);
    if (sep == '年') {
      int mStart = yEnd + 1;
      int mEnd = numberEnd(s, mStart);
      if (mEnd == mStart || mEnd >= s.length() || s.charAt(mEnd) != '月') {
        return null;
      }
      int dStart = mEnd + 1;
      int dEnd = numberEnd(s, dStart);
      if (dEnd == dStart
          || dEnd >= s.length()
          || (s.charAt(dEnd) != '日' && s.charAt(dEnd) != '号')) {
        return null;
      }
      return make(
          start,
          dEnd + 1,
          year,
          ChineseNumerals.parse(s, mStart, mEnd),
          ChineseNumerals.parse(s, dStart, dEnd));
    }
    if (sep == '-' || sep == '/' || sep == '.') {
      int mStart = yEnd + 1;
      int mEnd = digitsEnd(s, mStart, 2);
      if (mEnd == mStart || mEnd >= s.length() || s.charAt(mEnd) != sep) {
        return null;
      }
      int dStart = mEnd + 1;
      int dEnd = digitsEnd(s, dStart, 2);
      if (dEnd == dStart || (dEnd < s.length() && Character.isDigit(s.charAt(dEnd)))) {
        return null;
      }
      return make(
          start,
          dEnd,
          year,
          ChineseNumerals.parse(s, mStart, mEnd),
          ChineseNumerals.parse(s, dStart, dEnd));
    }
    return null;
  }

  private static Found make(int start, int end, int year, long month, long day) {
    if (!Years.contains(year) || month < 1 || day < 1) {
      return null;
    }
    try {
      return new Found(start, end, LocalDate.of(year, (int) month, (int) day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** End of a run of at most {@code max} digits, Arabic or Chinese positional. */
  private static int digitsEnd(String s, int i, int max) {
    int end = i;
    while (end < s.length() && end - i < max && ChineseNumerals.digit(s.charAt(end)) >= 0) {
      end++;
    }
    return end;
  }

  /** End of a month or day number: digits, or Chinese numerals with 十 ("十二", "二十一"). */
  private static int numberEnd(String s, int i) {
    int end = i;
    while (end < s.length() && end - i < 3 && ChineseNumerals.isNumeralChar(s.charAt(end))) {
      end++;
    }
    return end;
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Years;

/**
 * The time a figure is for: the nearest year, stretch of years or five-year plan named before it in
 * its sentence that is not the base of a comparison. "比1980年增长5.5%", "较2020年下降13.5%", "与2020年相比",
 * "以2020年为基数" and "由2020年的56%提高到…" name the year a figure is compared with, not its own, and are
 * passed over; "“十一五”前四年" is the plan's first four years. Stateless.
 */
final class FigurePeriod {
  private FigurePeriod() {}

  /** Letters before a year that make it the base of a comparison ("比1980年", "较2020年"). */
  private static final String COMPARED_WITH = "比较";

  /** Letters before a year that make it a base when a comparison word follows ("与2020年相比"). */
  private static final String COMPARED_TOGETHER = "与同和跟";

  /** How many letters may name what is compared between a year and 相比 ("同1955年国家决算比较"). */
  private static final int COMPARED_GAP_MAX = 6;

  /** Letters before a year that make it the start of a from→to statement ("由2020年的56%"). */
  private static final String FROM = "由从";

  /**
   * The period of the figure at {@code at} in the folded text {@code n} whose sentence starts at
   * {@code sentenceFrom}: "2025", "2021-2025", or null when its sentence names none.
   */
  static String of(String n, int sentenceFrom, int at) {
    int from = Math.max(sentenceFrom, at - TargetRules.CONTEXT);
    for (int k = at - 1; k >= from; k--) {
      char c = n.charAt(k);
      if (StatusWords.isPresent(n, k) || relativeYear(n, from, k)) {
        // "一九五八年初有…，现在已经合并…", "从2003年到2006年…，其中去年超收…": a year named before
        // "now" or "last year" is not the figure's
        return null;
      }
      if (c == '年') {
        int end = k - 1 > from && n.charAt(k - 1) == ' ' ? k - 1 : k; // "2006 年"
        String year = arabicYear(n, from, end, at);
        year = year != null ? year : chineseYear(n, from, k);
        if (year != null && !isBase(n, from, end - 4, k + 1, at)) {
          return year;
        }
        int before = yearsBefore(n, from, k);
        if (before > 0 && !isBase(n, from, k - 2, k + 1, at)) {
          // "2006年，…由前三年分别上升4.9%": the years before the one named earlier in the sentence
          int named = yearNamedBefore(n, from, k - 2);
          return named == 0 ? null : (named - before) + "-" + (named - 1);
        }
      }
      if (c == '五' && k - 2 >= from && n.charAt(k - 2) == '十' && !planIsBase(n, from, k - 2)) {
        long num = ChineseNumerals.parse(n, k - 2, k);
        if (num >= 3 && num < 20) {
          int startYear = 1966 + 5 * (int) (num - 3); // the third five-year plan began in 1966
          int first = firstYears(n, k + 1, at);
          return startYear + "-" + (startYear + (first > 0 ? first : 5) - 1);
        }
      }
    }
    return null;
  }

  /**
   * The nearest year in Arabic digits named in {@code n[from, to)}, or 0, also when another count
   * of years before a named one comes first ("1956年…前三年…，使前四年…": which years is then unclear).
   */
  private static int yearNamedBefore(String n, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (n.charAt(k) == '年' && yearsBefore(n, from, k) > 0) {
        return 0;
      }
      int end = k - 1 > from && n.charAt(k - 1) == ' ' ? k - 1 : k;
      String year = n.charAt(k) == '年' ? arabicYear(n, from, end, to) : null;
      if (year != null && year.length() == 4) {
        return Integer.parseInt(year);
      }
    }
    return 0;
  }

  /** The year in Arabic digits ending at {@code end} ("2025", "1979-1983"), or null. */
  private static String arabicYear(String n, int from, int end, int at) {
    int k = end;
    if (k - 4 < from
        || !isDigits(n, k - 4, k)
        || (k - 4 > from && isDigit(n.charAt(k - 5)))
        || (k + 3 <= at && n.startsWith("以来", k + 1))) {
      return null;
    }
    int yr = Integer.parseInt(n, k - 4, k, 10);
    return Years.contains(yr) ? yearsFrom(n, from, k - 4) + n.substring(k - 4, k) : null;
  }

  /**
   * "前三年" (the 年 at {@code k}): how many years before a named one the words count (2 to 9), or 0;
   * the first years of a plan ("“十一五”前四年") are the plan's.
   */
  private static int yearsBefore(String n, int from, int k) {
    if (k - 3 < from || n.charAt(k - 2) != '前') {
      return 0;
    }
    int count = n.charAt(k - 1) == '两' ? 2 : ChineseNumerals.digit(n.charAt(k - 1));
    int i = k - 3;
    while (i > from && (n.charAt(i) == '”' || n.charAt(i) == '"')) {
      i--;
    }
    boolean plan = n.charAt(i) == '五' && i - 2 >= from && n.charAt(i - 2) == '十';
    return count >= 2 && !plan ? count : 0;
  }

  /**
   * Whether the year {@code n[start, after)} (its 年 included) is the base of a comparison for the
   * figure at {@code at}: after 比 or 较, between 与/同 and 相比, between 以 and 为基…, after 由/从 with 的
   * after it, or the year of constant prices ("按1990年不变价格"). A year whose 的 the figure directly
   * follows ("比1952年的827亿元") is that figure's own, unless a multiple of it follows that 的
   * ("是2010年的2.2倍"): then it is the base for every figure after it.
   */
  static boolean isBase(String n, int from, int start, int after, int at) {
    if (start <= from) {
      return false;
    }
    char before = n.charAt(start - 1);
    int e = after < at && (n.charAt(after) == '底' || n.charAt(after) == '末') ? after + 1 : after;
    boolean of = n.startsWith("的", e);
    if (of && MULTIPLE_OF.indexOf(before) >= 0 && timesAfter(n, e + 1)) {
      return true; // "是2010年的2.2倍，全年…建成432万套": a base for every figure after it too
    }
    if (of && e + 1 == at) {
      return false;
    }
    if (FROM.indexOf(before) >= 0 && n.charAt(start) == '前') {
      return clauseBetween(n, after, at); // "由前三年分别上升4.9%，转为下降1.2%": the start of a change
    }
    return COMPARED_WITH.indexOf(before) >= 0
        || COMPARED_TOGETHER.indexOf(before) >= 0 && comparedAfter(n, e, at)
        || before == '以' && n.startsWith("为基", e)
        || FROM.indexOf(before) >= 0 && n.startsWith("的", e)
        || n.startsWith("不变价", e)
        || n.startsWith("价格", e);
  }

  /** Letters before a year that, with 的 and a multiple after it, make it a base ("是2010年的2.2倍"). */
  private static final String MULTIPLE_OF = "是为于";

  /** How many letters a multiple's number may take before its 倍. */
  private static final int MULTIPLE_MAX = 8;

  /** Whether the number at {@code at} is a multiple ("2.2倍", "两倍多"), read up to its 倍. */
  private static boolean timesAfter(String n, int at) {
    for (int i = at; i < Math.min(n.length(), at + MULTIPLE_MAX); i++) {
      char c = n.charAt(i);
      if (c == '倍') {
        return i > at;
      }
      if (!isDigit(c) && c != '.' && "零一二两三四五六七八九十百点".indexOf(c) < 0) {
        return false;
      }
    }
    return false;
  }

  /**
   * Whether a comparison word closes the phrase at {@code e} within a few letters ("相比", "国家决算比较"),
   * before any mark and the figure.
   */
  private static boolean comparedAfter(String n, int e, int at) {
    int end = Math.min(at, e + COMPARED_GAP_MAX + 2);
    for (int i = e; i + 2 <= end; i++) {
      if (SubjectReader.isEdgeMark(n.charAt(i))) {
        return false;
      }
      if (n.startsWith("相比", i) || n.startsWith("比较", i) || n.startsWith("对比", i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The period of value {@code index} of the {@code count} values of the figure at {@code at} whose
   * whole figure is for {@code period}: one year each when a stretch of as many years is spread by
   * 分别 over the values ("2021年到2023年分别增长5%、6%、7%", "由前三年分别上升4.9%、5.5%、0.2%"), else {@code period}.
   */
  static String each(String period, String n, int sentenceFrom, int at, int index, int count) {
    int dash = period == null ? -1 : period.indexOf('-');
    if (dash < 0 || count < 2) {
      return period;
    }
    int first = Integer.parseInt(period.substring(0, dash));
    int last = Integer.parseInt(period.substring(dash + 1));
    int each = n.lastIndexOf("分别", at);
    boolean spread = each >= sentenceFrom && !clauseBetween(n, each, at);
    return spread && last - first + 1 == count ? Integer.toString(first + index) : period;
  }

  /** Whether 去年 or 今年 starts at {@code k}, not as a base ("比去年", "由今年预计的3%"). */
  private static boolean relativeYear(String n, int from, int k) {
    char c = n.charAt(k); // asked at every letter before every figure: a char test first
    boolean named = (c == '去' || c == '今') && n.startsWith("年", k + 1);
    return named && (k == from || (COMPARED_WITH + FROM).indexOf(n.charAt(k - 1)) < 0);
  }

  /** Whether the plan named from {@code k} ("十三五") is a base: "较“十三五”期末增长36.2%". */
  private static boolean planIsBase(String n, int from, int k) {
    int i = k - 1;
    while (i >= from && (n.charAt(i) == '“' || n.charAt(i) == '"')) {
      i--;
    }
    return i >= from && COMPARED_WITH.indexOf(n.charAt(i)) >= 0;
  }

  private static boolean clauseBetween(String n, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = n.charAt(i);
      if (c == ',' || c == ';' || c == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * "“十一五”前四年": how many of a plan's years the words at {@code i} name (1 to 4), or 0 when they
   * name none.
   */
  private static int firstYears(String n, int i, int at) {
    while (i < at && (n.charAt(i) == '”' || n.charAt(i) == '"')) {
      i++;
    }
    if (i + 3 > at || (n.charAt(i) != '前' && n.charAt(i) != '头') || n.charAt(i + 2) != '年') {
      return 0;
    }
    int count = n.charAt(i + 1) == '两' ? 2 : ChineseNumerals.digit(n.charAt(i + 1));
    return count >= 1 && count <= 4 ? count : 0;
  }

  /**
   * "1979到1983年": the first year and a dash when a stretch of years ends at {@code at}, else "".
   */
  private static String yearsFrom(String n, int from, int at) {
    int to = at - 1;
    // "从2003年到2006年": the first year may carry its own 年
    int end =
        to - 1 >= from && n.charAt(to - 1) == '年' && "到至".indexOf(n.charAt(to)) >= 0 ? to - 1 : to;
    boolean stretch =
        end - 4 >= from
            && "到至—-".indexOf(n.charAt(to)) >= 0
            && isDigits(n, end - 4, end)
            && (end - 4 == from || !isDigit(n.charAt(end - 5)));
    int first = stretch ? Integer.parseInt(n, end - 4, end, 10) : -1;
    return first >= Years.FIRST && first < Integer.parseInt(n, at, at + 4, 10) ? first + "-" : "";
  }

  /** The year written in Chinese digits before the 年 at {@code k} ("一九五八年"), or null. */
  private static String chineseYear(String n, int from, int k) {
    if (k - 4 < from || (k - 5 >= from && isYearDigit(n.charAt(k - 5)))) {
      return null;
    }
    int yr = 0;
    for (int i = k - 4; i < k; i++) {
      char d = n.charAt(i);
      if (isDigit(d) || !isYearDigit(d)) {
        return null;
      }
      yr = yr * 10 + ChineseNumerals.digit(d);
    }
    return Years.contains(yr) ? Integer.toString(yr) : null;
  }

  /** Whether {@code c} is a digit of a year, Arabic or Chinese ("二〇二五", "一九五八"). */
  static boolean isYearDigit(char c) {
    return isDigit(c) || (ChineseNumerals.digit(c) >= 0 && c != '十');
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}

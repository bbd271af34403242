package io.github.workreport.internal.target;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Years;

/**
 * The time a figure is for: the nearest year, stretch of years or five-year plan named before it in
 * its sentence that is not the base of a comparison. "比1980年增长5.5%", "较2020年下降13.5%", "与2020年相比",
 * "以2020年为基数" and "由2020年的56%提高到…" name the year a figure is compared with, not its own, and are
 * passed over. A five-year plan is named by {@link PlanPeriods}. Stateless.
 */
final class FigurePeriod {
  private FigurePeriod() {}

  /** Letters before a year that make it the base of a comparison ("比1980年", "较2020年"). */
  private static final String COMPARED_WITH = "比较";

  /** Letters before a year that make it a base when a comparison word follows ("与2020年相比"). */
  static final String COMPARED_TOGETHER = "与同和跟";

  /** How many letters may name what is compared between a year and 相比 ("同1955年国家决算比较"). */
  private static final int COMPARED_GAP_MAX = 6;

  /** Letters before a year that make it the start of a from→to statement ("由2020年的56%"). */
  private static final String FROM = "由从";

  /** What {@link #scan} gives when the sentence names a time that is no year ("现在", "去年"). */
  private static final String NO_YEAR = "";

  /**
   * The period of the figure at {@code at} in the folded text {@code n} whose sentence starts at
   * {@code sentenceFrom}: "2025", "2021-2025", or null when its sentence names none.
   */
  static String of(String n, int sentenceFrom, int at) {
    return or(n, sentenceFrom, at, null);
  }

  /**
   * As {@link #of}, with {@code inherited} (a period the sentence carries from the one before it,
   * or null) given when the sentence names no time at all before the figure.
   */
  static String or(String n, int sentenceFrom, int at, String inherited) {
    return or(n, sentenceFrom, at, inherited, true);
  }

  /**
   * As {@link #or}, for the time a sentence is about, which its first figure shows: a year whose 的
   * the figure follows is then a base too ("比1958年的2050亿元增长40%" is about the year after).
   */
  static String opening(String n, int sentenceFrom, int at, String inherited) {
    return or(n, sentenceFrom, at, inherited, false);
  }

  private static String or(String n, int sentenceFrom, int at, String inherited, boolean owned) {
    String found = scan(n, sentenceFrom, at, owned);
    if (found == null && inherited != null) {
      // "2002年…1600万人;五年内…毕业生1300万人": a sentence that counts years of its own is no one
      // year's; "1979到1983年…;估计全年粮食产量…": one year is not a stretch
      int from = Math.max(sentenceFrom, at - TargetRules.CONTEXT);
      boolean single = inherited.indexOf('-') < 0;
      return (single ? counts(n, from, at) : oneYear(n, from, at)) ? null : inherited;
    }
    return found == null ? inherited : found.isEmpty() ? null : found;
  }

  /** Words that name one year ("全年粮食产量", "年内"), which is no stretch of years. */
  private static final String[] ONE_YEAR = {"全年", "本年", "当年", "年内", "明年"};

  /** Whether a word that names one year ("全年") stands in {@code n[from, at)}. */
  private static boolean oneYear(String n, int from, int at) {
    for (int k = from; k + 1 < at; k++) {
      for (String w : ONE_YEAR) {
        // "年内" alone is this year; "五年内" is a count of years
        if (n.startsWith(w, k)
            && (w.charAt(0) != '年' || k == from || !isNumeral(n.charAt(k - 1)))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isNumeral(char c) {
    return ChineseNumerals.digit(c) > 0 || c == '十' || c == '几' || c == '多';
  }

  /** Whether a count of years ("五年内", "三年来", "两年间") stands in {@code n[from, at)}. */
  private static boolean counts(String n, int from, int at) {
    for (int k = from + 1; k + 1 < at; k++) {
      if (isNumeral(n.charAt(k - 1))
          && n.charAt(k) == '年'
          && "内来间中里".indexOf(n.charAt(k + 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static String scan(String n, int sentenceFrom, int at, boolean owned) {
    int from = Math.max(sentenceFrom, at - TargetRules.CONTEXT);
    for (int k = at - 1; k >= from; k--) {
      char c = n.charAt(k);
      if (StatusWords.isPresent(n, k) || relativeYear(n, from, k)) {
        // "一九五八年初有…，现在已经合并…", "从2003年到2006年…，其中去年超收…": a year named before
        // "now" or "last year" is not the figure's
        return NO_YEAR;
      }
      if (c == '年') {
        String year = year(n, from, k, at, owned);
        if (year != null) {
          return year;
        }
      }
      if (c == '五') {
        String plan = PlanPeriods.at(n, from, k, at);
        if (plan != null) {
          return plan;
        }
      }
    }
    return null;
  }

  /**
   * The period the 年 at {@code k} ends when it is the figure's own, not a base: a year, a stretch
   * of years, or the years before one named earlier ("2006年，…由前三年分别上升4.9%"); else null.
   */
  private static String year(String n, int from, int k, int at, boolean owned) {
    int end = k - 1 > from && n.charAt(k - 1) == ' ' ? k - 1 : k; // "2006 年"
    String year = arabicYear(n, from, end, at);
    // "从一九五五年以来": a time since, as for a year in Arabic digits
    year = year != null ? year : n.startsWith("以来", k + 1) ? null : chineseYear(n, from, k);
    int since =
        k + 1 < at && n.charAt(k + 1) == '起' ? k + 2 : n.startsWith("开始", k + 1) ? k + 3 : -1;
    if (year != null && since > 0 && since < at && n.charAt(since) != ',') {
      // "从1999年起连续扩大招生,…": the start of what goes on since, not the figure's year; a frame
      // of its own ("从2021年起,每年增长5%") is
      return NO_YEAR;
    }
    if (year != null && !isBase(n, from, end - 4, k + 1, at, owned)) {
      return year;
    }
    int before = yearsBefore(n, from, k);
    if (before > 0 && !isBase(n, from, k - 2, k + 1, at, owned)) {
      int named = yearNamedBefore(n, from, k - 2);
      return named == 0 ? NO_YEAR : (named - before) + "-" + (named - 1);
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
   * figure at {@code at}: after 比 or 较 (or 高于, 快于…), between 与/同 and 相比, between 以 and 为基…, after
   * 由/从 with 的 after it, the base of a count ("在1954年的基数上") or the year of constant prices
   * ("按1990年不变价格"). A year whose 的 the figure directly follows ("比1952年的827亿元") is that figure's
   * own, unless a multiple of it follows that 的 ("是2010年的2.2倍"): then it is the base for every
   * figure after it.
   */
  static boolean isBase(String n, int from, int start, int after, int at) {
    return isBase(n, from, start, after, at, true);
  }

  /** As the above; unless {@code owned}, a year whose 的 the figure follows is a base too. */
  private static boolean isBase(String n, int from, int start, int after, int at, boolean owned) {
    if (start <= from) {
      return false;
    }
    char before = n.charAt(start - 1);
    int e = after < at && (n.charAt(after) == '底' || n.charAt(after) == '末') ? after + 1 : after;
    boolean of = n.startsWith("的", e);
    if (of && MULTIPLE_OF.indexOf(before) >= 0 && timesAfter(n, e + 1)) {
      return true; // "是2010年的2.2倍，全年…建成432万套": a base for every figure after it too
    }
    if (owned && of && e + 1 == at) {
      return false;
    }
    if (FROM.indexOf(before) >= 0 && n.charAt(start) == '前') {
      // "由前三年分别上升4.9%，转为下降1.2%": the start of a change, and no time the sentence is about
      return !owned || clauseBetween(n, after, at);
    }
    return COMPARED_WITH.indexOf(before) >= 0
        || comparedBy(n, from, start)
        || COMPARED_TOGETHER.indexOf(before) >= 0 && comparedAfter(n, e, at)
        || before == '以' && n.startsWith("为基", e)
        || FROM.indexOf(before) >= 0 && n.startsWith("的", e)
        || n.startsWith("不变价", e)
        || n.startsWith("基数", e)
        || n.startsWith("的基数", e)
        || n.startsWith("价格", e);
  }

  /** Words of comparison a base follows ("快于2024年1.8个百分点", "高于2020年"). */
  private static final String[] COMPARED_BY = {"快于", "慢于", "高于", "低于", "多于", "少于", "好于", "优于"};

  private static boolean comparedBy(String n, int from, int start) {
    for (String w : COMPARED_BY) {
      if (start - w.length() >= from && n.startsWith(w, start - w.length())) {
        return true;
      }
    }
    return false;
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
  static boolean comparedAfter(String n, int e, int at) {
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

  /**
   * The year written in Chinese digits before the 年 at {@code k} ("一九五八年"), with the first year of
   * a stretch that ends on it ("一九五三年到一九五七年" gives "1953-1957"), or null.
   */
  private static String chineseYear(String n, int from, int k) {
    int yr = chineseDigits(n, from, k);
    if (yr < 0) {
      return null;
    }
    int to = k - 5; // the 到 of "一九五三年到一九五七年"
    int first =
        to - 1 >= from && "到至—-".indexOf(n.charAt(to)) >= 0 && n.charAt(to - 1) == '年'
            ? chineseDigits(n, from, to - 1)
            : -1;
    return (first > 0 && first < yr ? first + "-" : "") + yr;
  }

  /** The year of the four Chinese digits before {@code k} that no other digit precedes, or -1. */
  private static int chineseDigits(String n, int from, int k) {
    if (k - 4 < from || (k - 5 >= from && isYearDigit(n.charAt(k - 5)))) {
      return -1;
    }
    int yr = 0;
    for (int i = k - 4; i < k; i++) {
      char d = n.charAt(i);
      if (isDigit(d) || !isYearDigit(d)) {
        return -1;
      }
      yr = yr * 10 + ChineseNumerals.digit(d);
    }
    return Years.contains(yr) ? yr : -1;
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

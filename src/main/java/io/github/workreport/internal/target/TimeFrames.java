package io.github.workreport.internal.target;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Years;
import java.util.List;

/**
 * Time frames at the edges of a subject ("到2025年底", "五年来", "在过去四年中", "到去年十一月", "…十年来"), which name
 * nothing: each method gives the length of one kind of frame, or 0. Stateless.
 */
final class TimeFrames {
  private TimeFrames() {}

  /** The length of a frame of time or circumstance that opens {@code n[a, b)}, or 0. */
  static int leading(String n, int a, int b) {
    // asked at every turn of a subject's trimming: one character rules out the four readers
    return a < b && canLead(n.charAt(a)) ? leadingAny(n, a, b) : 0;
  }

  /** The length of a time frame that closes {@code n[a, b)}, or 0. */
  static int trailing(String n, int a, int b) {
    return a < b && canTrail(n.charAt(b - 1)) ? trailingAny(n, a, b) : 0;
  }

  /** Whether a frame that {@link #leading} reads can open with {@code c}. */
  static boolean canLead(char c) {
    return SubjectReader.isDigit(c) || ChineseNumerals.digit(c) >= 0 || LEAD.indexOf(c) >= 0;
  }

  /** Whether a frame that {@link #trailing} reads can close with {@code c}. */
  static boolean canTrail(char c) {
    return SubjectReader.isDigit(c) || TRAIL.indexOf(c) >= 0;
  }

  /** {@link #leading} without its test of the first character. */
  static int leadingAny(String n, int a, int b) {
    int cut = leadingTime(n, a, b);
    cut = cut > 0 ? cut : leadingMonth(n, a, b);
    cut = cut > 0 ? cut : leadingPart(n, a, b);
    return cut > 0 ? cut : leadingFrame(n, a, b);
  }

  /** {@link #trailing} without its test of the last character. */
  static int trailingAny(String n, int a, int b) {
    int cut = trailingTime(n, a, b);
    cut = cut > 0 ? cut : trailingPart(n, a, b);
    return cut > 0 ? cut : trailingYear(n, a, b);
  }

  /** "国家外汇储备2000" (of "2000年底"): a year in Arabic digits that closes a subject, or 0. */
  private static int trailingYear(String n, int a, int b) {
    int i = b;
    while (i > a && SubjectReader.isDigit(n.charAt(i - 1))) {
      i--;
    }
    boolean year = b - i == 4 && i > a && !SubjectReader.isDigit(n.charAt(i - 1));
    int value = year ? Integer.parseInt(n, i, b, 10) : 0;
    return Years.contains(value) ? 4 : 0;
  }

  /** The start of a subject after a time frame ending in 以来 ("长江十年禁渔以来重庆段…"), or {@code lo}. */
  static int afterSince(String n, int lo, int hi) {
    for (int i = lo; i + 2 <= Math.min(hi, lo + TargetRules.SINCE_MAX); i++) {
      for (String end : PlaceWords.SINCE_ENDS) {
        if (n.startsWith(end, i) && i + end.length() < hi) {
          return i + end.length();
        }
      }
    }
    return lo;
  }

  /**
   * The length of a time frame at {@code a}: "2025年", "到2025年底", "2025年的", "五年来", "两年内", "十年前"; 0
   * when none.
   */
  static int leadingTime(String n, int a, int b) {
    int i = a;
    if (i < b
        && (n.charAt(i) == '到' || n.charAt(i) == '至' || n.charAt(i) == '在' || n.charAt(i) == '于')) {
      i++;
    }
    int digits = 0;
    while (i < b && (SubjectReader.isDigit(n.charAt(i)) || (digits > 0 && n.charAt(i) == ' '))) {
      i++;
      digits++;
    }
    boolean year = digits >= 4;
    if (year
        && i + 4 < b
        && "到至—-".indexOf(n.charAt(i)) >= 0
        && SubjectReader.isDigit(n.charAt(i + 1))) {
      int k = i + 1; // "1979到1983年": a stretch of years is one frame
      while (k < b && SubjectReader.isDigit(n.charAt(k))) {
        k++;
      }
      i = k - i - 1 >= 4 ? k : i;
    }
    if (!year) {
      i = a + (a < b && "到至在于".indexOf(n.charAt(a)) >= 0 ? 1 : 0);
      int start = i;
      while (i < b
          && (ChineseNumerals.digit(n.charAt(i)) >= 0
              || n.charAt(i) == '十'
              || n.charAt(i) == '近'
              || n.charAt(i) == '多')) {
        i++;
      }
      if (i == start || i - start > 4) {
        return 0; // "五年", "十年", "一九五八年"
      }
    }
    if (i >= b || n.charAt(i) != '年') {
      return 0;
    }
    if (!year
        && (n.startsWith("义务", i + 1) || n.startsWith("制", i + 1) || n.startsWith("级", i + 1))) {
      return 0; // "九年义务教育": the years are part of the name
    }
    i++;
    // "五年中", but not the 中 of "五年中央财政"
    while (i < b
        && ("底末初来内间里前的度".indexOf(n.charAt(i)) >= 0
            || !year
                && n.charAt(i) == '中'
                && (i + 1 >= b
                    || PlaceWords.NOT_FRAME_AFTER_MIDDLE.indexOf(n.charAt(i + 1)) < 0))) {
      i++;
    }
    return i - a;
  }

  /** The length of a frame "在…中", "在…期间", "以…计算" at {@code a} ("在过去四年中"), or 0. */
  static int leadingFrame(String n, int a, int b) {
    if (a >= b || "在以按".indexOf(n.charAt(a)) < 0) {
      return 0;
    }
    boolean at = n.charAt(a) == '在'; // "以播种面积计算", "按可比价格计算" close on 计算 only
    for (int i = a + 2; i < Math.min(b, a + TargetRules.FROM_GAP_MAX + 2); i++) {
      if (SubjectReader.isEdgeMark(n.charAt(i))) {
        return 0;
      }
      for (String end : PlaceWords.FRAME_ENDS) {
        boolean computed = end.equals("计算"); // "按可比部分计算" may be all the clause says
        if ((at || computed)
            && n.startsWith(end, i)
            && (i + end.length() < b || computed && i + end.length() == b)) {
          return i + end.length() - a;
        }
      }
    }
    return 0;
  }

  /** The length of a time frame ending at {@code b} ("…五年", "…2025年", "…十年来"); 0 when none. */
  static int trailingTime(String n, int a, int b) {
    int i = b;
    while (i > a && "来内间的".indexOf(n.charAt(i - 1)) >= 0) {
      i--;
    }
    if (i <= a || n.charAt(i - 1) != '年') {
      return 0;
    }
    int k = i - 1;
    int start = k;
    while (start > a
        && (ChineseNumerals.digit(n.charAt(start - 1)) >= 0 || n.charAt(start - 1) == '十')) {
      start--;
    }
    if (start == k || k - start > 4) {
      return 0;
    }
    // "前三年", "近五年", "头两年": the word that says which years belongs to the frame
    return b - start + (start > a && "前近头后".indexOf(n.charAt(start - 1)) >= 0 ? 1 : 0);
  }

  /** Relative years that open a date ("去年十一月", "今年6月底"). */
  private static final List<String> RELATIVE_YEARS =
      List.of("去年", "今年", "上年", "明年", "前年", "当年", "本年");

  /** Words that open a date with a month ("截至2025年6月"), the longer first. */
  private static final List<String> MONTH_OPENERS = List.of("截至", "截止", "到", "至", "在", "于");

  /** Words that end a date with a month ("6月底", "9月份"), the longer first. */
  private static final List<String> MONTH_ENDS =
      List.of("上旬", "中旬", "下旬", "底", "末", "初", "份", "中", "以来", "前");

  /**
   * The length of a date with a month at {@code a} ("到去年十一月", "截至2025年6月底", "9月份"): 0 when none. A
   * year alone is {@link #leadingTime}'s.
   */
  static int leadingMonth(String n, int a, int b) {
    int i = a;
    for (String w : MONTH_OPENERS) {
      if (n.startsWith(w, i)) {
        i += w.length();
        break;
      }
    }
    int year = leadingYear(n, i, b);
    i += year;
    int start = i;
    i = monthNumber(n, i, b);
    int to = rangeMark(n, i, b);
    if (i > start && to > i && monthNumber(n, to, b) > to) {
      start = to; // "1——5月份", "1到10月": a span of months is one frame
      i = monthNumber(n, to, b);
    }
    if (i == start || i - start > 3 || i >= b || n.charAt(i) != '月') {
      return 0;
    }
    i++;
    i += day(n, i, b);
    for (String end : MONTH_ENDS) {
      if (n.startsWith(end, i)) {
        i += end.length();
        break;
      }
    }
    return i - a;
  }

  /** The end of the number of a month or day at {@code i}. */
  private static int monthNumber(String n, int i, int b) {
    int k = i;
    while (k < b
        && (SubjectReader.isDigit(n.charAt(k))
            || ChineseNumerals.digit(n.charAt(k)) > 0
            || n.charAt(k) == '十')) {
      k++;
    }
    return k;
  }

  /**
   * The end of the marks of a span between two months at {@code i} ("——", "-", "到"), or {@code i}.
   */
  private static int rangeMark(String n, int i, int b) {
    int k = i;
    while (k < b && k - i < 2 && "—-~到至".indexOf(n.charAt(k)) >= 0) {
      k++;
    }
    return k;
  }

  /** The length of a day of the month at {@code i} ("1日", "十五日"), or 0. */
  private static int day(String n, int i, int b) {
    int k = i;
    while (k < b
        && k - i < 3
        && (SubjectReader.isDigit(n.charAt(k))
            || ChineseNumerals.digit(n.charAt(k)) > 0
            || n.charAt(k) == '十')) {
      k++;
    }
    return k > i && k < b && (n.charAt(k) == '日' || n.charAt(k) == '号') ? k + 1 - i : 0;
  }

  /** Parts of a year that open a subject ("第一季度", "前三季度", "上半年", "1-10月"). */
  private static final List<String> YEAR_PARTS =
      List.of(
          "第一季度", "第二季度", "第三季度", "第四季度", "一季度", "二季度", "三季度", "四季度", "前三季度", "前两季度", "上半年", "下半年");

  /** The length of a part of a year at {@code a} after an optional year ("2025年上半年"), or 0. */
  static int leadingPart(String n, int a, int b) {
    int i = a + leadingYear(n, a, b);
    for (String w : YEAR_PARTS) {
      if (n.startsWith(w, i) && i + w.length() <= b) {
        return i + w.length() - a;
      }
    }
    return 0;
  }

  /** The length of a part of a year that closes a subject ("工业总产值第一季度"), or 0. */
  static int trailingPart(String n, int a, int b) {
    for (String w : YEAR_PARTS) {
      if (b - w.length() > a && n.startsWith(w, b - w.length())) {
        return w.length();
      }
    }
    return 0;
  }

  /**
   * The first letters of the frames {@link #leading} reads, besides digits and Chinese numerals:
   * those that {@link #leadingTime} and {@link #leadingFrame} test, and the first letters of the
   * word lists.
   */
  private static final String LEAD =
      "到至在于近多十以按" + firsts(MONTH_OPENERS, 0) + firsts(RELATIVE_YEARS, 0) + firsts(YEAR_PARTS, 0);

  /** The last letters of the frames {@link #trailing} reads, besides digits. */
  private static final String TRAIL = "来内间的年" + firsts(YEAR_PARTS, 1);

  /** The first ({@code fromEnd} 0) or last ({@code fromEnd} 1) letters of {@code words}. */
  private static String firsts(List<String> words, int fromEnd) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      sb.append(w.charAt(fromEnd == 0 ? 0 : w.length() - 1));
    }
    return sb.toString();
  }

  /** The length of a year that opens a date ("2025年", "去年", "一九五八年"), or 0. */
  private static int leadingYear(String n, int i, int b) {
    for (String w : RELATIVE_YEARS) {
      if (n.startsWith(w, i)) {
        return w.length();
      }
    }
    int k = i;
    while (k < b
        && (SubjectReader.isDigit(n.charAt(k))
            || ChineseNumerals.digit(n.charAt(k)) >= 0
            || n.charAt(k) == '○')) {
      k++;
    }
    return k - i == 4 && k < b && n.charAt(k) == '年' ? k + 1 - i : 0;
  }
}

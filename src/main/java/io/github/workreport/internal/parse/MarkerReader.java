package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;

/**
 * Reads the numbering marker at the start of a normalised line ("一、", "(一)", "第一部分", "1.", "(1)",
 * "①"). A hand-written scanner: linear, no backtracking. Stateless.
 */
public final class MarkerReader {
  /** The longest numeral a marker holds ("一百二十三"). */
  private static final int MAX_NUMERAL = 6;

  private MarkerReader() {}

  /** Returns the marker at the start of {@code s}, or null. */
  public static Marker read(String s) {
    if (s.isEmpty()) {
      return null;
    }
    char c = s.charAt(0);
    if (c >= '①' && c <= '⑳') {
      return new Marker(Marker.Style.CIRCLED, skipSpace(s, 1), c - '①' + 1);
    }
    if (c == '(' || c == '〔' || c == '[') {
      return parenthesised(s);
    }
    if (c == '第') {
      return part(s);
    }
    if (c >= '0' && c <= '9') {
      return arabic(s);
    }
    if (isChineseNumeral(c)) {
      int end = numeralEnd(s, 0);
      if (end < s.length() && end - 0 <= MAX_NUMERAL) {
        char sep = s.charAt(end);
        if (sep == '、' || sep == '.' || sep == ',') {
          long v = ChineseNumerals.parse(s, 0, end);
          if (v > 0) {
            return new Marker(Marker.Style.CHINESE, skipSpace(s, end + 1), (int) v);
          }
        }
      }
    }
    return null;
  }

  private static Marker parenthesised(String s) {
    char close = s.charAt(0) == '〔' ? '〕' : s.charAt(0) == '[' ? ']' : ')';
    int i = skipSpace(s, 1);
    if (i >= s.length()) {
      return null;
    }
    boolean chinese = isChineseNumeral(s.charAt(i));
    int end = chinese ? numeralEnd(s, i) : digitsEnd(s, i);
    if (end == i || end - i > MAX_NUMERAL) {
      return null;
    }
    int j = skipSpace(s, end);
    if (j >= s.length() || s.charAt(j) != close) {
      return null;
    }
    long v = ChineseNumerals.parse(s, i, end);
    if (v <= 0) {
      return null;
    }
    int after = j + 1;
    if (after < s.length() && (s.charAt(after) == '、' || s.charAt(after) == '.')) {
      after++;
    }
    return new Marker(
        chinese ? Marker.Style.CHINESE_PAREN : Marker.Style.ARABIC_PAREN,
        skipSpace(s, after),
        (int) v);
  }

  private static Marker part(String s) {
    int i = 1;
    int end = s.length() > 1 && isChineseNumeral(s.charAt(1)) ? numeralEnd(s, 1) : digitsEnd(s, 1);
    if (end == i || end >= s.length() || end - i > MAX_NUMERAL) {
      return null;
    }
    char kind = s.charAt(end);
    // 部分 part, 章 chapter, 篇 book
    if (kind == '部' && end + 1 < s.length() && s.charAt(end + 1) == '分') {
      end += 2;
    } else if (kind == '章' || kind == '篇') {
      end += 1;
    } else if ((kind == ',' || kind == '、' || kind == ':')
        && s.charAt(1) != '0'
        && !(s.charAt(1) >= '1' && s.charAt(1) <= '9')) {
      // 第一, 第二、: an ordinal word with Chinese numerals before its comma
      long v = ChineseNumerals.parse(s, 1, end);
      return v <= 0 ? null : new Marker(Marker.Style.ORDINAL_WORD, skipSpace(s, end + 1), (int) v);
    } else {
      return null;
    }
    long v =
        ChineseNumerals.parse(
            s, i, s.charAt(i) >= '0' && s.charAt(i) <= '9' ? digitsEnd(s, i) : numeralEnd(s, i));
    if (v <= 0) {
      return null;
    }
    int after = end;
    if (after < s.length()
        && (s.charAt(after) == '、' || s.charAt(after) == ':' || s.charAt(after) == ',')) {
      after++;
    }
    return new Marker(Marker.Style.PART, skipSpace(s, after), (int) v);
  }

  private static Marker arabic(String s) {
    return arabic(s, -1);
  }

  /**
   * The marker "N." of a numbered list whose next number is {@code expected}, even where a digit
   * follows its dot: in a run of numbered entries "20.2026年10件民生实事" is entry 20, not the number
   * 20.2026. Null when {@code s} does not open with that number and a dot.
   */
  public static Marker expectedArabic(String s, int expected) {
    return arabic(s, expected);
  }

  /**
   * "1." / "1、": a number of at most three digits and its mark; with {@code expected} of -1 a digit
   * after the mark makes it a number ("1.5%"), else the number {@code expected} before a dot is a
   * marker whatever follows.
   */
  private static Marker arabic(String s, int expected) {
    int end = digitsEnd(s, 0);
    if (end == 0 || end > 3 || end >= s.length()) {
      return null;
    }
    char sep = s.charAt(end);
    boolean dot = sep == '.' || sep == '．';
    if (!(dot || sep == '、' && expected < 0)) {
      return null;
    }
    long v = ChineseNumerals.parse(s, 0, end);
    boolean digitAfter = end + 1 < s.length() && Character.isDigit(s.charAt(end + 1));
    boolean marker = expected < 0 ? v > 0 && !digitAfter : v == expected;
    return marker ? new Marker(Marker.Style.ARABIC, skipSpace(s, end + 1), (int) v) : null;
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  private static int numeralEnd(String s, int i) {
    while (i < s.length() && isChineseNumeral(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isChineseNumeral(char c) {
    return ChineseNumerals.isNumeralChar(c) && !(c >= '0' && c <= '9') && c != '万';
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}

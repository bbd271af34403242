package io.github.workreport.internal.target;

import io.github.workreport.internal.text.ChineseNumerals;

/**
 * The years of a five-year plan named in the text: "“十四五”" (2021-2025), "“一五”时期" (1953-1957),
 * "“五五”期间" (1976-1980), "第一个五年计划" (1953-1957), and "“十一五”前四年" for the plan's first years. The first
 * plan ran from 1953, the second from 1958, the third from 1966 and every one after it five years
 * on. Stateless.
 */
final class PlanPeriods {
  private PlanPeriods() {}

  /** The last plan number read; a larger one is a count, not a plan. */
  private static final int LAST_PLAN = 19;

  /** Words after a plan's short name that make it one ("五五时期") where no quotes mark it. */
  private static final String[] PLAN_AFTER = {"时期", "期间", "计划"};

  /**
   * The years of the plan whose name has its 五 at {@code k} in {@code n} (not before {@code from}),
   * for the figure at {@code at}: "1953-1957", or null when the 五 names no plan or the plan is the
   * base of a comparison ("较“十三五”期末增长36.2%").
   */
  static String at(String n, int from, int k, int at) {
    int start;
    int number;
    if (k - 2 >= from && n.charAt(k - 2) == '十' && digit(n.charAt(k - 1)) > 0) {
      start = k - 2; // "十四五"
      number = 10 + digit(n.charAt(k - 1));
    } else if (k - 1 >= from && n.startsWith("年计划", k + 1) && n.charAt(k - 1) == '个') {
      start = ordinalStart(n, from, k - 1); // "第一个五年计划"
      number = start < 0 ? 0 : (int) ChineseNumerals.parse(n, start + 1, k - 1);
    } else if (k - 1 >= from && shortName(n, from, k)) {
      start = k - 1; // "“一五”", "五五时期"
      number = n.charAt(k - 1) == '十' ? 10 : digit(n.charAt(k - 1));
    } else {
      return null;
    }
    if (number < 1 || number > LAST_PLAN || isBase(n, from, start, k, at)) {
      return null;
    }
    int first = number == 1 ? 1953 : number == 2 ? 1958 : 1966 + 5 * (number - 3);
    int years = firstYears(n, k + 1, at);
    return first + "-" + (first + (years > 0 ? years : 5) - 1);
  }

  /**
   * Whether the two letters ending at {@code k} are a plan's short name: quoted ("“一五”", not
   * "“一五六项”"), or followed by 时期, 期间 or 计划 ("五五时期"), with no other numeral before them.
   */
  private static boolean shortName(String n, int from, int k) {
    char d = n.charAt(k - 1);
    if (digit(d) <= 0 && d != '十'
        || k - 2 >= from && (digit(n.charAt(k - 2)) >= 0 || n.charAt(k - 2) == '十')) {
      return false;
    }
    boolean closed = k + 1 < n.length() && isQuote(n.charAt(k + 1));
    if (closed && k - 2 >= from && isQuote(n.charAt(k - 2))) {
      return true;
    }
    int i = k + 1;
    while (i < n.length() && isQuote(n.charAt(i))) {
      i++;
    }
    for (String w : PLAN_AFTER) {
      if (n.startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  /** Where the 第 of "第一个" stands when the 个 at {@code ge} closes it, or -1. */
  private static int ordinalStart(String n, int from, int ge) {
    for (int i = ge - 1; i >= Math.max(from, ge - 4); i--) {
      char c = n.charAt(i);
      if (c == '第') {
        return i < ge - 1 ? i : -1;
      }
      if (digit(c) < 0 && c != '十') {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the plan named from {@code start} is the base of a comparison for the figure at {@code
   * at}: "较“十三五”期末", "比第一个五年计划", "同“五五”时期相比", but not for the figure its 的 leads to
   * ("比“五五”时期的577亿元").
   */
  private static boolean isBase(String n, int from, int start, int k, int at) {
    int i = start - 1;
    while (i >= from && (isQuote(n.charAt(i)) || n.charAt(i) == ' ')) {
      i--;
    }
    int e = k + 1;
    while (e < at && (isQuote(n.charAt(e)) || n.charAt(e) == ' ')) {
      e++;
    }
    if (i >= from
        && FigurePeriod.COMPARED_TOGETHER.indexOf(n.charAt(i)) >= 0
        && FigurePeriod.comparedAfter(n, e, at)) {
      return true; // "“六五”时期同“五五”时期相比"
    }
    if (i < from || n.charAt(i) != '比' && n.charAt(i) != '较') {
      return false;
    }
    for (String w : PLAN_AFTER) {
      e = n.startsWith(w, e) ? e + w.length() : e;
    }
    e = n.startsWith("期末", e) ? e + 2 : n.startsWith("年计划", e) ? e + 3 : e;
    return !(n.startsWith("的", e) && e + 1 == at);
  }

  /**
   * "“十一五”前四年": how many of a plan's years the words at {@code i} name (1 to 4), or 0 when they
   * name none.
   */
  private static int firstYears(String n, int i, int at) {
    while (i < at && isQuote(n.charAt(i))) {
      i++;
    }
    if (i + 3 > at || (n.charAt(i) != '前' && n.charAt(i) != '头') || n.charAt(i + 2) != '年') {
      return 0;
    }
    int count = n.charAt(i + 1) == '两' ? 2 : ChineseNumerals.digit(n.charAt(i + 1));
    return count >= 1 && count <= 4 ? count : 0;
  }

  private static int digit(char c) {
    return c >= '0' && c <= '9' ? -1 : ChineseNumerals.digit(c);
  }

  private static boolean isQuote(char c) {
    return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'';
  }
}

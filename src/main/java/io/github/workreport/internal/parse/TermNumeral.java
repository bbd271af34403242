package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads how many parts a coined term announces: "六稳" 6, "两不愁三保障" 2 + 3, "三品一标" 3 + 1, "6+2" 8,
 * "四水四定" 4 (one numeral written twice), "七中心合一" 7 ("合一" is not a count), "四上企业60户" 4 (a figure with
 * its unit is not a count). Stateless.
 */
public final class TermNumeral {
  /** Words in which 一 is not a count. */
  private static final List<String> NOT_COUNTS = List.of("合一", "统一", "第一", "唯一", "一体");

  /** Measure words after an Arabic number that make it a count of parts. */
  private static final String COUNT_WORDS = "个大项类种张条件篇";

  private TermNumeral() {}

  /** The number of parts {@code term} announces, or -1 when it announces none. */
  public static int count(String term) {
    return count(term, 0);
  }

  /**
   * As {@link #count(String)} for a definition of {@code clauses} clauses: a term that writes one
   * numeral more than once ("两重两新") counts it for each when the definition gives each numeral a
   * clause of its own ("A和B，C和D": four), and once otherwise ("四水四定": four; "五比五拼: 比A、拼B，…" five).
   */
  public static int count(String term, int clauses) {
    List<Long> numbers = numbers(TextNormalizer.normalize(term));
    if (numbers.isEmpty()) {
      return -1;
    }
    if (numbers.size() > 1 && allEqual(numbers)) {
      if (numbers.get(0) < 2) {
        return -1;
      }
      return numbers.size() == clauses ? sum(numbers) : numbers.get(0).intValue();
    }
    return sum(numbers);
  }

  /** The counts a folded term writes, in order. */
  private static List<Long> numbers(String t) {
    List<Long> numbers = new ArrayList<>();
    boolean plus = t.indexOf('+') > 0;
    int i = 0;
    while (i < t.length()) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        int end = i;
        while (end < t.length() && Character.isDigit(t.charAt(end))) {
          end++;
        }
        boolean counted = plus || (end < t.length() && COUNT_WORDS.indexOf(t.charAt(end)) >= 0);
        if (counted && end - i <= 2) {
          numbers.add(ChineseNumerals.parse(t, i, end));
        }
        i = end;
      } else if (isCountChar(c) && !insideNotCount(t, i)) {
        int end = i;
        while (end < t.length() && isCountChar(t.charAt(end)) && !insideNotCount(t, end)) {
          end++;
        }
        if (hasTen(t, i, end)) {
          long v = ChineseNumerals.parse(t, i, end);
          if (v > 0) {
            numbers.add(v);
          }
        } else {
          // "三六零": a run of digits without 十 names several counts, not one number
          for (int k = i; k < end; k++) {
            long v = ChineseNumerals.digit(t.charAt(k));
            if (v > 0) {
              numbers.add(v);
            }
          }
        }
        i = end;
      } else {
        i++;
      }
    }
    return numbers;
  }

  // loops, not streams: a term is counted at every inline definition, and the streams allocated
  private static boolean allEqual(List<Long> numbers) {
    for (Long n : numbers) {
      if (!n.equals(numbers.get(0))) {
        return false;
      }
    }
    return true;
  }

  private static int sum(List<Long> numbers) {
    long sum = 0;
    for (Long n : numbers) {
      sum += n;
    }
    // one part is no enumeration: "一网通办" names a way of working, not a list
    return sum >= 2 && sum < 1000 ? (int) sum : -1;
  }

  private static boolean hasTen(String t, int from, int to) {
    int at = t.indexOf('十', from);
    return at >= 0 && at < to;
  }

  private static boolean isCountChar(char c) {
    return ChineseNumerals.isNumeralChar(c)
        && !(c >= '0' && c <= '9')
        && c != '万'
        && c != '千'
        && c != '百';
  }

  private static boolean insideNotCount(String t, int i) {
    for (int k = 0; k < NOT_COUNTS.size(); k++) {
      String w = NOT_COUNTS.get(k);
      int at = w.indexOf(t.charAt(i));
      if (at >= 0 && t.startsWith(w, i - at)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;

/**
 * Reads what a plan part sets out from the words of its heading: this year's work, a framework of
 * principles and targets, a five-year plan, the government's own conduct, or an attachment.
 * Stateless.
 */
public final class PartRoles {
  private PartRoles() {}

  /**
   * The role of a plan part headed {@code title} (and {@code subtitle}, may be null) in a report
   * for {@code year} (may be null).
   */
  public static PartRole of(String title, String subtitle, Integer year) {
    String h =
        TextNormalizer.normalize(title + (subtitle == null ? "" : subtitle)).replace(" ", "");
    if (startsWithAny(h, TaskRules.ANNEX_OPENINGS)) {
      return PartRole.ANNEX;
    }
    if (LineRules.CLOSING_HEADINGS.contains(h)) {
      return PartRole.CLOSING;
    }
    boolean thisYear =
        (year != null && h.contains(year + "年")) || containsAny(h, TaskRules.THIS_YEAR_WORDS);
    boolean work = containsAny(h, TaskRules.WORK_WORDS) && (thisYear || !namesOtherYear(h, year));
    if (containsAny(h, TaskRules.SELF_WORDS) && !(thisYear && work)) {
      return PartRole.SELF;
    }
    if (thisYear && work) {
      return PartRole.WORK;
    }
    if (containsAny(h, TaskRules.FRAMEWORK_WORDS)) {
      return PartRole.FRAMEWORK;
    }
    if (thisYear) {
      return PartRole.WORK;
    }
    if (containsAny(h, TaskRules.FIVE_YEAR_WORDS)) {
      return PartRole.FIVE_YEAR;
    }
    return work ? PartRole.WORK : PartRole.OTHER;
  }

  /** Whether heading {@code h} names a year ("2024年") other than the report's {@code year}. */
  private static boolean namesOtherYear(String h, Integer year) {
    if (year == null) {
      return false;
    }
    for (int at = h.indexOf('年'); at >= 0; at = h.indexOf('年', at + 1)) {
      if (at >= 4 && isDigits(h, at - 4, at) && !h.startsWith(String.valueOf(year), at - 4)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean containsAny(String s, List<String> words) {
    for (String w : words) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWithAny(String s, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w)) {
        return true;
      }
    }
    return false;
  }
}

package io.github.workreport.internal.parse;

import java.time.LocalDate;

/**
 * Reads the line that says when and where a report was delivered: "——2025年1月4日在肃州区第十九届
 * 人民代表大会第五次会议上", "(2026年1月27日在…会议上)", with or without a speaker after it. Stateless.
 */
public final class DeliveryLine {
  private DeliveryLine() {}

  /**
   * What the line says.
   *
   * @param date the delivery date
   * @param venue the meeting ("肃州区第十九届人民代表大会第五次会议")
   * @param rest what follows the venue on the same line (a speaker), trimmed; may be empty
   */
  public record Delivery(LocalDate date, String venue, String rest) {}

  /** Returns what {@code norm} says, or null when it is not a delivery line. */
  public static Delivery read(String norm) {
    if (norm.length() > LineRules.FURNITURE_MAX) {
      return null;
    }
    int i = 0;
    while (i < norm.length()
        && (norm.charAt(i) == '—'
            || norm.charAt(i) == '-'
            || norm.charAt(i) == '('
            || norm.charAt(i) == ' '
            || norm.charAt(i) == '–')) {
      i++;
    }
    String s = norm.substring(i).replace(" ", "");
    DateReader.Found d = DateReader.find(s, 0);
    if (d == null || d.start() != 0 || d.end() >= s.length() || s.charAt(d.end()) != '在') {
      return null;
    }
    int meeting = s.indexOf("会议上", d.end());
    if (meeting < 0) {
      return null;
    }
    String venue = s.substring(d.end() + 1, meeting + 2);
    String rest = norm.substring(i); // folded: 會議 reads 会议
    int restAt = restStart(rest);
    String after = restAt < 0 ? "" : rest.substring(restAt).strip();
    while (after.startsWith(")") || after.startsWith("的报告")) {
      after = after.startsWith(")") ? after.substring(1).strip() : after.substring(3).strip();
    }
    return new Delivery(d.date(), venue, after);
  }

  private static int restStart(String s) {
    int at = s.indexOf("会议上");
    if (at >= 0) {
      return at + 3;
    }
    // the phrase may have spaces inside it in the original
    String compact = s.replace(" ", "");
    int c = compact.indexOf("会议上") + 3;
    int seen = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        seen++;
        if (seen == c) {
          return i + 1;
        }
      }
    }
    return -1;
  }
}

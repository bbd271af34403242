package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.Years;

/**
 * The issuing government and the year a report's title, venue or speaker's office names
 * ("2025年酒泉市肃州区政府工作报告", "…第十四届人民代表大会第三次会议"). Reads folded words. Stateless.
 */
final class RegionNames {
  static final String REPORT = "政府工作报告";
  private static final String NATION = "中华人民共和国";

  private RegionNames() {}

  /**
   * The first year (in the range of {@link Years}, in digits or Chinese numerals) a title names
   * before 年, or null.
   */
  static Integer titleYear(String title) {
    if (title == null) {
      return null;
    }
    String n = TextNormalizer.normalize(title);
    int at = n.indexOf('年');
    while (at >= 4) {
      long y = ChineseNumerals.parse(n, at - 4, at);
      if (Years.contains(y)) {
        return (int) y;
      }
      at = n.indexOf('年', at + 1);
    }
    return null;
  }

  /** The issuing government: from the title, else the venue, else the speaker's office. */
  static String region(String title, String venue, String speakerTitle) {
    if ((venue != null && venue.contains("全国人民代表大会"))
        || (speakerTitle != null && speakerTitle.startsWith("国务院"))) {
      return NATION;
    }
    if (title != null) {
      int at = title.indexOf(REPORT);
      if (at > 0) {
        String r = stripYear(title.substring(0, at));
        if (r.endsWith("人民")) {
          r = r.substring(0, r.length() - 2);
        }
        if (isRegionName(r)) {
          return r;
        }
      }
    }
    if (venue != null) {
      int at = venue.indexOf('第');
      if (at > 0 && isRegionName(venue.substring(0, at))) {
        return venue.substring(0, at);
      }
    }
    return null;
  }

  private static String stripYear(String s) {
    String t = s.strip();
    if (t.length() >= 5 && t.charAt(4) == '年' && ChineseNumerals.parse(t, 0, 4) > 0) {
      t = t.substring(5);
    }
    if (t.length() >= 5
        && t.charAt(t.length() - 1) == '年'
        && ChineseNumerals.parse(t, t.length() - 5, t.length() - 1) > 0) {
      t = t.substring(0, t.length() - 5);
    }
    return t.strip();
  }

  private static boolean isRegionName(String r) {
    if (r.length() < 2 || r.length() > 20) {
      return false;
    }
    for (int i = 0; i < r.length(); i++) {
      if (!Punctuation.isHan(r.charAt(i))) {
        return false;
      }
    }
    char last = r.charAt(r.length() - 1);
    return LineRules.PLACE_SUFFIXES.indexOf(last) >= 0;
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.TextNormalizer;

/**
 * A count made per day ("平均每天新增1.5万户", "各类市场主体每天新增4.5万户") is a different figure from the total it
 * is drawn from: the name keeps it, written as reports write such figures (日均). Stateless.
 */
final class PerDay {
  private PerDay() {}

  /** Words before a figure that make it a count per day, longest first. */
  private static final String[] ADVERBS = {"平均每天", "平均每日", "每天", "每日"};

  /** Words in a name that already say it is per day. */
  private static final String[] IN_NAME = {"日均", "每天", "每日"};

  /**
   * {@code name} marked as per day when the figure's own words {@code n[lo, at)} say it is, else
   * {@code name} unchanged; an empty name stays empty.
   */
  static String name(String n, int lo, int at, String name) {
    if (name.isEmpty() || lo >= at) {
      return name;
    }
    String folded = TextNormalizer.normalize(name);
    for (String w : IN_NAME) {
      if (folded.contains(w)) {
        return name;
      }
    }
    // within the figure's own words only: a search to the paragraph's end would grow with it
    for (int i = lo; i < at; i++) {
      if (n.charAt(i) != '每' && n.charAt(i) != '平') {
        continue;
      }
      for (String w : ADVERBS) {
        if (i + w.length() <= at && n.startsWith(w, i)) {
          return "日均" + name;
        }
      }
    }
    return name;
  }
}

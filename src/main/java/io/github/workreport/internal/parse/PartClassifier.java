package io.github.workreport.internal.parse;

import io.github.workreport.model.PartClass;
import java.util.List;

/**
 * Classes a top-level part of a report as review, plan or other: by the words of its heading and
 * the years it names against the report's year, else by the tense of its text. Stateless.
 */
public final class PartClassifier {
  /** The tense of the text decides only when one side has this many more hits, and at least 3. */
  static final double TENSE_RATIO = 1.5;

  private PartClassifier() {}

  /**
   * Classes a part from its heading ({@code title} and {@code subtitle}, which may be null), the
   * report's year (may be null) and its running text.
   */
  public static PartClass classify(String title, String subtitle, Integer year, String text) {
    String heading = title + (subtitle == null ? "" : " " + subtitle);
    int review = count(heading, LineRules.REVIEW_WORDS);
    int plan = count(heading, LineRules.PLAN_WORDS);
    if (year != null) {
      if (heading.contains(year + "\u5E74")) {
        plan++;
      }
      if (heading.contains((year - 1) + "\u5E74")) {
        review++;
      }
    }
    if (review > plan) {
      return PartClass.REVIEW;
    }
    if (plan > review) {
      return PartClass.PLAN;
    }
    if (review > 0) {
      return PartClass.OTHER;
    }
    int past = count(text, LineRules.PAST_MARKERS);
    int future = count(text, LineRules.FUTURE_MARKERS);
    if (past >= 3 && past >= future * TENSE_RATIO) {
      return PartClass.REVIEW;
    }
    if (future >= 3 && future >= past * TENSE_RATIO) {
      return PartClass.PLAN;
    }
    return PartClass.OTHER;
  }

  /** Counts the occurrences of every word of {@code words} in {@code s}. */
  static int count(String s, List<String> words) {
    int n = 0;
    for (String w : words) {
      int at = s.indexOf(w);
      while (at >= 0) {
        n++;
        at = s.indexOf(w, at + w.length());
      }
    }
    return n;
  }
}

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
   * report's year (may be null) and its running text; {@code fallback} is the class of the whole
   * document's text, for a part whose own words do not decide.
   */
  public static PartClass classify(String title, String subtitle, Integer year, String text, PartClass fallback) {
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
    return byTense(text, fallback);
  }

  /**
   * Classes running text by tense: each sentence votes past when it holds a past marker and future
   * when it holds a future marker; one side must outnumber the other by {@link #TENSE_RATIO} with
   * at least 3 votes, or be the only side with any vote, else {@code otherwise} is returned.
   */
  public static PartClass byTense(String text, PartClass otherwise) {
    int past = 0;
    int future = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isSentenceEnd(text.charAt(i))) {
        String sentence = text.substring(start, i);
        if (hasPastMarker(sentence)) {
          past++;
        }
        if (count(sentence, LineRules.FUTURE_MARKERS) > 0) {
          future++;
        }
        start = i + 1;
      }
    }
    if ((past >= 3 && past >= future * TENSE_RATIO) || (future == 0 && past > 0)) {
      return PartClass.REVIEW;
    }
    if ((future >= 3 && future >= past * TENSE_RATIO) || (past == 0 && future > 0)) {
      return PartClass.PLAN;
    }
    return otherwise;
  }

  private static boolean isSentenceEnd(char c) {
    return c == '\u3002' || c == '!' || c == '\uFF01' || c == '?' || c == '\uFF1F' || c == ';' || c == '\uFF1B'
        || c == '\n';
  }

  /** Whether the sentence holds a past marker; 了 counts unless it is part of 为了, 除了 or 了解. */
  static boolean hasPastMarker(String s) {
    for (String w : LineRules.PAST_MARKERS) {
      int at = s.indexOf(w);
      while (at >= 0) {
        boolean particle = w.equals("\u4E86");
        boolean compound = particle && ((at > 0 && (s.charAt(at - 1) == '\u4E3A' || s.charAt(at - 1) == '\u9664'))
            || (at + 1 < s.length() && s.charAt(at + 1) == '\u89E3'));
        if (!compound) {
          return true;
        }
        at = s.indexOf(w, at + 1);
      }
    }
    return false;
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

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.WordIndex;
import io.github.workreport.model.PartClass;
import java.util.List;
import java.util.stream.Stream;

/**
 * Classes a top-level part of a report as review, plan or other: by the words of its heading and
 * the years it names against the report's year, else by the tense of its text. Stateless.
 */
public final class PartClassifier {
  /** The tense of the text decides only when one side has this many more hits, and at least 3. */
  static final double TENSE_RATIO = 1.5;

  private PartClassifier() {}

  /**
   * Classes a part from its heading ({@code title} and {@code subtitle}, which may be null) and the
   * report's year (may be null), else from the tense votes of its text; {@code fallback} is the
   * class of the whole document's text, for a part whose own words do not decide.
   */
  public static PartClass classify(
      String title, String subtitle, Integer year, Votes votes, PartClass fallback) {
    PartClass byHeading = byHeading(title, subtitle, year);
    return byHeading != null ? byHeading : byVotes(votes, fallback);
  }

  /**
   * Classes a part that follows a plan part: reports go from review to plan, so a part there whose
   * heading does not decide is a plan unless its text speaks of the past far more than of the
   * future (policy prose is full of "已" and "了").
   */
  public static PartClass classifyAfterPlan(
      String title, String subtitle, Integer year, Votes votes) {
    PartClass byHeading = byHeading(title, subtitle, year);
    if (byHeading != null) {
      return byHeading;
    }
    for (String verb : LineRules.PLAN_OPENINGS) {
      if (TextNormalizer.startsWith(title, 0, verb)) {
        return PartClass.PLAN; // "进一步做好外交工作": a heading that gives an instruction
      }
    }
    return votes.past() >= 3 && votes.past() >= votes.future() * PAST_AFTER_PLAN
        ? PartClass.REVIEW
        : PartClass.PLAN;
  }

  /** How many times more past than future votes turn a part after the plan into a review. */
  static final int PAST_AFTER_PLAN = 3;

  /**
   * Classes a part by the words of its heading and the years it names against the report's year;
   * null when they do not decide.
   */
  static PartClass byHeading(String title, String subtitle, Integer year) {
    String heading = title + (subtitle == null ? "" : " " + subtitle);
    int review = count(heading, LineRules.REVIEW_WORDS);
    int plan = count(heading, LineRules.PLAN_WORDS);
    if (year != null) {
      if (heading.contains(year + "年")) {
        plan++;
      }
      if (heading.contains((year - 1) + "年")) {
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
    return null;
  }

  /**
   * Classes folded running text by tense: each sentence votes past when it holds a past marker and
   * future when it holds a future marker; one side must outnumber the other by {@link #TENSE_RATIO}
   * with at least 3 votes, or be the only side with any vote, else {@code otherwise} is returned.
   */
  public static PartClass byTense(String text, PartClass otherwise) {
    return byVotes(votes(text), otherwise);
  }

  /** Classes text by its tense votes, as {@link #byTense} does. */
  public static PartClass byVotes(Votes v, PartClass otherwise) {
    int past = v.past();
    int future = v.future();
    if ((past >= 3 && past >= future * TENSE_RATIO) || (future == 0 && past > 0)) {
      return PartClass.REVIEW;
    }
    if ((future >= 3 && future >= past * TENSE_RATIO) || (past == 0 && future > 0)) {
      return PartClass.PLAN;
    }
    return otherwise;
  }

  /**
   * The sentences of folded {@code text} that hold a past marker and those that hold a future
   * marker. The votes of texts joined by line breaks are the sums of their votes, so a document's
   * votes add up from its parts' without a second pass.
   */
  public static Votes votes(String text) {
    int past = 0;
    int future = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || isSentenceEnd(text.charAt(i))) {
        int marks = marks(text, start, i);
        past += marks & 1;
        future += marks >> 1;
        start = i + 1;
      }
    }
    return new Votes(past, future);
  }

  /**
   * Whether the sentence {@code s[from, to)} holds a past marker (bit 0) and a future marker (bit
   * 1), in one pass that probes the two word lists only where a word of either can start.
   */
  private static int marks(String s, int from, int to) {
    boolean past = false;
    boolean future = false;
    for (int at = from; at < to && !(past && future); at++) {
      if (EITHER.startingWith(s.charAt(at)) == null) {
        continue;
      }
      past = past || isPastMarker(s, from, at, to);
      future = future || FUTURE.at(s, at, to) != null;
    }
    return (past ? 1 : 0) | (future ? 2 : 0);
  }

  /**
   * Counts of sentences that speak of the past and of the future.
   *
   * @param past sentences with a past marker, not negative
   * @param future sentences with a future marker, not negative
   */
  public record Votes(int past, int future) {
    /** No sentence. */
    public static final Votes NONE = new Votes(0, 0);

    /** The votes of both texts together. */
    public Votes plus(Votes other) {
      return new Votes(past + other.past, future + other.future);
    }
  }

  private static boolean isSentenceEnd(char c) {
    return Punctuation.isSentenceEnd(c) || c == '\n';
  }

  private static final WordIndex PAST = new WordIndex(LineRules.PAST_MARKERS);
  private static final WordIndex FUTURE = new WordIndex(LineRules.FUTURE_MARKERS);

  /** The words of both lists, to skip at one probe the characters where neither can start. */
  private static final WordIndex EITHER =
      new WordIndex(
          Stream.concat(LineRules.PAST_MARKERS.stream(), LineRules.FUTURE_MARKERS.stream())
              .toList());

  /** Whether the sentence holds a past marker; 了 counts unless it is part of 为了, 除了 or 了解. */
  static boolean hasPastMarker(String s) {
    return hasPastMarker(s, 0, s.length());
  }

  /** Whether the sentence {@code s[from, to)} holds a past marker. */
  private static boolean hasPastMarker(String s, int from, int to) {
    for (int at = from; at < to; at++) {
      if (isPastMarker(s, from, at, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a past marker of the sentence {@code s[from, to)} starts at {@code at}. */
  private static boolean isPastMarker(String s, int from, int at, int to) {
    String w = PAST.at(s, at, to);
    if (w == null) {
      return false;
    }
    boolean compound =
        w.equals("了")
            && ((at > from && (s.charAt(at - 1) == '为' || s.charAt(at - 1) == '除'))
                || (at + 1 < to && s.charAt(at + 1) == '解'));
    return !compound;
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

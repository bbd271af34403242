package io.github.workreport.internal.target;

import io.github.workreport.internal.text.WordIndex;
import io.github.workreport.internal.text.WordSets;
import io.github.workreport.internal.text.Years;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Tier;
import java.util.List;

/**
 * Whether a figure is planned or reported, the period it is for, its tier and whether it stands in
 * the headline block. Status words are looked for in a window of {@link TargetRules#CONTEXT} around
 * the figure, found once per paragraph; a past frame that opens a sentence ("过去一年，…") carries to
 * the sentences after it until one looks ahead. Not thread-safe: one per parse.
 */
final class StatusReader {
  private static final WordSets WORDS =
      new WordSets(
          List.of(
              StatusWords.PAST_WORDS,
              StatusWords.PAST_FRAMES,
              StatusWords.FUTURE_WORDS,
              StatusWords.STRONG_FUTURE_WORDS,
              StatusWords.PAST_COMPARISONS,
              StatusWords.PAST_SENTENCE_FRAMES,
              StatusWords.FUTURE_SENTENCE_FRAMES));
  private static final int PAST_WORD = 0;
  private static final int PAST_FRAME = 1;
  private static final int FUTURE_WORD = 2;
  private static final int STRONG_FUTURE_WORD = 3;
  private static final int PAST_COMPARISON = 4;
  private static final int PAST_SENTENCE = 5;
  private static final int FUTURE_SENTENCE = 6;

  private final Integer year;
  private final PeriodCarry periods = new PeriodCarry();
  private String folded;
  private WordSets.Hits hits;

  /** Whether the sentences before the current one in the paragraph speak of the past. */
  private boolean past;

  /** What the current sentence says of the tense of those after it. */
  private boolean pastNext;

  /** The year an earlier sentence of the paragraph opened on ("1956年国家预算收入中，…"), or null. */
  private Integer framed;

  /** The year the current sentence opens on, or that an earlier one did, or null. */
  private Integer framedNext;

  /** The year an earlier sentence of the paragraph opened on, for the period; or null. */
  private Integer dated;

  /** The year the current sentence or an earlier one opened on, for the period; or null. */
  private Integer datedNext;

  /** Whether the sentence that opened on {@link #datedNext} spoke of several years. */
  private boolean datedSpans;

  /** A reader for a report of {@code year} (null when unknown). */
  StatusReader(Integer year) {
    this.year = year;
  }

  /** Starts a paragraph, given folded. */
  void paragraph(String n) {
    periods.paragraph(n);
    folded = n;
    hits = null;
    past = false;
    pastNext = false;
    framed = null;
    framedNext = null;
    dated = null;
    datedNext = null;
    datedSpans = false;
  }

  private WordSets.Hits hits() {
    if (hits == null) {
      hits =
          WORDS.hits(
              folded); // once per paragraph: a scan of each window per figure would cost its length
      // each time
    }
    return hits;
  }

  /**
   * Starts sentence {@code [from, to)}: its time frame, if any, sets the tense of those after it.
   */
  void sentence(int from, int to) {
    periods.sentence(from, to);
    past = pastNext;
    framed = framedNext;
    int opening = openingYear(from, to);
    framedNext = opening > 0 ? Integer.valueOf(opening) : framedNext;
    // unlike the tense, a sentence of targets ("主要预期目标是:…") keeps the year of the paragraph
    dated = datedNext;
    datedNext = opening > 0 ? Integer.valueOf(opening) : datedNext;
    // "1992年国民生产总值…，五年平均每年增长…": a year that opens a review of several years
    datedSpans = opening > 0 ? spansYears(from, to) : datedSpans;
    int lastPast = last(PAST_SENTENCE, from, to);
    int lastFuture = last(FUTURE_SENTENCE, from, to);
    if (lastPast >= 0 || lastFuture >= 0) {
      pastNext = lastPast > lastFuture;
      framedNext = opening > 0 ? Integer.valueOf(opening) : null; // "过去一年，…": a frame of its own
      if (pastNext) {
        // "过去五年，…", "五年来，…" look back over years of their own
        datedNext = framedNext;
        datedSpans = false;
      }
    }
  }

  /** The year "NNNN年" that opens the sentence {@code [from, to)} as its frame, or 0. */
  private int openingYear(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(folded.charAt(i))) {
      i++;
    }
    if (i + 5 >= to || folded.charAt(i + 4) != '年') {
      return 0;
    }
    int y = 0;
    for (int k = i; k < i + 4; k++) {
      char c = folded.charAt(k);
      if (c < '0' || c > '9') {
        return 0;
      }
      y = y * 10 + (c - '0');
    }
    // "2020年以来", "2020年到2025年": a stretch of time, not the year of what follows
    boolean stretch = folded.startsWith("以来", i + 5) || "到至-—".indexOf(folded.charAt(i + 5)) >= 0;
    return Years.contains(y) && !stretch ? y : 0;
  }

  /**
   * The period of the figure at {@code at} of the current paragraph, whose sentence starts at
   * {@code sentenceFrom}: its own, or one carried from the sentence or paragraph before (see {@link
   * PeriodCarry}); null when none. Figures of a sentence are asked for in order.
   */
  String period(int sentenceFrom, int at) {
    String own = periods.period(sentenceFrom, at);
    // a year far from the report's opens a review of several years ("1998年发生特大洪水后，…"),
    // whose later sentences are of those years, not of the one that opened it
    boolean near = dated != null && !datedSpans && year != null && Math.abs(dated - year) <= 1;
    if (own != null || !near || spansYears(sentenceFrom, at)) {
      return own;
    }
    // a sentence with no time of its own is of the year an earlier one of its paragraph opened on
    // (the year reviewed, or planned), unless it counts years of its own ("五年内")
    return FigurePeriod.or(folded, sentenceFrom, at, dated.toString());
  }

  /** Words that make a figure one over several years ("年均增长", "平均每年", "累计"), whatever frames it. */
  private static final WordIndex SPANNING = new WordIndex(List.of("年均", "每年", "累计", "历年", "以来"));

  /**
   * Whether a word of {@link #SPANNING} or a count of years ("五年", "3年") stands in the figure's
   * sentence before it.
   */
  private boolean spansYears(int sentenceFrom, int at) {
    int from = Math.max(sentenceFrom, at - TargetRules.CONTEXT);
    if (SPANNING.occursIn(folded, from, at)) {
      return true;
    }
    for (int k = from; k < at; k++) {
      if (folded.charAt(k) == '年' && countsYears(from, k)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the 年 at {@code k} follows a count of one or two letters, not a year's digits. */
  private boolean countsYears(int from, int k) {
    int d = k;
    while (d > from && k - d < 3 && isCount(folded.charAt(d - 1))) {
      d--;
    }
    return d < k && k - d <= 2 && (d == from || !isCount(folded.charAt(d - 1)));
  }

  private static boolean isCount(char c) {
    return (c >= '0' && c <= '9') || "一二两三四五六七八九十".indexOf(c) >= 0;
  }

  /** The last word of a list in the range that is not the reference of a comparison, or -1. */
  private int last(int list, int from, int to) {
    int found = -1;
    for (int at = hits().next(list, from, to, from);
        at >= 0;
        at = hits().next(list, from, to, at + 1)) {
      if (!isReference(at)) {
        found = at;
      }
    }
    return found;
  }

  private boolean isReference(int at) {
    return at > 0 && StatusWords.REFERENCE_BEFORE.indexOf(folded.charAt(at - 1)) >= 0;
  }

  /** The status of figure {@code [at, end)} of clause {@code c} in a part of class {@code part}. */
  TargetStatus status(Clause c, int at, int end, PartClass part, String period) {
    // the words that decide stand near the figure: a bounded window keeps a parse linear
    int clauseStart = Math.max(c.from(), at - TargetRules.CONTEXT);
    int windowEnd = Math.min(c.to(), at + TargetRules.CONTEXT);
    int sentenceStart = Math.max(c.sentenceFrom(), at - TargetRules.CONTEXT);
    // a past word after the figure speaks for it only up to the next item ("新增1000处、累计达8000处")
    int itemEnd = end;
    while (itemEnd < windowEnd && folded.charAt(itemEnd) != '、') {
      itemEnd++;
    }
    if (hits().any(PAST_WORD, clauseStart, itemEnd)
        || pastFrame(sentenceStart, at)
        || comparisonBase(clauseStart, at)) {
      return TargetStatus.REPORTED;
    }
    // a sentence with no year of its own is of the year an earlier one of its paragraph opened on
    String own = period != null ? period : framed != null ? framed.toString() : null;
    int first = own == null ? 0 : Integer.parseInt(own.substring(0, 4));
    int last = own == null ? 0 : Integer.parseInt(own.substring(own.length() - 4));
    // in a review, a stretch the report stands inside ("“一五”" in a 1957 report) says neither: the
    // words decide
    boolean inside = year != null && part == PartClass.REVIEW && first < year && year <= last;
    if (year != null && own != null && !inside) {
      return last < year ? TargetStatus.REPORTED : TargetStatus.PLANNED;
    }
    if (year == null && yearRange(sentenceStart, at)) {
      return TargetStatus.REPORTED; // "一九七一年到一九七八年的人口自然增长率…": a stretch of years gone by
    }
    // in a review part only the clause itself can say that a figure is a target
    // in a review part only the clause itself, or a sentence that opens on this year, can say a
    // figure is a target
    boolean future =
        part == PartClass.REVIEW
            ? future(STRONG_FUTURE_WORD, clauseStart, windowEnd) || thisYear(sentenceStart, at)
            : future(FUTURE_WORD, sentenceStart, windowEnd);
    if (future) {
      return TargetStatus.PLANNED;
    }
    if (hits().any(PAST_COMPARISON, clauseStart, windowEnd) || (past && part != PartClass.REVIEW)) {
      return TargetStatus.REPORTED;
    }
    return part == PartClass.PLAN ? TargetStatus.PLANNED : TargetStatus.REPORTED;
  }

  /**
   * A past frame before the figure in its sentence that is not the reference of a comparison
   * ("比去年").
   */
  private boolean pastFrame(int from, int at) {
    for (int k = hits().next(PAST_FRAME, from, at, from);
        k >= 0;
        k = hits().next(PAST_FRAME, from, at, k + 1)) {
      if (!isReference(k) && !(folded.startsWith("原来", k) && presentAfter(k, at))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "原来日产量…，现在日产量…": a word of the present after 原来 ends its reach; what follows is set against the
   * past, not part of it.
   */
  private boolean presentAfter(int from, int at) {
    for (int i = from; i < at; i++) {
      if (StatusWords.isPresent(folded, i)) {
        return true;
      }
    }
    return false;
  }

  /** A future word in the window, leaving out 计划 as the name of a programme ("入选“万人计划”"). */
  private boolean future(int list, int from, int to) {
    for (int k = hits().next(list, from, to, from);
        k >= 0;
        k = hits().next(list, from, to, k + 1)) {
      // 计划 plans when an action follows it ("计划新建", "计划在…"); else it names a programme
      boolean programme =
          folded.startsWith("计划", k)
              && (k + 2 >= folded.length()
                  || planDone(k)
                  || TargetRules.VERB_INDEX.at(folded, k + 2) == null
                      && StatusWords.PLAN_AFTER.indexOf(folded.charAt(k + 2)) < 0);
      boolean review = folded.startsWith("今年", k) && thisYearPast(k + 2);
      boolean name = folded.startsWith("预期寿命", k); // "人均预期寿命" names a measure, it plans nothing
      if (!programme && !review && !name) {
        return true;
      }
    }
    return false;
  }

  /** Whether 今年 (not 今年以来, 今年上半年…) stands before the figure in its sentence. */
  private boolean thisYear(int from, int at) {
    for (int k = from; k + 2 <= at; k++) {
      if (folded.startsWith("今年", k) && !thisYearPast(k + 2)) {
        return true;
      }
    }
    return false;
  }

  /** Whether two years joined by 到 or 至 ("1971年到1978年", "一九七一年至一九七八年") stand before the figure. */
  private boolean yearRange(int from, int at) {
    for (int k = from + 2; k + 3 < at; k++) {
      char c = folded.charAt(k + 1);
      if (folded.charAt(k) == '年'
          && (c == '到' || c == '至')
          && FigurePeriod.isYearDigit(folded.charAt(k - 1))
          && FigurePeriod.isYearDigit(folded.charAt(k - 2))
          && FigurePeriod.isYearDigit(folded.charAt(k + 2))
          && FigurePeriod.isYearDigit(folded.charAt(k + 3))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the 计划 at {@code k} is a plan carried out ("完成计划", "完成年度计划"). */
  private boolean planDone(int k) {
    for (String w : StatusWords.PLAN_DONE_BEFORE) {
      if (k >= w.length() && folded.startsWith(w, k - w.length())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the figure at {@code at} is the base of a comparison ("比一九五八年的二千八百万吨增长…"). */
  private boolean comparisonBase(int from, int at) {
    int i = at;
    if (i > from && folded.charAt(i - 1) == '的') {
      i--;
    }
    int y = PredicateReader.yearBefore(folded, from, i);
    i -= y;
    if (y == 0) {
      for (String w : StatusWords.PAST_REFERENCES) {
        if (i - w.length() >= from && folded.startsWith(w, i - w.length())) {
          i -= w.length();
          break;
        }
      }
    }
    return i < at && i > from && (folded.charAt(i - 1) == '比' || folded.charAt(i - 1) == '较');
  }

  private boolean thisYearPast(int after) {
    for (String w : StatusWords.THIS_YEAR_PAST) {
      if (folded.startsWith(w, after)) {
        return true;
      }
    }
    return false;
  }

  /** The tier that {@code n[from, to)} names ("…的目标值", "争取值", "奋斗值"), or null. */
  static Tier tier(String n, int from, int to) {
    Tier found = null;
    for (int i = from; i + 3 <= to; i++) {
      if (n.charAt(i + 2) == '值') {
        if (n.startsWith("目标", i)) {
          return Tier.TARGET; // the target value names the tier even beside a strive value
        } else if (n.startsWith("争取", i) && found != Tier.STRIVE) {
          found = Tier.STRIVE;
        } else if (n.startsWith("奋斗", i) && found == null) {
          found = Tier.STRETCH;
        }
      }
    }
    return found;
  }

  /** Where the headline block starts in a paragraph, or -1. */
  static int headlineStart(String n) {
    for (String w : StatusWords.HEADLINE_WORDS) {
      for (int at = n.indexOf(w); at >= 0; at = n.indexOf(w, at + 1)) {
        // the words must announce targets: "主要经济指标的目标值…:", not "主要经济指标增速高于…"
        String next = n.substring(at + w.length(), Math.min(n.length(), at + w.length() + 12));
        if (w.contains("目标")
            || w.equals("今年计划要求")
            || next.contains("目标")
            || next.contains("预期")
            || next.startsWith(":")
            || next.startsWith("是")
            || next.startsWith("为")) {
          return at;
        }
      }
    }
    return -1;
  }
}

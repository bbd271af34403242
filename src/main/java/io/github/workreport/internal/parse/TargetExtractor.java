package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.NumberReader;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.Units;
import io.github.workreport.internal.text.WordSets;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Quantity;
import io.github.workreport.model.Severity;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every quantified statement of a paragraph: the figure and its unit, the indicator it
 * measures (with the subject carried over a clause, and "分别"/"均" spread over listed subjects),
 * its measure, bound, status, tier, period and whether it belongs to the headline block. Run-on
 * lists whose separators were lost split at each figure, since each figure's indicator is the text
 * since the figure before it. The word lists live in {@link TargetRules}. Not thread-safe: one
 * instance per parse.
 */
public final class TargetExtractor {
  /** How far around a figure its status and period words are looked for. */
  static final int CONTEXT = 200;

  private final Integer year;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  /** The paragraph being read, the report's text, and the offsets of the one in the other once needed. */
  private Paragraph paragraph;
  private String reportText;
  private int[] map;
  private static final int[] UNBROKEN = new int[0];
  /** The status words of the current paragraph, found when its first figure needs them. */
  private WordSets.Hits statusWords;
  /** Set when a paragraph ends by announcing the headline block ("主要预期目标是:"). */
  private boolean headlineNext;

  /**
   * An extractor for one report.
   *
   * @param year the report's year, or null
   */
  public TargetExtractor(Integer year) {
    this.year = year;
  }

  /** One figure found in a clause, before it becomes targets. */
  private record Figure(NumberReader.Number number, String unit, int end, Bound bound, List<BigDecimal[]> values) {}

  /** The targets of a paragraph of a part of class {@code part}. */
  public List<Target> paragraph(Paragraph p, String text, PartClass part, String sectionId) {
    String t = p.text();
    String n = TextNormalizer.normalize(t);
    paragraph = p;
    reportText = text;
    map = null;
    statusWords = null;
    boolean review = part == PartClass.REVIEW;
    int headline = review ? -1 : headlineStart(n);
    int headlineFrom = review ? -1 : headlineNext ? 0 : headline;
    int last = n.length() - 1;
    while (last >= 0 && Character.isWhitespace(n.charAt(last))) {
      last--;
    }
    headlineNext = headline >= 0 && n.charAt(last) == ':';
    List<Target> out = new ArrayList<>();
    int sentenceStart = 0;
    String subject = null;
    for (int i = 0; i <= n.length(); i++) {
      if (i < n.length() && !isSentenceEnd(n, i)) {
        continue;
      }
      if (i > sentenceStart) {
        subject = sentence(t, n, sentenceStart, i, part, sectionId, headlineFrom, subject, out);
      }
      sentenceStart = i + 1;
      if (headlineFrom < 0 || i < headlineFrom) {
        subject = null;
      }
    }
    return out;
  }

  private static boolean isSentenceEnd(String n, int i) {
    char c = n.charAt(i);
    return c == '\u3002' || c == '!' || c == '?' || c == ';';
  }

  /** Reads one sentence; returns the subject to carry into the next one. */
  private String sentence(String t, String n, int from, int to, PartClass part, String sectionId,
      int headlineFrom, String carried, List<Target> out) {
    String subject = carried;
    int clauseStart = from;
    int depth = 0;
    for (int i = from; i <= to; i++) {
      if (i < to) {
        char d = n.charAt(i);
        if (d == '(' || d == '\u300A' || d == '\u201C') {
          depth++;
        } else if ((d == ')' || d == '\u300B' || d == '\u201D') && depth > 0) {
          depth--;
        }
        if (depth > 0 || !isClauseEnd(n, i, from)) {
          continue;
        }
      }
      if (i > clauseStart) {
        subject = clause(t, n, clauseStart, i, from, to, part, sectionId, headlineFrom, subject, out);
      }
      clauseStart = i + 1;
    }
    return subject;
  }

  /** A clause ends at a comma or colon (the caller checks that it stands outside brackets and quotes). */
  private static boolean isClauseEnd(String n, int i, int from) {
    char c = n.charAt(i);
    if (c != ',' && c != ':') {
      return false;
    }
    // a thousands separator (1,100套) does not end a clause; digits are ASCII once folded
    return !(c == ',' && i > from && isDigit(n.charAt(i - 1)) && i + 3 < n.length() && isDigit(n.charAt(i + 1))
        && isDigit(n.charAt(i + 2)) && isDigit(n.charAt(i + 3)) && (i + 4 >= n.length() || !isDigit(n.charAt(i + 4))));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private String clause(String t, String n, int from, int to, int sentenceFrom, int sentenceTo, PartClass part,
      String sectionId, int headlineFrom, String carried, List<Target> out) {
    String subject = carried;
    int segmentStart = from;
    int i = from;
    List<Target> inClause = null;
    Measure lastMeasure = null;
    // most clauses hold no figure: their span and text are made only when one is found
    Span clauseSpan = null;
    String clauseText = null;
    while (i < to) {
      if (!NumberReader.startsNumber(n, i) || (i > from && isWordChar(n.charAt(i - 1)))) {
        i++;
        continue;
      }
      NumberReader.Number num = NumberReader.read(n, i);
      if (num == null || num.end() > to) {
        i++;
        continue;
      }
      Figure f = figure(n, num, to);
      if (f == null || skip(n, num, f, segmentStart)) {
        i = Math.max(i + 1, num.end());
        continue;
      }
      String segment = t.substring(segmentStart, num.start());
      String segNorm = n.substring(segmentStart, num.start());
      int verbAt = TargetRules.lastVerb(segNorm);
      String verb = verbAt < 0 ? null : TargetRules.verbAt(segNorm, verbAt);
      Measure measure = TargetRules.measure(verb, f.unit());
      Bound bound = f.bound() != null ? f.bound() : TargetRules.boundBefore(segNorm);
      if (f.number().upper() != null) {
        bound = Bound.RANGE;
      }
      String before = verbAt < 0 ? segment : segment.substring(0, verbAt);
      String after = verbAt < 0 ? "" : segment.substring(verbAt + verb.length());
      boolean spread = TargetRules.spreads(before + after);
      if (verb == null && lastMeasure != null) {
        measure = lastMeasure; // "新建学校5所和幼儿园3所": the verb carries over the list
      }
      String head = TargetRules.cleanIndicator(TargetRules.stripActor(TargetRules.cleanIndicator(
          measure == Measure.INCREMENT ? TargetRules.stripTrailingVerbs(before) : before)));
      String tail = TargetRules.cleanIndicator(after);
      String indicator;
      if (tail.isEmpty()) {
        indicator = head;
      } else if (measure == Measure.INCREMENT) {
        // "城镇新增就业": a short noun before the verb belongs to the name
        indicator = head.length() <= 2 ? head + tail : tail;
      } else {
        indicator = tail;
      }
      indicator = indicator.replace("\u65B0\u589E", "");
      if (verb != null && indicator.isEmpty() && TargetRules.NOUN_VERBS.contains(verb)) {
        indicator = verb; // "预计投入1.24亿元": the verb names what is measured
      } else if (verb != null && TargetRules.GROWTH_NOUNS.contains(verb) && !indicator.isEmpty()
          && TargetRules.cleanIndicator(indicator).length() <= 2) {
        indicator = indicator + verb; // "经济增速": the rate word is part of the name
      }
      if (indicator.isEmpty() && measure == Measure.INCREMENT) {
        indicator = TargetRules.cleanIndicator(nounAfter(t, n, f.end(), to));
      }
      if (indicator.isEmpty() || TargetRules.isGeneric(indicator)) {
        indicator = subject == null ? indicator : subject;
      }
      if (indicator.isEmpty()) {
        indicator = TargetRules.cleanIndicator(nounAfter(t, n, f.end(), to));
      }
      if (indicator.isEmpty()) {
        if (verb != null) {
          diagnostics.add(new Diagnostic(Severity.INFO, "target-without-indicator",
              "no indicator found for the figure " + t.substring(num.start(), f.end()), new Span(offset(num.start()), offset(f.end() - 1) + 1)));
        }
        segmentStart = f.end();
        i = f.end();
        continue;
      }
      List<String> subjects = spread ? TargetRules.spreadSubjects(indicator) : List.of(TargetRules.expandSectors(indicator));
      List<BigDecimal[]> values = f.values();
      boolean headline = headlineFrom >= 0 && num.start() > headlineFrom;
      String period = period(n, sentenceFrom, num.start());
      TargetStatus status = status(n, from, to, sentenceFrom, num.start(), part, period);
      if (clauseSpan == null) {
        clauseSpan = new Span(offset(from), offset(to - 1) + 1);
        clauseText = t.substring(from, to).strip();
        inClause = new ArrayList<>();
      }
      Span span = clauseSpan;
      String text = clauseText;
      if (to - from > 2 * CONTEXT) {
        // a clause without marks of any length would copy into every target: keep a window
        int ws = Math.max(from, num.start() - CONTEXT / 4);
        int we = Math.min(to, f.end() + CONTEXT / 4);
        span = new Span(offset(ws), offset(we - 1) + 1);
        text = t.substring(ws, we).strip();
      }
      for (int v = 0; v < values.size(); v++) {
        String ind = subjects.size() == values.size() ? subjects.get(v) : spread && subjects.size() > 1 && values.size() == 1
            ? null : subjects.get(Math.min(v, subjects.size() - 1));
        if (ind == null) {
          for (String s : subjects) {
            inClause.add(target(s, values.get(0), f, measure, bound, status, headline, period, text, span, sectionId));
          }
          continue;
        }
        inClause.add(target(ind, values.get(v), f, measure, bound, status, headline, period, text, span, sectionId));
      }
      if (subjects.size() == 1) {
        subject = subjects.get(0);
      }
      lastMeasure = measure;
      segmentStart = f.end();
      i = f.end();
    }
    if (inClause == null) {
      return subject;
    }
    Tier tier = TargetRules.tier(n, from, to);
    for (Target x : inClause) {
      out.add(tier == null ? x : new Target(x.indicator(), x.value(), x.upper(), x.unit(), x.normalized(), x.measure(),
          x.bound(), x.status(), tier, x.headline(), x.period(), x.text(), x.span(), x.sectionId()));
    }
    return subject;
  }

  private static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || (c >= '0' && c <= '9');
  }

  private Target target(String indicator, BigDecimal[] value, Figure f, Measure measure, Bound bound, TargetStatus status,
      boolean headline, String period, String text, Span span, String sectionId) {
    String mag = f.number().magnitude();
    String unit = mag + f.unit();
    BigDecimal scale = Units.magnitude(mag.isEmpty() ? null : mag);
    String baseUnit = f.unit();
    BigDecimal nv = value[0];
    BigDecimal nu = value[1];
    if (f.number().percent()) {
      baseUnit = "%";
      unit = "%";
    }
    if ("\u6210".equals(baseUnit)) {
      scale = BigDecimal.TEN;
      baseUnit = "%";
    }
    Quantity q = new Quantity(strip(nv.multiply(scale)), nu == null ? null : strip(nu.multiply(scale)), baseUnit);
    return new Target(indicator, strip(value[0]), value[1] == null ? null : strip(value[1]), unit, q, measure,
        value[1] != null ? Bound.RANGE : bound == Bound.RANGE ? Bound.EXACT : bound, status, null, headline, period, text,
        span, sectionId);
  }

  private static BigDecimal strip(BigDecimal d) {
    BigDecimal s = d.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** The unit, bound and parallel values after a number, or null when no known unit follows. */
  private static Figure figure(String n, NumberReader.Number num, int to) {
    int j = num.end();
    String unit = num.percent() ? "%" : Units.unitAt(n, j);
    if (unit == null) {
      return null;
    }
    if (!num.percent()) {
      j += unit.length();
    }
    List<BigDecimal[]> values = new ArrayList<>();
    values.add(new BigDecimal[] {num.value(), num.upper()});
    // "2%、4%、8%", "7%和8%": parallel values for listed subjects
    Bound listBound = null;
    while (j < to) {
      int k = j;
      // "3.5%左右、6%左右、5%左右": a bound may follow each value of the list
      for (String[] b : TargetRules.BOUNDS_AFTER) {
        if (n.startsWith(b[0], k) && k + b[0].length() < to && isListMark(n.charAt(k + b[0].length()))) {
          listBound = Bound.valueOf(b[1]);
          k += b[0].length();
          break;
        }
      }
      if (k < to && isListMark(n.charAt(k))) {
        k++;
      } else {
        break;
      }
      if (k >= to || !NumberReader.startsNumber(n, k)) {
        break;
      }
      NumberReader.Number next = NumberReader.read(n, k);
      if (next == null || !next.magnitude().equals(num.magnitude())) {
        break;
      }
      String u2 = Units.unitAt(n, next.end());
      if (u2 != null && !u2.equals(unit)) {
        break;
      }
      values.add(new BigDecimal[] {next.value(), next.upper()});
      j = next.end() + (u2 == null ? 0 : u2.length());
    }
    Bound bound = listBound;
    String after = n.substring(j, Math.min(to, j + 3));
    for (String[] b : TargetRules.BOUNDS_AFTER) {
      if (after.startsWith(b[0])) {
        bound = Bound.valueOf(b[1]);
        j += b[0].length();
        break;
      }
    }
    return new Figure(num, unit, j, bound, values);
  }

  private static boolean isListMark(char c) {
    return c == '\u3001' || c == '\u548C' || c == '\u53CA' || c == '\u4E0E';
  }

  /** Numbers that are not figures: ordinals, dates, codes, and small Chinese counts used as words. */
  private static boolean skip(String n, NumberReader.Number num, Figure f, int segmentStart) {
    int s = num.start();
    if (s > 0 && (n.charAt(s - 1) == '\u7B2C' || n.charAt(s - 1) == '\u201C')) {
      return true;
    }
    char first = n.charAt(s);
    boolean chinese = !(first >= '0' && first <= '9') && !num.percent();
    if (chinese && num.value().compareTo(BigDecimal.ONE) == 0 && num.upper() == null && !f.unit().endsWith("\u767E\u5206\u70B9")) {
      return true; // "一个中心", "一批项目": 一 is an article
    }
    if (chinese && num.value().compareTo(BigDecimal.TEN) <= 0 && num.magnitude().isEmpty()) {
      // "一个中心", "两个维护": a small Chinese count is a figure only right after a measure verb
      String seg = n.substring(segmentStart, s);
      int v = TargetRules.lastVerb(seg);
      return v < 0 || v + TargetRules.verbAt(seg, v).length() != seg.length();
    }
    return false;
  }

  /** A short noun phrase after a figure ("改造6栋住宅单体" gives 住宅单体). */
  private static String nounAfter(String t, String n, int from, int to) {
    int end = from;
    while (end < to && end - from < 12 && Punctuation.isHan(n.charAt(end)) && n.charAt(end) != '\u7684') {
      end++;
    }
    return t.substring(from, end);
  }

  /** Where the headline block starts in the paragraph, or -1. */
  private static int headlineStart(String n) {
    for (String w : TargetRules.HEADLINE_WORDS) {
      int at = n.indexOf(w);
      while (at >= 0) {
        // the words must announce targets: "主要经济指标的目标值…:", not "主要经济指标增速高于…"
        String next = n.substring(at + w.length(), Math.min(n.length(), at + w.length() + 12));
        if (w.contains("\u76EE\u6807") || next.contains("\u76EE\u6807") || next.contains("\u9884\u671F")
            || next.startsWith(":") || next.startsWith("\u662F")) {
          return at;
        }
        at = n.indexOf(w, at + 1);
      }
    }
    return -1;
  }

  /** The time the figure is for: the nearest year or five-year plan named before it in its sentence. */
  static String period(String n, int sentenceFrom, int at) {
    int from = Math.max(sentenceFrom, at - CONTEXT);
    for (int k = at - 1; k >= from; k--) {
      char c = n.charAt(k);
      if (c == '\u5E74' && k - 4 >= from && isDigits(n, k - 4, k) && (k - 4 == from || !isDigit(n.charAt(k - 5)))
          && !(k + 3 <= at && n.startsWith("\u4EE5\u6765", k + 1))) {
        int yr = Integer.parseInt(n, k - 4, k, 10);
        if (yr >= 1949 && yr <= 2100) {
          return n.substring(k - 4, k);
        }
      }
      if (c == '\u4E94' && k - 2 >= from && n.charAt(k - 2) == '\u5341') {
        long num = io.github.workreport.internal.text.ChineseNumerals.parse(n, k - 2, k);
        if (num >= 3 && num < 20) {
          int startYear = 1966 + 5 * (int) (num - 3);
          return startYear + "-" + (startYear + 4);
        }
      }
    }
    return null;
  }

  private static boolean isDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private TargetStatus status(String n, int clauseFrom, int clauseTo, int sentenceFrom, int at, PartClass part,
      String period) {
    // the words that decide stand near the figure: a bounded window keeps a parse linear
    int clauseStart = Math.max(clauseFrom, at - CONTEXT);
    int windowEnd = Math.min(clauseTo, at + CONTEXT);
    int sentenceStart = Math.max(sentenceFrom, at - CONTEXT);
    if (statusWords == null) {
      // found once per paragraph: a scan of each window per figure would cost its length each time
      statusWords = TargetRules.STATUS_WORDS.hits(n);
    }
    if (statusWords.any(TargetRules.PAST_WORD, clauseStart, windowEnd)
        || statusWords.any(TargetRules.PAST_FRAME, sentenceStart, at)) {
      return TargetStatus.REPORTED;
    }
    if (year != null && period != null) {
      int end = Integer.parseInt(period.substring(period.length() - 4));
      return end < year ? TargetStatus.REPORTED : TargetStatus.PLANNED;
    }
    // in a review part only the clause itself can say that a figure is a target
    boolean future = part == PartClass.REVIEW ? statusWords.any(TargetRules.STRONG_FUTURE_WORD, clauseStart, windowEnd)
        : statusWords.any(TargetRules.FUTURE_WORD, sentenceStart, windowEnd);
    if (future) {
      return TargetStatus.PLANNED;
    }
    return part == PartClass.PLAN ? TargetStatus.PLANNED : TargetStatus.REPORTED;
  }

  /** The offset in the report's text of index {@code i} of the current paragraph's text. */
  private int offset(int i) {
    if (map == null) {
      Span span = paragraph.span();
      String t = paragraph.text();
      // a paragraph that is one unbroken stretch of the text needs no map; others get one, once
      map = t.length() == span.end() - span.start() && reportText.startsWith(t, span.start()) ? UNBROKEN
          : offsets(paragraph, reportText);
    }
    return map == UNBROKEN ? paragraph.span().start() + i : map[i];
  }

  /** Maps each index of a paragraph's rejoined text to its offset in the report's text. */
  private static int[] offsets(Paragraph p, String text) {
    String t = p.text();
    int[] map = new int[t.length() + 1];
    int j = p.span().start();
    for (int i = 0; i < t.length(); i++) {
      while (j < p.span().end() && text.charAt(j) != t.charAt(i)) {
        j++;
      }
      map[i] = Math.min(j, p.span().end() - 1);
      j++;
    }
    map[t.length()] = p.span().end();
    return map;
  }

  /** What the reading noticed. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}

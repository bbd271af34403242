package io.github.workreport.internal.target;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.target.IndicatorNamer.Naming;
import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.Units;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Quantity;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Tier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every quantified statement of a paragraph. The paragraph is cut into sentences and clauses;
 * each clause's figures are read by {@link FigureReader}, its from→to frames found by {@link
 * Pairing}, each figure named by {@link IndicatorNamer} and given its status, period, tier and
 * headline flag by {@link StatusReader}; the indicator's key comes from {@link IndicatorKeys}. Not
 * thread-safe: one instance per parse.
 */
public final class TargetExtractor {
  private final StatusReader status;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** Set when a paragraph ends by announcing the headline block ("主要预期目标是:"). */
  private boolean headlineNext;

  /**
   * An extractor for one report.
   *
   * @param year the report's year, or null
   */
  public TargetExtractor(Integer year) {
    this.status = new StatusReader(year);
  }

  /** What one paragraph's reading shares: where it stands and what it writes to. */
  private record Context(
      Paragraph paragraph,
      ParagraphOffsets offsets,
      PartClass part,
      String sectionId,
      int headlineFrom,
      List<Target> out) {}

  /**
   * The targets of paragraph {@code p} of a part of class {@code part}; {@code text} is the
   * report's text.
   */
  public List<Target> paragraph(Paragraph p, String text, PartClass part, String sectionId) {
    return paragraph(p, TextNormalizer.normalize(p.text()), text, part, sectionId);
  }

  /**
   * As {@link #paragraph(Paragraph, String, PartClass, String)}, with {@code n} the paragraph's
   * text already folded (its text view's), so that it is not folded again.
   */
  public List<Target> paragraph(
      Paragraph p, String n, String text, PartClass part, String sectionId) {
    String t = p.text();
    status.paragraph(n);
    boolean review = part == PartClass.REVIEW;
    int headline = review ? -1 : StatusReader.headlineStart(n);
    int headlineFrom = review ? -1 : headlineNext ? 0 : headline;
    headlineNext = headline >= 0 && n.strip().endsWith(":");
    Context ctx =
        new Context(
            p, new ParagraphOffsets(p, text), part, sectionId, headlineFrom, new ArrayList<>());
    SentenceCarry carry = new SentenceCarry();
    int sentenceStart = 0;
    // one turn a sentence (see SentenceEnds)
    for (int i = SentenceEnds.next(n, 0); i <= n.length(); i = SentenceEnds.next(n, i + 1)) {
      if (i > sentenceStart) {
        status.sentence(sentenceStart, i);
        sentence(ctx, t, n, sentenceStart, i, carry);
      }
      sentenceStart = i + 1;
      if (headlineFrom < 0 || i < headlineFrom) {
        // a subject carries across sentences only inside the headline block
        carry = new SentenceCarry();
      } else {
        carry.resolveTopic(); // a topic read ends the subject carried to the next sentence
        carry.topic = carry.heading = null;
      }
    }
    return ctx.out();
  }

  private void sentence(Context ctx, String t, String n, int from, int to, SentenceCarry carry) {
    int clauseStart = from;
    int depth = 0;
    for (int i = from; i <= to; i++) {
      if (i < to) {
        char d = n.charAt(i);
        if (d == '(' || d == '《' || d == '“') {
          depth++;
        } else if ((d == ')' || d == '》' || d == '”') && depth > 0) {
          depth--;
        }
        if (depth > 0 || !isClauseEnd(n, i, from) || Pairing.joinsAcrossComma(n, clauseStart, i)) {
          continue;
        }
      }
      if (i > clauseStart) {
        clause(ctx, new Clause(t, n, clauseStart, i, from, to), carry);
      }
      clauseStart = i + 1;
    }
  }

  /**
   * A clause ends at a comma or colon (the caller checks that it stands outside brackets and
   * quotes).
   */
  private static boolean isClauseEnd(String n, int i, int from) {
    char c = n.charAt(i);
    if (c != ',' && c != ':') {
      return false;
    }
    // a thousands separator (1,100套) does not end a clause; digits are ASCII once folded
    return !(c == ','
        && i > from
        && isDigit(n.charAt(i - 1))
        && i + 3 < n.length()
        && isDigit(n.charAt(i + 1))
        && isDigit(n.charAt(i + 2))
        && isDigit(n.charAt(i + 3))
        && (i + 4 >= n.length() || !isDigit(n.charAt(i + 4))));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void clause(Context ctx, Clause c, SentenceCarry carry) {
    List<Figure> figures =
        NotQuantities.keep(c.folded(), FigureReader.read(c.folded(), c.from(), c.to()));
    if (!figures.isEmpty() && SourceFrames.isSource(c)) {
      carry.endClause(c, List.of(), null); // "据…84个地方企业的统计": the counts size a survey
      return;
    }
    if (figures.isEmpty()) {
      carry.endClause(c, figures, null);
      // the nearest clause without a figure may name what the next measures ("…预算，…，一律削减10%")
      if (c.to() - c.from() <= TargetRules.TOPIC_MAX) {
        carry.pendingTopics.add(c);
      }
      return;
    }
    carry.resolveTopic();
    int[] starts = new int[figures.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = i == 0 ? c.from() : figures.get(i - 1).end();
    }
    Pairing.Pair[] pairs = Pairing.pairs(c.folded(), figures, starts);
    List<Target> found = new ArrayList<>();
    VerbKind kind = carry.kindGoingOn(c, figures.get(0));
    for (int i = 0; i < figures.size(); i++) {
      if (i + 1 < figures.size() && pairs[i + 1] != null) {
        continue; // the start of a from→to statement is the next figure's baseline
      }
      Pairing.Pair pair = pairs[i];
      int seg = pair != null ? starts[pair.baseline()] : starts[i];
      Figure baseline = pair == null ? null : figures.get(pair.baseline());
      int before = found.size();
      boolean listed = i > 0 && SentenceCarry.listedBetween(c.folded(), figures, i - 1);
      boolean listsOn =
          i + 1 < figures.size() && SentenceCarry.listedBetween(c.folded(), figures, i);
      Read read = new Read(figures.get(i), pair, baseline, seg, listed, listsOn);
      kind = figure(ctx, c, read, carry, kind, found);
      if (NotQuantities.isStep(c.folded(), figures.get(i))) {
        plannedStep(c.folded(), figures.get(i), found, before);
      }
    }
    FoundTargets.shareClassHeads(found);
    carry.endClause(c, figures, kind);
    Tier tier = found.isEmpty() ? null : StatusReader.tier(c.folded(), c.from(), c.to());
    for (Target x : found) {
      ctx.out().add(tier == null ? x : FoundTargets.withTier(x, tier));
    }
  }

  /**
   * Keeps the targets from {@code before} on in {@code found}, those of a threshold to reach in a
   * plan, as a level to reach at least, named as the figure before it in its clause when the step
   * word named it ("年均增长5%左右、迈上3万亿元台阶"); clears those of a step passed or one named for the figure
   * after it.
   */
  private static void plannedStep(String n, Figure f, List<Target> found, int before) {
    List<Target> step = found.subList(before, found.size());
    boolean planned =
        !step.isEmpty() && step.stream().allMatch(t -> t.status() == TargetStatus.PLANNED);
    Target named = before > 0 ? found.get(before - 1) : null;
    if (!planned
        || !NotQuantities.standsAlone(n, f)
        || NotQuantities.isStepWord(step.get(0).indicator()) && named == null) {
      step.clear();
      return;
    }
    step.replaceAll(
        t -> FoundTargets.withLevelAtLeast(t, NotQuantities.isStepWord(t.indicator()) ? named : t));
  }

  /**
   * A figure as the clause reads it.
   *
   * @param pair the from→to frame it ends, or null
   * @param baseline the figure that starts that frame, or null
   * @param seg where its own words start
   * @param listed whether only a list mark stands between it and the figure before
   * @param listsOn whether only a list mark stands between it and the figure after
   */
  private record Read(
      Figure f, Pairing.Pair pair, Figure baseline, int seg, boolean listed, boolean listsOn) {}

  /**
   * Names figure {@code r} and adds its targets to {@code found}; gives the kind of action verb
   * whose object list may go on to the next figure.
   */
  private VerbKind figure(
      Context ctx, Clause c, Read r, SentenceCarry carry, VerbKind kind, List<Target> found) {
    Figure f = r.f();
    Naming naming =
        IndicatorNamer.name(
            c,
            r.seg(),
            f,
            r.pair(),
            new Carried(carry.subject, kind, carry.topic, carry.heading, carry.unit));
    Measure own = MeasureReader.namedAfter(naming.measure(), c.folded(), f, c.to());
    naming = carry.listed(naming, own, f.values().size(), r.listed(), r.listsOn());
    if (naming.indicators().isEmpty()) {
      diagnostics.add(
          DiagnosticCode.TARGET_WITHOUT_INDICATOR.at(
              span(ctx, f.start(), f.end()),
              "no indicator found for the figure " + c.words(f.start(), f.end())));
      return kind;
    }
    BigDecimal[] baselines = r.pair() == null ? null : Pairing.baselines(r.baseline(), f);
    int before = found.size();
    TargetStatus shared = r.seg() == c.from() && comparison(c, f) ? carry.status : null;
    targets(ctx, c, f, naming, baselines, shared, found);
    carry.status = found.size() > before ? found.get(found.size() - 1).status() : carry.status;
    String one = naming.indicators().size() == 1 ? naming.indicators().get(0) : null;
    if (one != null && !(carry.subject != null && one.startsWith(carry.subject + "占"))) {
      carry.subject = one; // a share ("…，占总数的18%") leaves the subject to the figures after it
      carry.unit = f.unit();
      carry.name(one);
    }
    return naming.objectKind();
  }

  /**
   * "中央财政安排用于“三农”的资金3917亿元，比去年增加520亿元": a clause that opens on a comparison with the year before
   * compares the figure before it, and shares its status.
   */
  private static boolean comparison(Clause c, Figure f) {
    int i = c.from();
    while (i < f.start() && SubjectReader.isEdgeMark(c.folded().charAt(i))) {
      i++;
    }
    for (String w : StatusWords.PAST_COMPARISONS) { // a loop: a stream allocated at every figure
      if (c.folded().startsWith(w, i)) {
        return true;
      }
    }
    return false;
  }

  private void targets(
      Context ctx,
      Clause c,
      Figure f,
      Naming naming,
      BigDecimal[] baselines,
      TargetStatus shared,
      List<Target> into) {
    String n = c.folded();
    String period = status.period(c.sentenceFrom(), f.start());
    TargetStatus st =
        shared != null ? shared : status.status(c, f.start(), f.end(), ctx.part(), period);
    boolean headline = ctx.headlineFrom() >= 0 && f.start() > ctx.headlineFrom();
    Span span;
    String text;
    if (c.to() - c.from() > 2 * TargetRules.CONTEXT) {
      // a clause without marks of any length would copy into every target: keep a window
      int ws = Math.max(c.from(), f.start() - TargetRules.CONTEXT / 4);
      int we = Math.min(c.to(), f.end() + TargetRules.CONTEXT / 4);
      span = span(ctx, ws, we);
      text = c.words(ws, we).strip();
    } else {
      span = span(ctx, c.from(), c.to());
      text = c.words(c.from(), c.to()).strip();
    }
    Draft d = new Draft(naming, f, period, st, headline, text, span, ctx.sectionId());
    List<String> subjects = naming.indicators();
    List<Figure.Value> values = f.values();
    for (int v = 0; v < values.size(); v++) {
      BigDecimal base = baselines == null ? null : baselines[Math.min(v, baselines.length - 1)];
      Draft dv =
          d.withPeriod(FigurePeriod.each(period, n, c.sentenceFrom(), f.start(), v, values.size()));
      if (subjects.size() == values.size()) {
        into.add(dv.target(subjects.get(v), values.get(v), base));
      } else if (subjects.size() > 1 && values.size() == 1) {
        for (int k = 0; k < subjects.size(); k++) {
          // "均增长10%": one value for every subject; "分别从50%、75%提高至100%": a start each
          BigDecimal b =
              baselines != null && baselines.length == subjects.size() ? baselines[k] : base;
          into.add(d.target(subjects.get(k), values.get(0), b));
        }
      } else {
        into.add(dv.target(subjects.get(Math.min(v, subjects.size() - 1)), values.get(v), base));
      }
    }
  }

  private static Span span(Context ctx, int from, int to) {
    return new Span(ctx.offsets().offset(from), ctx.offsets().offset(to - 1) + 1);
  }

  /** What the targets of one figure share. */
  private record Draft(
      Naming naming,
      Figure f,
      String period,
      TargetStatus status,
      boolean headline,
      String text,
      Span span,
      String sectionId) {

    Draft withPeriod(String p) {
      return new Draft(naming, f, p, status, headline, text, span, sectionId);
    }

    Target target(String indicator, Figure.Value value, BigDecimal baseline) {
      String baseUnit = value.unit() != null ? value.unit() : f.unit();
      baseUnit = baseUnit.isEmpty() ? null : baseUnit; // "1240万": a count with no unit written
      BigDecimal scale = Units.magnitude(f.magnitude().isEmpty() ? null : f.magnitude());
      if ("成".equals(baseUnit)) {
        scale = BigDecimal.TEN; // 三成 is 30%
        baseUnit = "%";
      }
      BigDecimal upper = value.upper();
      Quantity q =
          new Quantity(
              strip(value.value().multiply(scale)),
              upper == null ? null : strip(upper.multiply(scale)),
              baseUnit);
      Bound bound =
          upper != null
              ? Bound.RANGE
              : naming.bound() == Bound.RANGE ? Bound.EXACT : naming.bound();
      String unit = value.unit() != null ? f.magnitude() + value.unit() : f.unitAsWritten();
      return new Target(
          indicator,
          IndicatorKeys.key(indicator, text, unit),
          strip(value.value()),
          upper == null ? null : strip(upper),
          baseline == null ? null : strip(baseline),
          unit,
          q,
          naming.measure(),
          bound,
          status,
          null,
          headline,
          period,
          text,
          span,
          sectionId);
    }

    private static BigDecimal strip(BigDecimal d) {
      BigDecimal s = d.stripTrailingZeros();
      return s.scale() < 0 ? s.setScale(0) : s;
    }
  }

  /** What the reading noticed. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}

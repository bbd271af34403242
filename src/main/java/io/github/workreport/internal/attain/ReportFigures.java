package io.github.workreport.internal.attain;

import io.github.workreport.internal.target.IndicatorKeys;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of one report that attainment compares: its planned targets (headline first, then the
 * rest in document order, a target restated later with the same figure kept once) and the results
 * it reports for a single year. Small: it keeps the targets, not the report. Immutable;
 * thread-safe.
 */
public final class ReportFigures {
  /**
   * A figure with what matching needs of it, worked out once.
   *
   * @param name the indicator folded as the indicator table folds it
   * @param unpairable whether the figure is about another year or several, or is a difference
   */
  record Figure(Target target, String name, boolean unpairable) {}

  /** Words of a plan in a clause the engine read as reported. */
  private static final List<String> PLAN_WORDS = List.of("目标", "要把", "力争", "确保", "争取", "拟");

  /** Verbs that open a clause saying how much a figure changed ("增加100万户"). */
  private static final List<String> CHANGE_VERBS =
      List.of("增加", "减少", "提高", "降低", "下降", "多", "少", "增长", "扩大", "压减");

  /** Names that say who pays or what kind of money, not what is measured. */
  private static final Set<String> PAYERS =
      Set.of("中央财政", "地方财政", "各级财政", "财政", "中央", "政府", "国家", "资金", "投资", "项目", "经费", "补助");

  private final List<Figure> planned;
  private final List<Figure> results;
  // positions in results, in document order, so that finding a result does not read them all
  private final Map<String, List<Integer>> byKey = new HashMap<>();
  private final Map<String, List<Integer>> byName = new HashMap<>();
  private final Map<String, List<Integer>> byNameWithoutKey = new HashMap<>();

  private ReportFigures(List<Figure> planned, List<Figure> results) {
    this.planned = List.copyOf(planned);
    this.results = List.copyOf(results);
    for (int i = 0; i < this.results.size(); i++) {
      Figure f = this.results.get(i);
      byName.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(i);
      if (f.target().key() == null) {
        byNameWithoutKey.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(i);
      } else {
        byKey.computeIfAbsent(f.target().key(), k -> new ArrayList<>()).add(i);
      }
    }
  }

  /**
   * The figures of {@code report} for {@code year}, the year its plan is for (0 when unknown): a
   * planned figure about other years, a reported one not about {@code year - 1}, and a difference
   * are marked as unpairable.
   */
  public static ReportFigures of(WorkReport report, int year) {
    YearFrame frame = YearFrame.of(report);
    Set<Target> changes = changesOfTheFigureBefore(report.targets());
    List<Target> ordered = new ArrayList<>();
    report.targets().stream().filter(Target::headline).forEach(ordered::add);
    report.targets().stream().filter(t -> !t.headline()).forEach(ordered::add);
    List<Figure> planned = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    List<Figure> results = new ArrayList<>();
    for (Target t : ordered) {
      if (t.status() == TargetStatus.PLANNED && seen.add(identity(t))) {
        boolean other =
            t.period() != null && year > 0 && !t.period().equals(Integer.toString(year));
        planned.add(
            new Figure(
                t,
                name(t),
                other || difference(t) || changes.contains(t) || frame.severalYears(t, year)));
      }
    }
    for (Target t : report.targets()) {
      if (t.status() == TargetStatus.REPORTED && !restatesATarget(t)) {
        int past = year > 0 ? year - 1 : 0;
        boolean other =
            t.period() != null && (past == 0 || !t.period().equals(Integer.toString(past)));
        results.add(
            new Figure(
                t,
                name(t),
                other || difference(t) || changes.contains(t) || frame.severalYears(t, past)));
      }
    }
    return new ReportFigures(planned, results);
  }

  /** The planned targets, headline first, each once. */
  List<Figure> planned() {
    return planned;
  }

  /**
   * The first result in document order for the indicator, measure and unit of {@code planned}, or
   * null: same key when both have one, else the same indicator after folding; a growth against a
   * growth or a decline, a level against a level, an increment against an increment; the same unit
   * after magnitude words; a result about one year only. An indicator without a key that names only
   * who pays or a bare kind of money ("中央财政", "资金") names no one thing, and pairs with nothing.
   */
  Target resultFor(Figure planned) {
    if (planned.unpairable()) {
      return null;
    }
    Target p = planned.target();
    // a result with a key must have the plan's; one without, the plan's name
    List<Integer> first =
        p.key() == null
            ? byName.getOrDefault(planned.name(), List.of())
            : byKey.getOrDefault(p.key(), List.of());
    List<Integer> second =
        p.key() == null ? List.of() : byNameWithoutKey.getOrDefault(planned.name(), List.of());
    int i = 0;
    int j = 0;
    while (i < first.size() || j < second.size()) {
      boolean takeFirst = j >= second.size() || (i < first.size() && first.get(i) < second.get(j));
      Figure f = results.get(takeFirst ? first.get(i++) : second.get(j++));
      Target r = f.target();
      if (!f.unpairable()
          && ((p.key() != null && r.key() != null) || !PAYERS.contains(f.name()))
          && sameMeasure(p.measure(), r.measure())
          && Objects.equals(p.normalized().unit(), r.normalized().unit())) {
        return r;
      }
    }
    return null;
  }

  /** The same measure, a growth and a decline being one change with opposite signs. */
  private static boolean sameMeasure(Measure a, Measure b) {
    return a == b || (changes(a) && changes(b));
  }

  private static boolean changes(Measure m) {
    return m == Measure.GROWTH || m == Measure.DECLINE;
  }

  /**
   * A reported figure that restates a target, not a result: its clause names a 目标 ("没有实现年初确定的…
   * 降低4%左右…的目标") or speaks as a plan ("要把全年商品零售物价上涨幅度控制在百分之十以内", "力争", "确保").
   */
  private static boolean restatesATarget(Target t) {
    String clause = TextNormalizer.normalize(t.text());
    for (String w : PLAN_WORDS) {
      if (clause.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * An amount or a change in points compared with another ("比去年多100万人", "比上年提高0.5个百分点"): a
   * difference, not a figure a result can be set against. A rate "比上年增长8%" is no difference.
   */
  private static boolean difference(Target t) {
    if ("%".equals(t.normalized().unit()) || "‰".equals(t.normalized().unit())) {
      return false;
    }
    String s = TextNormalizer.normalize(t.text());
    for (int at = s.indexOf('比'); at >= 0; at = s.indexOf('比', at + 1)) {
      // 比重, 比例, 比率 are shares, not comparisons
      if (at + 1 < s.length() && "重例率".indexOf(s.charAt(at + 1)) < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Figures that name nothing and only say how the figure before them changed: "农村危房改造366万户，
   * 增加100万户", "中央财政赤字1.12万亿元，增加1700亿元" — an amount that opens with a verb of change, whose clause
   * does not name its indicator, after a figure of the same indicator and unit.
   */
  private static Set<Target> changesOfTheFigureBefore(List<Target> targets) {
    Set<Target> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (int i = 1; i < targets.size(); i++) {
      Target t = targets.get(i);
      Target before = targets.get(i - 1);
      String clause = TextNormalizer.normalize(t.text()).strip();
      boolean opensWithChange = false;
      for (String verb : CHANGE_VERBS) {
        opensWithChange |= clause.startsWith(verb);
      }
      if (opensWithChange
          && !"%".equals(t.normalized().unit())
          && !clause.contains(TextNormalizer.normalize(t.indicator()))
          && before.indicator().equals(t.indicator())
          && Objects.equals(before.normalized().unit(), t.normalized().unit())) {
        out.add(t);
      }
    }
    return out;
  }

  private static String name(Target t) {
    return IndicatorKeys.fold(t.indicator());
  }

  private static List<Object> identity(Target t) {
    return java.util.Arrays.asList(
        t.key() == null ? name(t) : t.key(),
        t.measure(),
        t.bound(),
        t.normalized().value().stripTrailingZeros(),
        t.normalized().upper() == null ? null : t.normalized().upper().stripTrailingZeros(),
        t.normalized().unit(),
        t.period());
  }
}

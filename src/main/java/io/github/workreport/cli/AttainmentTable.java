package io.github.workreport.cli;

import io.github.workreport.Attainment;
import io.github.workreport.internal.attain.Comparison;
import io.github.workreport.internal.attain.ReportFigures;
import io.github.workreport.internal.attain.ReportPairing;
import io.github.workreport.model.DatedReport;
import io.github.workreport.model.ReportPair;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetOutcome;
import io.github.workreport.model.Verdict;
import io.github.workreport.model.WorkReport;
import io.github.workreport.model.YearSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The reports of a run, dated and paired for {@code --format attainment-csv} and the attainment
 * summary of the outline. Keeps of each report its metadata and the figures attainment compares,
 * not the report. Used from one thread.
 */
final class AttainmentTable {
  /** The columns of {@code --format attainment-csv}, in order. */
  static final List<String> COLUMNS =
      List.of(
          "plan_file",
          "outcome_file",
          "region",
          "year",
          "indicator",
          "key",
          "measure",
          "bound",
          "target_value",
          "target_upper",
          "unit",
          "result_value",
          "result_unit",
          "gap",
          "verdict",
          "target_text",
          "result_text");

  private final Comparison comparison =
      new Comparison(Attainment.DEFAULT_RATE_TOLERANCE, Attainment.DEFAULT_LEVEL_TOLERANCE);
  private final Map<String, ReportFigures> figures = new HashMap<>();
  private final List<DatedReport> dated = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  /**
   * Dates the report read from {@code name} and keeps its figures, not the report itself, so that a
   * run over many reports holds little; notes how its year was read.
   */
  void add(String name, WorkReport r) {
    Attainment.date(name, r)
        .ifPresentOrElse(
            d -> {
              WorkReport header =
                  new WorkReport(
                      "",
                      r.metadata(),
                      List.of(),
                      List.of(),
                      List.of(),
                      List.of(),
                      List.of(),
                      List.of());
              dated.add(new DatedReport(name, header, d.region(), d.year(), d.yearSource()));
              figures.put(name, ReportFigures.of(r, d.year()));
              if (d.yearSource() != YearSource.METADATA) {
                notes.add(name + ": year " + d.year() + " read from " + source(d.yearSource()));
              }
            },
            () -> notes.add(name + ": no year in its metadata, text or name; not paired"));
  }

  private List<TargetOutcome> compare(ReportPair p) {
    return comparison.compare(figures.get(p.plan().name()), figures.get(p.outcome().name()));
  }

  /**
   * What the run should say on standard error: how each year was read, and which reports were not
   * paired for want of a year or a region.
   */
  List<String> notes() {
    List<String> all = new ArrayList<>(notes);
    if (ReportPairing.regions(dated).size() > 1) {
      for (DatedReport d : dated) {
        if (d.region() == null) {
          all.add(d.name() + ": no region, and the other reports name several; not paired");
        }
      }
    }
    return all;
  }

  /** The rows of {@code --format attainment-csv}, without header. */
  String rows() {
    List<List<String>> rows = new ArrayList<>();
    for (ReportPair p : Attainment.pair(dated)) {
      for (TargetOutcome o : compare(p)) {
        rows.add(row(p, o));
      }
    }
    return ReportCsv.csv(COLUMNS, rows);
  }

  private static List<String> row(ReportPair p, TargetOutcome o) {
    Target t = o.target();
    Target r = o.result();
    return List.of(
        p.plan().name(),
        p.outcome().name(),
        Objects.requireNonNullElse(p.region(), ""),
        Integer.toString(p.plan().year()),
        t.indicator(),
        Objects.requireNonNullElse(t.key(), ""),
        t.measure().name(),
        t.bound().name(),
        t.value().toPlainString(),
        plain(t.upper()),
        Objects.requireNonNullElse(t.unit(), ""),
        r == null ? "" : Comparison.resultValue(t, r).toPlainString(),
        r == null ? "" : Objects.requireNonNullElse(r.unit(), ""),
        plain(o.gap()),
        o.verdict().name(),
        t.text(),
        r == null ? "" : r.text());
  }

  /**
   * The attainment summary of the outline: one line per pair with its verdict counts and the
   * verdicts of its headline targets with a key; empty when no two reports pair and no region
   * states two reports.
   */
  String summary() {
    List<ReportPair> pairs = Attainment.pair(dated);
    if (pairs.isEmpty() && !twoOfOneRegion()) {
      return "";
    }
    StringBuilder sb =
        new StringBuilder("\n# attainment: each year's targets against the next report\n");
    if (pairs.isEmpty()) {
      sb.append("no two reports of one region for consecutive years\n");
    }
    for (ReportPair p : pairs) {
      sb.append(line(p, compare(p)));
    }
    return sb.toString();
  }

  private String line(ReportPair p, List<TargetOutcome> outcomes) {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    List<String> headline = new ArrayList<>();
    for (TargetOutcome o : outcomes) {
      counts.merge(o.verdict(), 1, Integer::sum);
      if (o.target().headline() && o.target().key() != null) {
        headline.add(
            o.target().key() + " " + o.verdict().name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(p.plan().year()).append(" → ").append(p.outcome().year());
    if (p.region() != null) {
      sb.append(' ').append(p.region());
    }
    sb.append(" (").append(p.plan().name()).append(", year from ");
    sb.append(source(p.plan().yearSource())).append(" → ").append(p.outcome().name());
    sb.append(", year from ").append(source(p.outcome().yearSource())).append("): ");
    sb.append(outcomes.size()).append(" targets");
    for (Verdict v : Verdict.values()) {
      sb.append(", ").append(counts.getOrDefault(v, 0)).append(' ');
      sb.append(v.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (!headline.isEmpty()) {
      sb.append("; headline: ").append(String.join(", ", headline));
    }
    return sb.append('\n').toString();
  }

  private boolean twoOfOneRegion() {
    Map<String, Integer> byRegion = new HashMap<>();
    for (DatedReport d : dated) {
      if (d.region() != null && byRegion.merge(d.region(), 1, Integer::sum) >= 2) {
        return true;
      }
    }
    return false;
  }

  private static String source(YearSource s) {
    return switch (s) {
      case METADATA -> "the metadata";
      case TEXT -> "the text";
      case FILE_NAME -> "the file name";
    };
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }
}

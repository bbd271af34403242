package io.github.workreport.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CSV formats of the command line: one row per target, task or glossary entry, each row naming
 * the file it comes from. Lines are 1-based lines of the report's text. Thread-safe.
 */
final class ReportCsv {
  /**
   * The columns that say where a row comes from, first in the targets CSV: the file, the report's
   * region, year and title, and the heading the row stands under ("(一)聚力建好园区…").
   */
  private static final List<String> SOURCE_COLUMNS =
      List.of("file", "region", "year", "title", "section");

  /** The header of {@link #targetRows}. */
  static final List<String> TARGET_COLUMNS =
      concat(
          SOURCE_COLUMNS,
          List.of(
              "indicator",
              "key",
              "value",
              "upper",
              "baseline",
              "unit",
              "normalizedValue",
              "normalizedUpper",
              "normalizedUnit",
              "measure",
              "bound",
              "status",
              "tier",
              "headline",
              "period",
              "line",
              "text"));

  /**
   * The header of {@link #taskRows}: {@code title} is the task's, {@code depth} 1 for a top-level
   * task, {@code id} the task's id, so that subtasks can be joined to their parents.
   */
  static final List<String> TASK_COLUMNS =
      List.of(
          "file", "region", "year", "id", "number", "ordinal", "depth", "title", "section", "line");

  /** The header of {@link #glossaryRows}. */
  static final List<String> GLOSSARY_COLUMNS =
      List.of("file", "term", "itemsCount", "items", "definition", "mentionsCount");

  private static final CsvMapper CSV = new CsvMapper();
  // a mapper introspects on first use: one writer per column list
  private static final Map<List<String>, ObjectWriter> WRITERS = new ConcurrentHashMap<>();

  private ReportCsv() {}

  /** The header line of a CSV with {@code columns}. */
  static String header(List<String> columns) {
    return csv(columns, List.of(columns));
  }

  /** The rows, without header, of the targets of one report; columns {@link #TARGET_COLUMNS}. */
  static String targetRows(String file, WorkReport r) {
    ReportIndex index = ReportIndex.of(r);
    List<List<String>> rows = new ArrayList<>();
    for (Target t : r.targets()) {
      rows.add(
          concat(
              source(file, r, index, t.sectionId()),
              List.of(
                  t.indicator(),
                  str(t.key()),
                  plain(t.value()),
                  plain(t.upper()),
                  plain(t.baseline()),
                  str(t.unit()),
                  plain(t.normalized().value()),
                  plain(t.normalized().upper()),
                  str(t.normalized().unit()),
                  t.measure().name(),
                  t.bound().name(),
                  t.status().name(),
                  t.tier() == null ? "" : t.tier().name(),
                  Boolean.toString(t.headline()),
                  str(t.period()),
                  Integer.toString(index.line(t.span().start())),
                  t.text())));
    }
    return csv(TARGET_COLUMNS, rows);
  }

  /**
   * The rows, without header, of the tasks of one report, depth first; columns {@link
   * #TASK_COLUMNS}.
   */
  static String taskRows(String file, WorkReport r) {
    ReportIndex index = ReportIndex.of(r);
    Metadata m = r.metadata();
    List<List<String>> rows = new ArrayList<>();
    for (Task t : r.allTasks()) {
      rows.add(
          List.of(
              file,
              str(m.region()),
              m.year() == null ? "" : m.year().toString(),
              t.id(),
              str(t.number()),
              Integer.toString(t.ordinal()),
              Integer.toString(index.depth(t)),
              t.title(),
              index.heading(t.sectionId()),
              Integer.toString(index.line(t.span().start()))));
    }
    return csv(TASK_COLUMNS, rows);
  }

  /**
   * The rows, without header, of the glossary of one report, items joined by "|"; columns {@link
   * #GLOSSARY_COLUMNS}.
   */
  static String glossaryRows(String file, WorkReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (GlossaryEntry e : r.glossary()) {
      rows.add(
          List.of(
              file,
              e.term(),
              Integer.toString(e.items().size()),
              String.join("|", e.items()),
              e.definition(),
              Integer.toString(e.mentions().size())));
    }
    return csv(GLOSSARY_COLUMNS, rows);
  }

  private static List<String> source(
      String file, WorkReport r, ReportIndex index, String sectionId) {
    Metadata m = r.metadata();
    return List.of(
        file,
        str(m.region()),
        m.year() == null ? "" : m.year().toString(),
        str(m.title()),
        index.heading(sectionId));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  static String csv(List<String> columns, List<List<String>> rows) {
    ObjectWriter writer =
        WRITERS.computeIfAbsent(
            columns,
            cs -> {
              CsvSchema.Builder schema = CsvSchema.builder();
              for (String c : cs) {
                schema.addColumn(c);
              }
              return CSV.writer(schema.build().withoutHeader());
            });
    try {
      return writer.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }
}

package io.github.workreport.cli;

import io.github.workreport.Outline;
import io.github.workreport.json.ReportJson;
import io.github.workreport.json.ReportSource;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

/** Where the reports of a run go, in one format, in input order. Used from one thread. */
interface ReportOutput {
  /** Writes one report read from {@code source}. */
  void write(ReportSource source, WorkReport report) throws IOException;

  /** Writes what closes the output (a JSON array's bracket, an index page). */
  void finish() throws IOException;

  /** Writes every format but per-file HTML pages to one stream. */
  final class ToStream implements ReportOutput {
    private final Format format;
    private final PrintStream out;
    private final boolean array;
    private int count;

    /**
     * An output to {@code out}.
     *
     * @param array whether JSON reports go in an array (several files, or a folder, were given)
     */
    ToStream(Format format, PrintStream out, boolean array) {
      this.format = format;
      this.out = out;
      this.array = array && format == Format.JSON;
      if (format.csv()) {
        // a byte-order mark, so that spreadsheets read the CSV as UTF-8
        out.print('\uFEFF');
        out.print(ReportCsv.header(columns(format)));
      }
      if (this.array) {
        out.print("[ ");
      }
    }

    private static List<String> columns(Format f) {
      return switch (f) {
        case TARGETS_CSV -> ReportCsv.TARGET_COLUMNS;
        case TASKS_CSV -> ReportCsv.TASK_COLUMNS;
        case ATTAINMENT_CSV -> AttainmentTable.COLUMNS;
        default -> ReportCsv.GLOSSARY_COLUMNS;
      };
    }

    @Override
    public void write(ReportSource source, WorkReport r) {
      String name = source.path();
      switch (format) {
        case JSON -> {
          out.print(array && count > 0 ? ", " : "");
          out.print(ReportJson.toJson(r, source));
          out.print(array ? "" : "\n");
        }
        case JSONL -> out.print(ReportJson.toJsonLine(r, source) + "\n");
        case TARGETS_CSV -> out.print(ReportCsv.targetRows(name, r));
        case TASKS_CSV -> out.print(ReportCsv.taskRows(name, r));
        case GLOSSARY_CSV -> out.print(ReportCsv.glossaryRows(name, r));
        case ATTAINMENT_CSV -> {
          // written at the end, once every report is read and paired
        }
        case HTML -> out.print(HtmlView.page(name, r));
        case OUTLINE -> out.print((count > 0 ? "\n" : "") + "# " + name + "\n" + Outline.render(r));
      }
      count++;
    }

    @Override
    public void finish() {
      if (array) {
        out.print(" ]\n");
      }
      out.flush();
    }
  }
}

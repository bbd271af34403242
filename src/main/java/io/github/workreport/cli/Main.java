package io.github.workreport.cli;

import io.github.workreport.ReportParseException;
import io.github.workreport.WorkReportParser;
import io.github.workreport.internal.text.LineIndex;
import io.github.workreport.json.ReportJson;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line: {@code java -jar workreport-cli.jar [--format outline|json|targets-csv|glossary-csv] FILE...}.
 * Exit status 0 on success, 2 for bad usage or an unreadable file, with the reason on standard
 * error.
 */
public final class Main {
  /** Exit status on success. */
  public static final int OK = 0;
  /** Exit status for bad usage or an unreadable file. */
  public static final int USAGE = 2;

  private static final String USAGE_TEXT =
      "usage: java -jar workreport-cli.jar [--format outline|json|targets-csv|glossary-csv] FILE...";

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    System.exit(status);
  }

  /** Runs the command line, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String format = "outline";
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--format") || a.equals("-f")) {
        if (i + 1 >= args.length) {
          err.println("--format needs a value\n" + USAGE_TEXT);
          return USAGE;
        }
        format = args[++i];
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE_TEXT);
        return OK;
      } else if (a.startsWith("-") && a.length() > 1) {
        err.println("unknown option " + a + "\n" + USAGE_TEXT);
        return USAGE;
      } else {
        files.add(Path.of(a));
      }
    }
    if (!List.of("outline", "json", "targets-csv", "glossary-csv").contains(format)) {
      err.println("unknown format " + format + "\n" + USAGE_TEXT);
      return USAGE;
    }
    if (files.isEmpty()) {
      err.println("no FILE given\n" + USAGE_TEXT);
      return USAGE;
    }
    WorkReportParser parser = WorkReportParser.create();
    List<WorkReport> reports = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Path f : files) {
      try {
        if (!Files.isRegularFile(f)) {
          err.println(f + ": not a readable file");
          return USAGE;
        }
        reports.add(parser.parse(f));
        names.add(f.toString());
      } catch (IOException | ReportParseException e) {
        err.println(f + ": " + e.getMessage());
        return USAGE;
      }
    }
    switch (format) {
      case "json" -> out.print(reports.size() == 1 ? ReportJson.toJson(reports.get(0)) + "\n" : ReportJson.toJson(reports) + "\n");
      case "targets-csv" -> {
        Map<WorkReport, LineIndex> indexes = new IdentityHashMap<>();
        out.print('\uFEFF');
        out.print(ReportJson.targetsCsv(names, reports,
            (r, offset) -> indexes.computeIfAbsent(r, x -> LineIndex.of(x.text())).line(offset)));
      }
      case "glossary-csv" -> {
        out.print('\uFEFF');
        out.print(ReportJson.glossaryCsv(names, reports));
      }
      default -> {
        for (int i = 0; i < reports.size(); i++) {
          out.print(OutlineWriter.write(names.get(i), reports.get(i)));
        }
      }
    }
    return OK;
  }

  /** Writes the readable outline of a report. */
  static final class OutlineWriter {
    private OutlineWriter() {}

    static String write(String name, WorkReport r) {
      LineIndex lines = LineIndex.of(r.text());
      StringBuilder sb = new StringBuilder();
      sb.append("# ").append(name).append('\n');
      var m = r.metadata();
      field(sb, "title", m.title());
      field(sb, "subtitle", m.subtitle());
      field(sb, "kind", m.kind().name());
      field(sb, "region", m.region());
      field(sb, "date", m.date() == null ? null : m.date().toString());
      field(sb, "year", m.year() == null ? null : m.year().toString());
      field(sb, "source", m.source());
      field(sb, "authors", m.authors().isEmpty() ? null : String.join(", ", m.authors()));
      field(sb, "venue", m.venue());
      field(sb, "speaker", m.speaker() == null ? null : (m.speakerTitle() == null ? "" : m.speakerTitle() + " ") + m.speaker());
      if (!r.preamble().isEmpty()) {
        Paragraph first = r.preamble().get(0);
        Paragraph last = r.preamble().get(r.preamble().size() - 1);
        sb.append("preamble: ").append(r.preamble().size()).append(" paragraph(s), lines ")
            .append(lines.line(first.span().start())).append('-').append(lines.line(last.span().end())).append('\n');
      }
      Map<String, List<io.github.workreport.model.Task>> tasks = new java.util.HashMap<>();
      for (var t : r.tasks()) {
        tasks.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(t);
      }
      for (Section s : r.sections()) {
        section(sb, s, lines, tasks);
      }
      for (var t : tasks.getOrDefault(null, List.of())) {
        task(sb, t, 1);
      }
      for (var d : r.diagnostics()) {
        sb.append("! ").append(d.code()).append(d.span() == null ? "" : " at line " + lines.line(d.span().start()))
            .append(": ").append(d.message()).append('\n');
      }
      return sb.toString();
    }

    private static void field(StringBuilder sb, String key, String value) {
      if (value != null) {
        sb.append(key).append(": ").append(value).append('\n');
      }
    }

    private static void section(StringBuilder sb, Section s, LineIndex lines,
        Map<String, List<io.github.workreport.model.Task>> tasks) {
      sb.append("  ".repeat(s.level() - 1))
          .append(s.number() == null ? "" : s.number() + " ")
          .append(s.title());
      if (s.subtitle() != null) {
        sb.append(" / ").append(s.subtitle());
      }
      sb.append("  [").append(s.part().name().toLowerCase(java.util.Locale.ROOT)).append(", L")
          .append(lines.line(s.span().start())).append('-').append(lines.line(Math.max(s.span().start(), s.span().end() - 1)))
          .append(", ").append(s.paragraphs().size()).append(" para]\n");
      for (var t : tasks.getOrDefault(s.id(), List.of())) {
        task(sb, t, s.level() + 1);
      }
      for (Section c : s.children()) {
        section(sb, c, lines, tasks);
      }
    }

    /** A task and its subtasks as a numbered tree: "* (一) title", "* 1. title". */
    private static void task(StringBuilder sb, io.github.workreport.model.Task t, int depth) {
      sb.append("  ".repeat(depth - 1)).append("* ")
          .append(t.number() == null ? t.ordinal() + "." : t.number()).append(' ').append(t.title()).append('\n');
      for (var c : t.subtasks()) {
        task(sb, c, depth + 1);
      }
    }
  }
}

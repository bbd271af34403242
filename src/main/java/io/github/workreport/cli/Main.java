package io.github.workreport.cli;

import io.github.workreport.ReportParseException;
import io.github.workreport.WorkReportParser;
import io.github.workreport.internal.text.LineIndex;
import io.github.workreport.json.ReportJson;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The command line: {@code java -jar workreport-cli.jar [--format FORMAT] [--threads N] FILE|DIR...}.
 *
 * <p>Directories are walked recursively, files in path order. Files are parsed in parallel on
 * {@code --threads} threads (default: every core) with a bounded number in flight, and the output
 * is written in input order as each is done. A file that cannot be read or parsed is reported on
 * standard error with its path and the run goes on. Exit status 0 on success, 2 for bad usage or
 * when any file failed.
 */
public final class Main {
  /** Exit status on success. */
  public static final int OK = 0;
  /** Exit status for bad usage or an unreadable file. */
  public static final int USAGE = 2;

  private static final List<String> FORMATS = List.of("outline", "json", "jsonl", "targets-csv", "glossary-csv");
  private static final String USAGE_TEXT = "usage: java -jar workreport-cli.jar [--format outline|json|jsonl|targets-csv"
      + "|glossary-csv] [--threads N] FILE|DIR...";

  private Main() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err, System.console() != null);
    out.flush();
    System.exit(status);
  }

  /** Runs the command line, writing to {@code out} and {@code err}; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, out, err, false);
  }

  private static int run(String[] args, PrintStream out, PrintStream err, boolean progress) {
    String format = "outline";
    int threads = Runtime.getRuntime().availableProcessors();
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--format") || a.equals("-f") || a.equals("--threads")) {
        if (i + 1 >= args.length) {
          err.println(a + " needs a value\n" + USAGE_TEXT);
          return USAGE;
        }
        String value = args[++i];
        if (a.equals("--threads")) {
          threads = parseThreads(value);
          if (threads < 1) {
            err.println("--threads takes a whole number of at least 1: " + value + "\n" + USAGE_TEXT);
            return USAGE;
          }
        } else {
          format = value;
        }
      } else if (a.startsWith("--format=")) {
        format = a.substring("--format=".length());
      } else if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE_TEXT);
        out.flush();
        return OK;
      } else if (a.startsWith("-") && a.length() > 1) {
        err.println("unknown option " + a + "\n" + USAGE_TEXT);
        return USAGE;
      } else {
        inputs.add(Path.of(a));
      }
    }
    if (!FORMATS.contains(format)) {
      err.println("unknown format " + format + "\n" + USAGE_TEXT);
      return USAGE;
    }
    if (inputs.isEmpty()) {
      err.println("no FILE given\n" + USAGE_TEXT);
      return USAGE;
    }
    List<Path> files = new ArrayList<>();
    boolean failed = false;
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
          err.println(p + ": " + e.getMessage());
          failed = true;
        }
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      err.println("no file to read under " + inputs);
      return USAGE;
    }
    boolean array = format.equals("json") && (files.size() != 1 || Files.isDirectory(inputs.get(0)));
    Writer writer = new Writer(format, out, array);
    failed |= parseAll(files, threads, writer, err, progress);
    writer.finish();
    out.flush();
    return failed ? USAGE : OK;
  }

  private static int parseThreads(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The outcome of one file: a report or the reason it failed. */
  private record Result(Path path, WorkReport report, String error) {}

  /** Parses {@code files} on a pool, a bounded window in flight, writing in order; true if any failed. */
  private static boolean parseAll(List<Path> files, int threads, Writer writer, PrintStream err, boolean progress) {
    WorkReportParser parser = WorkReportParser.create();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "workreport-parse");
      t.setDaemon(true);
      return t;
    });
    boolean failed = false;
    try {
      Deque<Future<Result>> window = new ArrayDeque<>();
      int next = 0;
      int done = 0;
      while (next < files.size() || !window.isEmpty()) {
        while (next < files.size() && window.size() < 2 * threads) {
          Path f = files.get(next++);
          window.add(pool.submit(() -> parseOne(parser, f)));
        }
        Result r = take(window.removeFirst());
        done++;
        if (r.error() != null) {
          err.println(r.path() + ": " + r.error());
          failed = true;
        } else {
          writer.write(r.path().toString(), r.report());
        }
        if (progress && (done % 50 == 0 || done == files.size())) {
          err.print("\rparsed " + done + "/" + files.size() + " files");
          if (done == files.size()) {
            err.println();
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return failed;
  }

  private static Result parseOne(WorkReportParser parser, Path f) {
    if (!Files.isRegularFile(f)) {
      return new Result(f, null, "not a readable file");
    }
    try {
      return new Result(f, parser.parse(f), null);
    } catch (IOException | ReportParseException e) {
      return new Result(f, null, e.getMessage());
    } catch (RuntimeException e) {
      // a parser bug must not stop a run over an archive: report it with the file
      return new Result(f, null, "internal error: " + e);
    }
  }

  private static Result take(Future<Result> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Writes reports in one format as they come, header and array brackets included. */
  private static final class Writer {
    private final String format;
    private final PrintStream out;
    private final boolean array;
    private int count;

    Writer(String format, PrintStream out, boolean array) {
      this.format = format;
      this.out = out;
      this.array = array;
      if (format.endsWith("-csv")) {
        out.print('\uFEFF');
        out.print(ReportJson.csvHeader(format.equals("targets-csv") ? ReportJson.TARGET_COLUMNS : ReportJson.GLOSSARY_COLUMNS));
      }
      if (array) {
        out.print("[ ");
      }
    }

    void write(String name, WorkReport r) {
      switch (format) {
        case "json" -> {
          if (array && count > 0) {
            out.print(", ");
          }
          out.print(ReportJson.toJson(r));
          if (!array) {
            out.print('\n');
          }
        }
        case "jsonl" -> out.print(ReportJson.toJsonLine(r) + "\n");
        case "targets-csv" -> {
          LineIndex index = LineIndex.of(r.text());
          out.print(ReportJson.targetRows(name, r, (rep, offset) -> index.line(offset)));
        }
        case "glossary-csv" -> out.print(ReportJson.glossaryRows(name, r));
        default -> out.print(OutlineWriter.write(name, r));
      }
      count++;
    }

    void finish() {
      if (array) {
        out.print(" ]\n");
      }
    }
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
      field(sb, "published", m.published() == null ? null : m.published().toString());
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
      Map<String, List<Task>> tasks = new HashMap<>();
      for (Task t : r.tasks()) {
        tasks.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(t);
      }
      for (Section s : r.sections()) {
        section(sb, s, lines, tasks);
      }
      for (Task t : tasks.getOrDefault(null, List.of())) {
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

    private static void section(StringBuilder sb, Section s, LineIndex lines, Map<String, List<Task>> tasks) {
      sb.append("  ".repeat(s.level() - 1))
          .append(s.number() == null ? "" : s.number() + " ")
          .append(s.title());
      if (s.subtitle() != null) {
        sb.append(" / ").append(s.subtitle());
      }
      sb.append("  [").append(s.part().name().toLowerCase(Locale.ROOT)).append(", L")
          .append(lines.line(s.span().start())).append('-').append(lines.line(Math.max(s.span().start(), s.span().end() - 1)))
          .append(", ").append(s.paragraphs().size()).append(" para]\n");
      for (Task t : tasks.getOrDefault(s.id(), List.of())) {
        task(sb, t, s.level() + 1);
      }
      for (Section c : s.children()) {
        section(sb, c, lines, tasks);
      }
    }

    /** A task and its subtasks as a numbered tree: "* (一) title", "* 1. title". */
    private static void task(StringBuilder sb, Task t, int depth) {
      sb.append("  ".repeat(depth - 1)).append("* ")
          .append(t.number() == null ? t.ordinal() + "." : t.number()).append(' ').append(t.title()).append('\n');
      for (Task c : t.subtasks()) {
        task(sb, c, depth + 1);
      }
    }
  }
}

package io.github.workreport.cli;

import io.github.workreport.WorkReportParser;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code java -jar workreport-cli.jar [OPTIONS] FILE|DIR|-...}; {@code --help}
 * lists the options and formats. Exit status {@value #OK} when every file was parsed, {@value
 * #FAILED} when some file failed or was skipped (each named on standard error with its reason),
 * {@value #USAGE} for bad usage.
 */
@Command(
    name = "java -jar workreport-cli.jar",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    usageHelpWidth = 100,
    description = {
      "Reads Chinese government work reports (plain text or HTML; UTF-8, GB18030/GBK or Big5) and writes "
          + "their structure: metadata, sections, tasks, targets, glossary and diagnostics.",
      "Folders are walked recursively in path order, skipping hidden files; files are parsed in parallel "
          + "and written in input order. A file that is not text (an image, a PDF, an executable) is skipped "
          + "with its reason on standard error."
    },
    footerHeading = "%nFormats:%n")
public final class Main implements Callable<Integer> {
  /** Exit status when every file was parsed. */
  public static final int OK = 0;

  /** Exit status when some file could not be read, was not text, or failed to parse. */
  public static final int FAILED = 1;

  /** Exit status for bad usage. */
  public static final int USAGE = 2;

  private static final String EXIT_STATUS =
      "Exit status: 0 every file parsed; 1 some file failed or was skipped, "
          + "each named on standard error with its reason; 2 bad usage.";

  private static final String WRITE_FAILED = "write failed (closed early, or the disk is full)";

  @Spec private CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description = "What to write (see Formats below); default: outline.")
  private Format format = Format.OUTLINE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|DIR",
      description =
          "Write to FILE instead of standard output; with --format html and several files, "
              + "one page per file and an index.html in the folder DIR.")
  private Path output;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description =
          "In folders, read only files that match (repeatable): a glob without '/' matches the "
              + "name ('*.txt'), one with '/' the path below the folder ('2024/**').")
  private List<String> include = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "In folders, skip files and folders that match (repeatable), as --include.")
  private List<String> exclude = new ArrayList<>();

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Parse on N threads; default: one per core (${DEFAULT-VALUE} here).")
  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--charset",
      paramLabel = "CHARSET",
      description =
          "Decode every file with CHARSET (GB18030, Big5, UTF-8…) instead of detecting it.")
  private Charset charset;

  @Option(
      names = "--progress",
      negatable = true,
      description = "Show progress on standard error; default: when standard error is a terminal.")
  private Boolean progress;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR|-",
      description = "Files or folders to read; '-' reads standard input.")
  private List<String> paths = new ArrayList<>();

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean errIsTerminal;

  private Main(InputStream stdin, PrintStream out, PrintStream err, boolean errIsTerminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.errIsTerminal = errIsTerminal;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    PrintStream out =
        new PrintStream(
            new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
            false,
            StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, System.in, out, err, Terminal.stderrIsTerminal());
    out.flush();
    System.exit(status);
  }

  /**
   * Runs the command line with standard input {@code System.in}, writing to {@code out} and {@code
   * err}, with no progress line unless {@code --progress} is given; returns the exit status.
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.in, out, err, false);
  }

  static int run(
      String[] args, InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
    int status = commandLine(in, out, err, errIsTerminal).execute(args);
    out.flush();
    return status;
  }

  /** The command line over these streams, ready to execute. */
  static CommandLine commandLine(
      InputStream in, PrintStream out, PrintStream err, boolean errIsTerminal) {
    CommandLine cl = new CommandLine(new Main(in, out, err, errIsTerminal));
    cl.getCommandSpec().usageMessage().footer(Format.help(), "", EXIT_STATUS);
    cl.setParameterExceptionHandler(Main::usageError);
    cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    return cl;
  }

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1: " + threads);
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new ParameterException(spec.commandLine(), "standard input '-' can be read once");
    }
    InputCollector inputs;
    try {
      inputs = new InputCollector(include, exclude);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "bad glob: " + e.getMessage());
    }
    paths.forEach(inputs::add);
    boolean failed = false;
    for (InputCollector.Problem p : inputs.problems) {
      err.println(p.name() + ": " + p.reason());
      failed = true;
    }
    if (inputs.inputs.isEmpty()) {
      return FAILED;
    }
    boolean pages =
        format == Format.HTML
            && (inputs.inputs.size() > 1 || (output != null && Files.isDirectory(output)));
    if (pages && output == null) {
      throw new ParameterException(
          spec.commandLine(),
          "--format html writes one page per file: give -o DIR for "
              + inputs.inputs.size()
              + " files");
    }
    try {
      return write(inputs.inputs, pages) || failed ? FAILED : OK;
    } catch (IOException | UncheckedIOException e) {
      err.println(
          "cannot write "
              + (output == null ? "the output" : output)
              + ": "
              + (e instanceof IOException io
                  ? Reasons.of(io)
                  : Reasons.of(((UncheckedIOException) e).getCause())));
      return FAILED;
    }
  }

  /** Parses and writes every input; returns whether any failed. */
  private boolean write(List<InputCollector.Input> inputs, boolean pages) throws IOException {
    PrintStream to = openOutput(pages);
    try {
      boolean array =
          inputs.size() > 1
              || paths.stream().anyMatch(p -> !p.equals("-") && Files.isDirectory(Path.of(p)));
      ReportOutput sink =
          pages ? new HtmlPages(output) : new ReportOutput.ToStream(format, to, array);
      WorkReportParser parser = WorkReportParser.create();
      SourceReader reader = new SourceReader(charset, parser.limits().maxInputBytes(), () -> stdin);
      Progress shown =
          new Progress(
              err, inputs.size(), progress == null ? errIsTerminal : progress, System::nanoTime);
      boolean[] failed = {false};
      AttainmentTable attained =
          format == Format.ATTAINMENT_CSV || format == Format.OUTLINE
              ? new AttainmentTable()
              : null;
      ParseRun.run(
          inputs,
          threads,
          reader,
          parser,
          r -> {
            if (r.error() != null) {
              shown.message(r.input().name() + ": " + r.error());
              failed[0] = true;
            } else {
              try {
                sink.write(r.loaded().source(), r.report());
                if (attained != null) {
                  attained.add(r.loaded().source().path(), r.report());
                }
                // flushed per report, so a reader downstream sees each as it is done, and a closed
                // output (a pipe into head) stops the run instead of parsing on for nobody
                if (to.checkError()) {
                  throw new IOException(WRITE_FAILED);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
            shown.done(r.bytes(), r.error() == null);
          });
      shown.finish();
      if (attained != null) {
        writeAttainment(attained, to);
      }
      sink.finish();
      to.flush();
      if (to.checkError()) {
        throw new IOException(WRITE_FAILED);
      }
      return failed[0];
    } finally {
      if (to != out) {
        to.close();
      }
    }
  }

  /** The attainment rows, or the outline's attainment summary, and the notes on years. */
  private void writeAttainment(AttainmentTable attained, PrintStream to) {
    if (format == Format.ATTAINMENT_CSV) {
      attained.notes().forEach(err::println);
      to.print(attained.rows());
    } else {
      String summary = attained.summary();
      if (!summary.isEmpty()) {
        attained.notes().forEach(err::println);
        to.print(summary);
      }
    }
  }

  /** Where one stream of output goes: standard output, or the file of {@code -o}. */
  private PrintStream openOutput(boolean pages) throws IOException {
    if (!pages && output != null && Files.isDirectory(output)) {
      throw new ParameterException(
          spec.commandLine(),
          "-o " + output + " is a folder; --format " + format.label() + " writes one file");
    }
    return pages || output == null
        ? out
        : new PrintStream(
            new BufferedOutputStream(Files.newOutputStream(output), 1 << 16),
            false,
            StandardCharsets.UTF_8);
  }

  /** Bad usage: the reason, the synopsis and where to read more, not the whole help. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter w = cl.getErr();
    w.println(e.getMessage());
    CommandLine.Help help = cl.getHelp();
    w.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
    w.println("Try '" + cl.getCommandName() + " --help' for the options and formats.");
    w.flush();
    return USAGE;
  }

  /** Reads a {@link Format} from its label, for picocli. */
  static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.of(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}

package io.github.workreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts of the command line, each on inputs written here. */
class CliPartsTest {
  @Test
  void progressRedrawsAtMostEveryIntervalAndAlwaysAtTheEnd() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    AtomicLong now = new AtomicLong(0);
    Progress p = new Progress(err, 4, true, now::get);
    now.set(1_000_000_000L);
    p.done(2_000_000, true); // first draw: 2 MB in 1 s
    now.addAndGet(10_000_000L);
    p.done(1_000_000, false); // 10 ms later: not redrawn
    p.message("b.txt: no such file or directory");
    now.set(2_000_000_000L);
    p.done(1_000_000, true); // 1 s later: redrawn
    p.done(0, true); // the last: redrawn at once
    p.finish();
    String shown = bytes.toString(StandardCharsets.UTF_8);
    assertThat(shown)
        .isEqualTo(
            "\r\u001B[K1/4 files, 2.0 MB/s"
                + "\r\u001B[Kb.txt: no such file or directory\n"
                + "\r\u001B[K3/4 files, 2.0 MB/s, 1 failed"
                + "\r\u001B[K4/4 files, 2.0 MB/s, 1 failed\n");
  }

  @Test
  void disabledProgressWritesOnlyMessages() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Progress p =
        new Progress(
            new PrintStream(bytes, true, StandardCharsets.UTF_8), 1, false, System::nanoTime);
    p.done(10, true);
    p.message("x");
    p.finish();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("x\n");
  }

  @Test
  void binarySignaturesAreNamed() {
    assertThat(TextCheck.binaryKind("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1)))
        .startsWith("a PDF document");
    assertThat(TextCheck.binaryKind(new byte[] {'P', 'K', 3, 4, 20, 0})).contains(".docx");
    assertThat(
            TextCheck.binaryKind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
        .isEqualTo("a JPEG image");
    assertThat(
            TextCheck.binaryKind(
                "RIFF\u0000\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
        .isEqualTo("a WebP image");
    assertThat(TextCheck.binaryKind("政府工作报告".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(TextCheck.binaryKind(new byte[0])).isNull();
    assertThat(TextCheck.binaryKind("GIF".getBytes(StandardCharsets.US_ASCII))).isNull();
  }

  @Test
  void textWithAFewControlCharactersIsStillText() {
    String report = "一、工作回顾\n\t地区生产总值增长6%。\r\n\f第二页\u000B" + "字".repeat(300);
    assertThat(TextCheck.notTextReason(report)).isNull();
    assertThat(TextCheck.notTextReason(report + "\u0001\u001A"))
        .isNull(); // a stray SUB at the end of an old file
    assertThat(TextCheck.notTextReason("")).isNull();
    assertThat(TextCheck.notTextReason("ab\u0000cd")).isEqualTo("NUL characters");
    assertThat(TextCheck.notTextReason("字".repeat(100) + "\u0001\u0002\u0003"))
        .contains("3 control or undecodable characters");
    assertThat(TextCheck.notTextReason("\uFFFD\uFFFD\uFFFD" + "字".repeat(100))).isNotNull();
    // only the start is looked at: a long report with noise far down is still read
    assertThat(TextCheck.notTextReason("字".repeat(TextCheck.SAMPLE_CHARS) + "\u0001".repeat(1000)))
        .isNull();
  }

  @Test
  void terminalDevicesAreToldFromFilesAndPipes() {
    assertThat(Terminal.isTerminalDevice("/dev/pts/3")).isTrue();
    assertThat(Terminal.isTerminalDevice("/dev/tty1")).isTrue();
    assertThat(Terminal.isTerminalDevice("pipe:[12345]")).isFalse();
    assertThat(Terminal.isTerminalDevice("/tmp/err.log")).isFalse();
    assertThat(Terminal.isTerminalDevice("/dev/null")).isFalse();
    Terminal.stderrIsTerminal(); // answers without throwing wherever the tests run
  }

  @Test
  void reasonsAreWordsForAPerson() {
    assertThat(Reasons.of(new NoSuchFileException("a"))).isEqualTo("no such file or directory");
    assertThat(Reasons.of(new AccessDeniedException("a"))).isEqualTo("permission denied");
    assertThat(Reasons.of(new NotDirectoryException("a"))).isEqualTo("not a directory");
    assertThat(Reasons.of(new IOException("disk full"))).isEqualTo("disk full");
    assertThat(Reasons.of(new IOException())).isEqualTo("IOException");
  }

  @Test
  void formatsAreNamedAsOnTheCommandLine() {
    assertThat(Format.of("targets-csv")).isEqualTo(Format.TARGETS_CSV);
    assertThat(Format.labels())
        .isEqualTo(
            "outline, json, jsonl, targets-csv, tasks-csv, glossary-csv, attainment-csv, html");
    assertThatThrownBy(() -> Format.of("TARGETS_CSV"))
        .hasMessageContaining("unknown format 'TARGETS_CSV'; one of outline");
    assertThat(Format.TASKS_CSV.csv()).isTrue();
    assertThat(Format.JSONL.csv()).isFalse();
    assertThat(Format.ATTAINMENT_CSV.csv()).isTrue();
  }

  @Test
  void pageNamesAreUniqueInTheirFolder(@TempDir Path dir) throws IOException {
    HtmlPages pages = new HtmlPages(dir.resolve("out"));
    assertThat(Files.isDirectory(dir.resolve("out"))).isTrue();
    assertThat(
            List.of(
                pages.fileName("a/report.txt"),
                pages.fileName("b/report.htm"),
                pages.fileName("report"),
                pages.fileName("-"),
                pages.fileName(".hidden"),
                pages.fileName("index.txt")))
        .containsExactly(
            "report.html",
            "report-2.html",
            "report-3.html",
            "stdin.html",
            ".hidden.html",
            "index-2.html");
  }

  @Test
  void aGlobMustNotBeEmptyOrMalformed() {
    assertThatThrownBy(() -> new InputCollector(List.of(""), List.of()))
        .hasMessageContaining("empty glob");
    assertThatThrownBy(() -> new InputCollector(List.of(), List.of("[a")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyFolderIsAProblemNotAnError(@TempDir Path dir) {
    InputCollector c = new InputCollector(List.of(), List.of());
    c.add(dir.toString());
    assertThat(c.inputs).isEmpty();
    assertThat(c.problems)
        .containsExactly(new InputCollector.Problem(dir.toString(), "no file in this folder"));
  }
}

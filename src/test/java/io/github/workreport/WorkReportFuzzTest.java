package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.workreport.json.ReportJson;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzz tests of the whole parse (bytes, text, HTML) and of each public parser: no exception, no
 * input over a second, and what comes out holds together (spans inside the text and nested, a JSON
 * round trip that gives the report back). Run as a plain test, each replays the seeds (copied into
 * {@code WorkReportFuzzTestInputs} by the build) and the saved findings under {@code
 * src/test/resources/io/github/workreport/WorkReportFuzzTestInputs/<method>}; with {@code
 * JAZZER_FUZZ=1} the one selected method is fuzzed from them (see the README).
 */
class WorkReportFuzzTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  /** No input may take longer (the fuzzer's instrumentation included). */
  private static final long MAX_MILLIS = 1000;

  @BeforeAll
  static void warmUp() {
    // class loading and the first compilations are not the input's time
    for (int i = 0; i < 3; i++) {
      PARSER.parse(Seeds.text("002"));
    }
  }

  @FuzzTest
  void bytes(byte[] input) {
    check(timed(() -> PARSER.parse(input)));
  }

  @FuzzTest
  void text(byte[] input) {
    WorkReport r = timed(() -> PARSER.parseText(utf8(input)));
    check(r);
    assertThat(r.text()).isEqualTo(utf8(input));
  }

  @FuzzTest
  void html(byte[] input) {
    check(timed(() -> PARSER.parseHtml(utf8(input))));
  }

  @FuzzTest
  void parsers(byte[] input) {
    String text = utf8(input);
    WorkReport whole = timed(() -> PARSER.parse(text));
    List<GlossaryEntry> glossary = GlossaryParser.create().parse(text).entries();
    assertThat(GlossaryParser.sortedByPinyin(glossary)).hasSameSizeAs(glossary);
    List<Task> tasks = TaskParser.create().parse(text).tasks();
    List<Target> targets = TargetParser.create().parse(text).targets();
    // the doors read a fragment through the same stages: what a fragment parse gives
    assertThat(targets).isEqualTo(PARSER.parseFragment(text).targets());
    assertThat(tasks).isEqualTo(PARSER.parseFragment(text).tasks());
    assertThat(whole).isNotNull();
  }

  /**
   * Runs a parse and fails when it takes over {@link #MAX_MILLIS}: JUnit's {@code @Timeout} would
   * bound the whole fuzzing run rather than one input.
   */
  private static WorkReport timed(Supplier<WorkReport> parse) {
    long start = System.nanoTime();
    WorkReport r = parse.get();
    assertThat((System.nanoTime() - start) / 1_000_000)
        .as("parse time in ms")
        .isLessThan(MAX_MILLIS);
    return r;
  }

  private static String utf8(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /** What every report must satisfy, whatever the input. */
  static void check(WorkReport r) {
    String text = r.text();
    for (Paragraph p : r.preamble()) {
      within(text, p.span());
    }
    for (Section s : r.sections()) {
      check(text, s, null);
    }
    for (Target t : r.targets()) {
      within(text, t.span());
      if (t.upper() != null) {
        assertThat(t.upper()).isGreaterThanOrEqualTo(t.value());
      }
    }
    for (GlossaryEntry g : r.glossary()) {
      assertThat(g.term()).isNotBlank();
    }
    r.diagnostics()
        .forEach(
            d -> {
              if (d.span() != null) {
                within(text, d.span());
              }
            });
    assertThat(ReportJson.fromJson(ReportJson.toJson(r))).isEqualTo(r);
  }

  private static void check(String text, Section s, Section parent) {
    within(text, s.span());
    assertThat(s.span().contains(s.headingSpan())).isTrue();
    if (parent != null) {
      assertThat(parent.span().contains(s.span())).isTrue();
    }
    for (Paragraph p : s.paragraphs()) {
      assertThat(s.span().contains(p.span())).isTrue();
    }
    for (Section c : s.children()) {
      check(text, c, s);
    }
  }

  private static void within(String text, Span span) {
    assertThat(span.start()).isBetween(0, text.length());
    assertThat(span.end()).isBetween(span.start(), text.length());
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.workreport.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every headline target of the development corpus's provincial reports and national reports from
 * 2003 gets the key a reader gives it: {@code src/test/resources/spec/headline-keys.txt} holds each
 * report's headline block as the report writes it, with the indicator, figure and key written by
 * reading it. With {@code -Dworkreport.corpus=DIR} (a directory holding {@code provinces-2026/} and
 * {@code national/}) the whole reports are parsed too and their headline targets compared with the
 * same lines.
 */
class HeadlineKeyTest {
  private static final Path SPEC = Path.of("src/test/resources/spec/headline-keys.txt");

  static Stream<SpecFile.Example> reports() throws IOException {
    return SpecFile.read(SPEC).stream();
  }

  /** The line the spec file writes for a headline target. */
  static String describe(Target t) {
    String upper = t.upper() == null ? "" : "\u2014" + t.upper().toPlainString();
    return t.indicator()
        + " | "
        + t.value().toPlainString()
        + upper
        + " "
        + t.unit()
        + " | "
        + (t.key() == null ? "-" : t.key());
  }

  private static List<String> headline(List<Target> targets) {
    return targets.stream().filter(Target::headline).map(HeadlineKeyTest::describe).toList();
  }

  @Test
  void theFileCoversTheProvincialReportsAndTheNationalOnesFrom2003() throws IOException {
    assertThat(SpecFile.read(SPEC)).hasSize(46);
    assertThat(reports().mapToInt(e -> e.expected().size()).sum()).isGreaterThanOrEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void everyHeadlineTargetGetsTheReadersKey(SpecFile.Example report) {
    assertThat(headline(TargetParser.create().parse(report.input()).targets()))
        .containsExactlyElementsOf(report.expected());
  }

  @ParameterizedTest(name = "{0} whole")
  @MethodSource("reports")
  void soDoesTheWholeReport(SpecFile.Example report) throws IOException {
    String corpus = System.getProperty("workreport.corpus");
    assumeTrue(corpus != null, "set -Dworkreport.corpus to check the whole reports");
    String set = report.name().matches("\\d{4}") ? "national" : "provinces-2026";
    Path file = Path.of(corpus, set, report.name() + ".txt");
    assertThat(headline(WorkReportParser.create().parse(file).targets()))
        .containsExactlyElementsOf(report.expected());
  }
}

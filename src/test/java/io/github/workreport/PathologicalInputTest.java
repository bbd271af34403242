package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.workreport.model.WorkReport;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to trip a parser into quadratic time or deep recursion finish within a generous
 * bound and give a report. Not a benchmark: the bound only catches runaway cost.
 */
class PathologicalInputTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  static Stream<Arguments> inputs() {
    return Stream.of(
        Arguments.of("100 000 markers", "一、".repeat(100_000)),
        Arguments.of("a 1 MB line with commas", "经济增长，".repeat(200_000)),
        Arguments.of("100 000 open quotes", "“".repeat(100_000)),
        Arguments.of(
            "10 000 nested elements",
            "<html><body>"
                + "<div>".repeat(10_000)
                + "正文"
                + "</div>".repeat(10_000)
                + "</body></html>"),
        Arguments.of("50 000 clauses with figures", "地区生产总值增长7%，".repeat(50_000)),
        Arguments.of("100 000 figures in one clause", "增长7%".repeat(100_000)),
        Arguments.of("100 000 short lines", "加快发展\n".repeat(100_000)),
        Arguments.of("a long glossary", "名词解释\n" + "【六稳】指稳就业、稳金融。\n".repeat(20_000)),
        Arguments.of("repeated enumerations", "今年要：一是稳增长，二是惠民生。".repeat(20_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void finishesWithinABound(String name, String input) {
    WorkReport r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PARSER.parse(input));
    assertThat(r.text()).isNotNull();
    r.targets().forEach(t -> assertThat(t.text().length()).isLessThanOrEqualTo(input.length()));
  }
}

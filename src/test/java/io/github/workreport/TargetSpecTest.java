package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the numbered examples of {@code src/test/resources/spec/targets.txt}. */
class TargetSpecTest {
  private static final Path SPEC = Path.of("src/test/resources/spec/targets.txt");

  static List<SpecFile.Example> examples() throws IOException {
    return SpecFile.read(SPEC);
  }

  @Test
  void thereAreAtLeast150Examples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(150);
  }

  static Stream<SpecFile.Example> cases() throws IOException {
    return examples().stream();
  }

  /** The line the spec file writes for a target. */
  static String describe(Target t) {
    StringBuilder sb =
        new StringBuilder(t.indicator()).append(" | ").append(t.value().toPlainString());
    if (t.upper() != null) {
      sb.append('\u2014').append(t.upper().toPlainString());
    }
    sb.append(' ')
        .append(t.unit())
        .append(" | ")
        .append(t.measure())
        .append(' ')
        .append(t.bound())
        .append(' ')
        .append(t.status());
    if (t.tier() != null) {
      sb.append(' ').append(t.tier());
    }
    if (t.headline()) {
      sb.append(" headline");
    }
    if (t.period() != null) {
      sb.append(" period=").append(t.period());
    }
    if (t.key() != null) {
      sb.append(" key=").append(t.key());
    }
    if (t.baseline() != null) {
      sb.append(" base=").append(t.baseline().toPlainString());
    }
    boolean sameValue = t.normalized().value().compareTo(t.value()) == 0;
    if (t.normalized().unit() == null) {
      sb.append(" norm=").append(t.normalized().value().toPlainString()); // "1240万": no unit
    } else if (!sameValue || !t.unit().equals(t.normalized().unit())) {
      sb.append(" norm=")
          .append(t.normalized().value().toPlainString())
          .append(' ')
          .append(t.normalized().unit());
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example(SpecFile.Example ex) {
    WorkReport r = WorkReportParser.create().parse(ex.input());
    assertThat(r.targets().stream().map(TargetSpecTest::describe).toList())
        .containsExactlyElementsOf(ex.expected().stream().map(String::strip).toList());
    for (Target t : r.targets()) {
      assertThat(t.span().slice(r.text()).replace("\n", ""))
          .contains(t.text().replace("\n", "").substring(0, 1));
    }
    if (r.metadata().title()
        == null) { // a fragment is read like the whole parse when no line is a title
      assertThat(TargetParser.create().parse(ex.input()).targets()).isEqualTo(r.targets());
    }
  }
}

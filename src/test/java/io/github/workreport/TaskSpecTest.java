package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the numbered examples of {@code src/test/resources/spec/tasks.txt}. */
class TaskSpecTest {
  private static final Path SPEC = Path.of("src/test/resources/spec/tasks.txt");

  static List<SpecFile.Example> examples() throws IOException {
    return SpecFile.read(SPEC);
  }

  @Test
  void thereAreAtLeastSixtyExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(60);
  }

  static Stream<SpecFile.Example> cases() throws IOException {
    return examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example(SpecFile.Example ex) {
    WorkReport r = WorkReportParser.create().parse(ex.input());
    List<String> got = new ArrayList<>();
    for (Task t : r.tasks()) {
      flatten(t, 0, got, r.text());
    }
    assertThat(got).containsExactlyElementsOf(ex.expected());
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsAll(ex.codes());
    if (r.metadata().title()
        == null) { // a fragment is read like the whole parse when no line is a title
      assertThat(TaskParser.create().parse(ex.input()).tasks()).isEqualTo(r.tasks());
    }
  }

  private static void flatten(Task t, int depth, List<String> out, String text) {
    out.add(
        "  ".repeat(depth)
            + (t.number() == null ? t.ordinal() + "." : t.number())
            + " "
            + t.title());
    assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
    for (Task c : t.subtasks()) {
      flatten(c, depth + 1, out, text);
    }
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

  record Example(String name, String input, List<String> expected, List<String> codes) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    String name = null;
    StringBuilder input = new StringBuilder();
    List<String> expected = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
      if (line.startsWith("### ")) {
        if (name != null) {
          out.add(new Example(name, input.toString().strip(), List.copyOf(expected), List.copyOf(codes)));
        }
        name = line.substring(4);
        input.setLength(0);
        expected.clear();
        codes.clear();
      } else if (line.startsWith("=>")) {
        if (line.length() > 3) {
          expected.add(line.substring(3));
        }
      } else if (line.startsWith("!! ")) {
        codes.add(line.substring(3).strip());
      } else if (name != null && !line.startsWith("#")) {
        input.append(line).append('\n');
      }
    }
    out.add(new Example(name, input.toString().strip(), List.copyOf(expected), List.copyOf(codes)));
    return out;
  }

  @Test
  void thereAreAtLeastSixtyExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(60);
  }

  static Stream<Example> cases() throws IOException {
    return examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example(Example ex) {
    WorkReport r = WorkReportParser.create().parse(ex.input());
    List<String> got = new ArrayList<>();
    for (Task t : r.tasks()) {
      flatten(t, 0, got, r.text());
    }
    assertThat(got).containsExactlyElementsOf(ex.expected());
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsAll(ex.codes());
    assertThat(TaskParser.create().parse(ex.input())).isEqualTo(r.tasks());
  }

  private static void flatten(Task t, int depth, List<String> out, String text) {
    out.add("  ".repeat(depth) + (t.number() == null ? t.ordinal() + "." : t.number()) + " " + t.title());
    assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
    for (Task c : t.subtasks()) {
      flatten(c, depth + 1, out, text);
    }
  }
}

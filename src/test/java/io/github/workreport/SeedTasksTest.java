package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The task tree of each seed against {@code src/test/resources/seeds/NAME/tasks.txt}, written by
 * reading the seed; an empty file means the seed commits to no task.
 */
class SeedTasksTest {

  static Stream<Path> seeds() {
    return Seeds.all().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void tasksMatchTheGoldenFile(Path seed) throws IOException {
    List<String> want =
        Files.readAllLines(Seeds.expected(seed, "tasks.txt"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .map(TextNormalizer::normalize)
            .toList();
    WorkReport r = WorkReportParser.create().parse(seed);
    List<String> got = new ArrayList<>();
    for (Task t : r.tasks()) {
      flatten(t, 0, got);
    }
    assertThat(got).containsExactlyElementsOf(want);
    assertThat(r.diagnostics()).extracting(d -> d.code()).doesNotContain("task-count-mismatch");
  }

  private static void flatten(Task t, int depth, List<String> out) {
    out.add(
        TextNormalizer.normalize(
            "  ".repeat(depth)
                + (t.number() == null ? t.ordinal() + "." : t.number())
                + " "
                + t.title()));
    for (Task c : t.subtasks()) {
      flatten(c, depth + 1, out);
    }
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The headline targets of each seed against {@code src/test/resources/seeds/NAME/targets.txt},
 * written by reading the seed's 主要预期目标 block, in the line format of the target spec.
 */
class SeedTargetsTest {

  static Stream<Path> seeds() {
    return Seeds.all().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void headlineTargetsMatchTheGoldenFile(Path seed) throws IOException {
    List<String> want =
        Files.readAllLines(Seeds.expected(seed, "targets.txt"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank())
            .toList();
    WorkReport r = WorkReportParser.create().parse(seed);
    List<String> got =
        r.targets().stream().filter(t -> t.headline()).map(TargetSpecTest::describe).toList();
    assertThat(got).containsExactlyElementsOf(want);
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.GlossaryOrigin;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the numbered examples of {@code src/test/resources/spec/glossary.txt}. */
class GlossarySpecTest {
  private static final Path SPEC = Path.of("src/test/resources/spec/glossary.txt");

  static List<SpecFile.Example> examples() throws IOException {
    return SpecFile.read(SPEC);
  }

  @Test
  void thereAreAtLeastFiftyExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(50);
  }

  static Stream<SpecFile.Example> cases() throws IOException {
    return examples().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example(SpecFile.Example ex) {
    List<GlossaryEntry> entries = GlossaryParser.create().parse(ex.input()).entries();
    List<String> got = new ArrayList<>();
    for (GlossaryEntry e : entries) {
      got.add(
          (e.origin() == GlossaryOrigin.INLINE ? "inline " : "")
              + e.term()
              + " | "
              + (e.items().isEmpty() ? "-" : String.join("; ", e.items())));
      assertThat(e.span().slice(ex.input()).replace("\n", ""))
          .contains(e.definition().replace("\n", ""));
    }
    assertThat(got).containsExactlyElementsOf(ex.expected().stream().map(String::strip).toList());
    // the same block inside a report gives the same entries and the expected diagnostics
    WorkReport r = WorkReportParser.create().parseText("各位代表：\n现在，我代表政府报告工作。\n" + ex.input());
    if (!ex.codes().isEmpty()) {
      WorkReport block =
          WorkReportParser.create()
              .parseText("一、工作回顾\n过去一年取得新成绩。\n二、工作安排\n今年继续努力。\n名词解释\n" + ex.input());
      assertThat(block.diagnostics()).extracting(d -> d.code()).containsAll(ex.codes());
    }
    assertThat(r).isNotNull();
  }
}

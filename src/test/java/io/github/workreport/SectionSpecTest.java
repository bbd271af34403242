package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the numbered layout examples of {@code src/test/resources/spec/sections.txt}. */
class SectionSpecTest {
  private static final Path SPEC = Path.of("src/test/resources/spec/sections.txt");

  static Stream<SpecFile.Example> cases() throws IOException {
    return SpecFile.read(SPEC).stream();
  }

  @Test
  void thereAreExamplesOfEveryUnitLayout() throws IOException {
    assertThat(SpecFile.read(SPEC)).hasSizeGreaterThanOrEqualTo(14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example(SpecFile.Example ex) {
    WorkReport r = WorkReportParser.create().parse(ex.input());
    List<String> got = new ArrayList<>();
    for (Section s : r.sections()) {
      flatten(s, got, r.text());
    }
    assertThat(got).containsExactlyElementsOf(ex.expected());
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsAll(ex.codes());
  }

  private static void flatten(Section s, List<String> out, String text) {
    out.add(
        "  ".repeat(s.level() - 1)
            + (s.number() == null ? "" : s.number() + " ")
            + s.title()
            + " | "
            + s.paragraphs().size());
    // the heading's span holds its marker and title as written
    String heading =
        s.headingSpan().slice(text).replaceAll("\\s*\\R\\s*", ""); // a heading cut over lines
    assertThat(heading).as("heading span of " + s.title()).contains(s.title());
    if (s.number() != null) {
      assertThat(heading).as("heading span of " + s.title()).startsWith(s.number());
    }
    for (Section c : s.children()) {
      flatten(c, out, text);
    }
  }
}

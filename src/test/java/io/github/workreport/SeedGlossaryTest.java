package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Span;
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
 * The glossary of each seed against {@code src/test/resources/seeds/NAME/glossary.tsv}, written by
 * reading the seed: every entry in order with its origin, its number of items and, where given, its
 * number of mentions outside the glossary block.
 */
class SeedGlossaryTest {

  static Stream<Path> seeds() {
    return Seeds.all().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void glossaryMatchesTheGoldenFile(Path seed) throws IOException {
    List<String[]> rows =
        Files.readAllLines(Seeds.expected(seed, "glossary.tsv"), StandardCharsets.UTF_8).stream()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .map(l -> l.split("\t"))
            .toList();
    WorkReport r = WorkReportParser.create().parse(seed);
    List<GlossaryEntry> entries = r.glossary();
    assertThat(entries.stream().map(e -> e.origin() + " " + e.term()).toList())
        .containsExactlyElementsOf(rows.stream().map(row -> row[0] + " " + row[1]).toList());
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      GlossaryEntry e = entries.get(i);
      assertThat(e.ordinal()).isEqualTo(i + 1);
      if (!row[2].equals("?")) {
        assertThat(e.items())
            .as(e.term() + " items " + e.items())
            .hasSize(Integer.parseInt(row[2]));
      }
      if (row.length > 3) {
        assertThat(e.mentions()).as(e.term() + " mentions").hasSize(Integer.parseInt(row[3]));
      }
      for (Span m : e.mentions()) {
        assertThat(m.slice(r.text())).isNotBlank();
        assertThat(e.span().contains(m)).isFalse();
      }
      assertThat(e.span().slice(r.text()).replace("\n", ""))
          .contains(e.definition().replace("\n", ""));
    }
  }
}

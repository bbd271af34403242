package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole-report golden tests: the structure of each seed against a file written by reading the seed
 * ({@code src/test/resources/seeds/NAME/report.json}). A field left out of a golden file is not
 * checked; a field given as null must come out null.
 */
class SeedGoldenTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final WorkReportParser PARSER = WorkReportParser.create();

  static Stream<Path> seeds() {
    return Seeds.all().stream();
  }

  @Test
  void everySeedHasItsExpectedOutputsAndEveryFolderASeed() throws IOException {
    List<String> seeds =
        Seeds.all().stream().map(p -> p.getFileName().toString().replace(".txt", "")).toList();
    List<String> golden;
    try (Stream<Path> s = Files.list(Seeds.EXPECTED)) {
      golden = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(golden).containsExactlyElementsOf(seeds);
    for (Path seed : Seeds.all()) {
      for (String name : List.of("report.json", "tasks.txt", "targets.txt", "glossary.tsv")) {
        assertThat(Seeds.expected(seed, name)).as(seed + ": " + name).isRegularFile();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void structureMatchesTheGoldenFile(Path seed) throws IOException {
    JsonNode gold = JSON.readTree(Seeds.expected(seed, "report.json").toFile());
    WorkReport report = PARSER.parse(seed);
    checkMetadata(gold.get("metadata"), report.metadata());
    assertThat(report.preamble()).as("preamble").hasSize(gold.get("preamble").asInt());
    checkSections(gold.get("sections"), report.sections(), "");
  }

  private static void checkMetadata(JsonNode gold, Metadata m) {
    Map<String, Object> actual = new HashMap<>();
    actual.put("title", m.title());
    actual.put("subtitle", m.subtitle());
    actual.put("kind", m.kind().name());
    actual.put("region", m.region());
    actual.put("date", m.date() == null ? null : m.date().toString());
    actual.put("published", m.published() == null ? null : m.published().toString());
    actual.put("year", m.year());
    actual.put("source", m.source());
    actual.put("authors", m.authors());
    actual.put("venue", m.venue());
    actual.put("speaker", m.speaker());
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Object want =
          e.getValue().isNull()
              ? null
              : e.getValue().isInt()
                  ? (Object) e.getValue().asInt()
                  : e.getValue().isArray()
                      ? JSON.convertValue(e.getValue(), List.class)
                      : e.getValue().asText();
      Object got = actual.get(e.getKey());
      if (got instanceof String str) {
        got = fold(str);
        want = want == null ? null : fold(want.toString());
      }
      assertThat(got).as("metadata." + e.getKey()).isEqualTo(want);
    }
  }

  private static void checkSections(JsonNode gold, List<Section> sections, String path) {
    assertThat(sections.stream().map(s -> fold(s.title())).toList())
        .as("titles under " + path)
        .containsExactlyElementsOf(titles(gold));
    for (int i = 0; i < gold.size(); i++) {
      JsonNode g = gold.get(i);
      Section s = sections.get(i);
      String at = path + "/" + s.title();
      if (g.has("subtitle")) {
        assertThat(fold(s.subtitle()))
            .as(at + " subtitle")
            .isEqualTo(g.get("subtitle").isNull() ? null : fold(g.get("subtitle").asText()));
      } else {
        assertThat(s.subtitle()).as(at + " subtitle").isNull();
      }
      if (g.has("number")) {
        assertThat(s.number()).as(at + " number").isEqualTo(g.get("number").asText());
        assertThat(s.ordinal()).as(at + " ordinal").isEqualTo(g.get("ordinal").asInt());
      }
      if (g.has("part")) {
        assertThat(s.part().name()).as(at + " part").isEqualTo(g.get("part").asText());
      }
      if (g.has("paragraphs")) {
        assertThat(s.paragraphs()).as(at + " paragraphs").hasSize(g.get("paragraphs").asInt());
      }
      assertThat(s.level())
          .as(at + " level")
          .isEqualTo(path.chars().filter(c -> c == '/').count() + 1);
      checkSections(g.get("children"), s.children(), at);
    }
  }

  /** Width and space variants folded, as the scorer folds them: "深化改革\u3000产业" is "深化改革 产业". */
  private static String fold(String s) {
    return s == null ? null : TextNormalizer.normalize(s).replaceAll(" +", " ");
  }

  private static List<String> titles(JsonNode gold) {
    List<String> out = new ArrayList<>();
    gold.forEach(g -> out.add(fold(g.get("title").asText())));
    return out;
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Metadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the numbered header examples of {@code src/test/resources/spec/metadata.txt}. */
class MetadataSpecTest {
  private static final Path SPEC = Path.of("src/test/resources/spec/metadata.txt");

  static Stream<SpecFile.Example> cases() throws IOException {
    return SpecFile.read(SPEC).stream();
  }

  @Test
  void thereAreExamplesOfEveryHeaderLayout() throws IOException {
    assertThat(SpecFile.read(SPEC)).hasSizeGreaterThanOrEqualTo(12);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void example(SpecFile.Example ex) {
    Metadata m = WorkReportParser.create().parse(ex.input()).metadata();
    Map<String, String> got = fields(m);
    for (String line : ex.expected()) {
      int colon = line.indexOf(": ");
      String key = line.substring(0, colon);
      String want = line.substring(colon + 2);
      assertThat(got).as("unknown key " + key).containsKey(key);
      assertThat(got.get(key)).as(key).isEqualTo("null".equals(want) ? null : want);
    }
  }

  private static Map<String, String> fields(Metadata m) {
    Map<String, String> f = new HashMap<>();
    f.put("title", m.title());
    f.put("subtitle", m.subtitle());
    f.put("kind", m.kind().name());
    f.put("region", m.region());
    f.put("date", m.date() == null ? null : m.date().toString());
    f.put("published", m.published() == null ? null : m.published().toString());
    f.put("source", m.source());
    f.put("venue", m.venue());
    f.put("speaker", m.speaker());
    f.put("speakerTitle", m.speakerTitle());
    f.put("year", m.year() == null ? null : m.year().toString());
    for (String k : List.copyOf(f.keySet())) {
      f.computeIfPresent(k, (key, v) -> v.replace('\u3000', ' '));
    }
    return f;
  }
}

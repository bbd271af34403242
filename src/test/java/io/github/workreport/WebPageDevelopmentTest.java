package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Scores the parser on the real saved pages of {@code src/test/resources/pages}: the headline,
 * date, source and kind of each page, its first and last body sentence present in the body, and
 * every listed furniture string absent from it. The expectations were written by reading the pages
 * (see the README beside them). Prints the score per field and every miss.
 */
class WebPageDevelopmentTest {
  private static final Path PAGES = Path.of("src/test/resources/pages");
  private static final List<String> FIELDS =
      List.of("title", "date", "source", "kind", "first", "last", "furniture");

  @Test
  void everyPageReadsAsItsReaderSeesIt() throws IOException {
    JsonNode expected = new ObjectMapper().readTree(PAGES.resolve("expected.json").toFile());
    WorkReportParser parser = WorkReportParser.create();
    Map<String, int[]> score = new LinkedHashMap<>();
    FIELDS.forEach(f -> score.put(f, new int[2]));
    List<String> misses = new ArrayList<>();
    for (JsonNode page : expected) {
      String file = page.get("file").asText();
      WorkReport report = parser.parse(Files.readAllBytes(PAGES.resolve(file)));
      Metadata m = report.metadata();
      String body = compact(bodyText(report));
      check(score, misses, file, "title", compact(page.get("title").asText()), compact(m.title()));
      check(
          score,
          misses,
          file,
          "date",
          text(page.get("date")),
          m.date() == null ? null : m.date().toString());
      check(score, misses, file, "source", text(page.get("source")), m.source());
      check(score, misses, file, "kind", page.get("kind").asText(), m.kind().name());
      count(
          score,
          misses,
          file,
          "first",
          body.contains(compact(page.get("first").asText())),
          page.get("first").asText());
      count(
          score,
          misses,
          file,
          "last",
          body.contains(compact(page.get("last").asText())),
          page.get("last").asText());
      for (JsonNode f : page.get("furniture")) {
        count(
            score,
            misses,
            file,
            "furniture",
            !body.contains(compact(f.asText())),
            "left in the body: " + f.asText());
      }
    }
    int passed = 0;
    int total = 0;
    StringBuilder out = new StringBuilder("Development pages (" + expected.size() + "):");
    for (Map.Entry<String, int[]> e : score.entrySet()) {
      out.append(' ')
          .append(e.getKey())
          .append(' ')
          .append(e.getValue()[0])
          .append('/')
          .append(e.getValue()[1]);
      passed += e.getValue()[0];
      total += e.getValue()[1];
    }
    out.append(" — total ").append(passed).append('/').append(total);
    System.out.println(out);
    misses.forEach(System.out::println);
    assertThat(misses).as(out.toString()).isEmpty();
  }

  private static void check(
      Map<String, int[]> score,
      List<String> misses,
      String file,
      String field,
      String want,
      String got) {
    boolean ok = Objects.equals(want, field.equals("title") || got == null ? got : got.strip());
    count(score, misses, file, field, ok, "expected " + want + ", got " + got);
  }

  private static void count(
      Map<String, int[]> score,
      List<String> misses,
      String file,
      String field,
      boolean ok,
      String what) {
    int[] s = score.get(field);
    s[1]++;
    if (ok) {
      s[0]++;
    } else {
      misses.add("  " + file + " " + field + ": " + what);
    }
  }

  private static String text(JsonNode n) {
    return n == null || n.isNull() ? null : n.asText();
  }

  /** Folded, with every space removed: pages differ in spacing, not in words. */
  private static String compact(String s) {
    return s == null ? null : TextNormalizer.normalize(s).replaceAll("\\s+", "");
  }

  /**
   * The body as a reader of the report sees it: preamble, then each section's heading and
   * paragraphs.
   */
  static String bodyText(WorkReport report) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : report.preamble()) {
      sb.append(p.text()).append('\n');
    }
    for (Section s : report.sections()) {
      appendSection(s, sb);
    }
    return sb.toString();
  }

  private static void appendSection(Section s, StringBuilder sb) {
    sb.append(s.title() == null ? "" : s.title()).append('\n');
    sb.append(s.subtitle() == null ? "" : s.subtitle()).append('\n');
    for (Paragraph p : s.paragraphs()) {
      sb.append(p.text()).append('\n');
    }
    for (Section c : s.children()) {
      appendSection(c, sb);
    }
  }
}

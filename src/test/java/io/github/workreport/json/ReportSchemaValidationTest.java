package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.workreport.HandMadeReport;
import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every output validates against the JSON Schema that the library ships (loaded from its resources,
 * as a user would), with the networknt validator: the seeds, a hand-made report with every kind of
 * element, and every report of the corpus folder beside the checkout when there is one ({@code
 * -Dcorpus.dir=…} names another). Broken documents do not validate, so the schema says something.
 */
class ReportSchemaValidationTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @BeforeAll
  static void loadTheShippedSchema() throws IOException {
    try (InputStream in = ReportJson.class.getResourceAsStream(ReportJson.SCHEMA_RESOURCE)) {
      assertThat(in).as(ReportJson.SCHEMA_RESOURCE + " is a resource of the library").isNotNull();
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(in, InputFormat.JSON);
    }
  }

  @Test
  void everySeedsJsonValidates() {
    for (Path seed : Seeds.all()) {
      WorkReport r = PARSER.parse(Seeds.text(seed));
      assertValid(seed.toString(), ReportJson.toJson(r));
      assertValid(
          seed + " with its source",
          ReportJson.toJson(r, new ReportSource(seed.toString(), "UTF-8", 1)));
      assertValid(seed + " as a line", ReportJson.toJsonLine(r, new ReportSource("-", null, 0)));
    }
    assertValid("hand-made", ReportJson.toJson(HandMadeReport.report()));
  }

  @Test
  void everyCorpusReportsJsonValidates() throws IOException {
    Path corpus = Path.of(System.getProperty("corpus.dir", "../shared/corpus"));
    Assumptions.assumeTrue(
        Files.isDirectory(corpus), "no corpus folder at " + corpus.toAbsolutePath());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(corpus)) {
      files =
          walk.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".html"))
              .sorted()
              .toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      WorkReport r = PARSER.parse(bytes);
      assertValid(
          f.toString(),
          ReportJson.toJson(r, new ReportSource(f.toString(), "UTF-8", bytes.length)));
    }
  }

  @Test
  void brokenDocumentsDoNotValidate() throws IOException {
    ObjectNode good = (ObjectNode) JSON.readTree(ReportJson.toJson(HandMadeReport.report()));
    assertThat(errors(good.toString())).isEmpty();
    assertThat(errors(with(good, "/schemaVersion", JSON.getNodeFactory().numberNode(2))))
        .isNotEmpty();
    assertThat(errors(with(good, "/targets/0/value", JSON.getNodeFactory().numberNode(6.1))))
        .as("a decimal as a number")
        .isNotEmpty();
    assertThat(errors(with(good, "/targets/0/value", JSON.getNodeFactory().textNode("6.1E2"))))
        .as("an exponent")
        .isNotEmpty();
    assertThat(errors(with(good, "/targets/0/measure", JSON.getNodeFactory().textNode("GROWN"))))
        .isNotEmpty();
    assertThat(errors(with(good, "/targets/0/unit", JSON.getNodeFactory().nullNode())))
        .as("unit may be null")
        .isEmpty();
    assertThat(errors(with(good, "/targets/0/indicator", JSON.getNodeFactory().nullNode())))
        .isNotEmpty();
    assertThat(errors(with(good, "/metadata/date", JSON.getNodeFactory().textNode("4 Jan 2025"))))
        .isNotEmpty();
    assertThat(
            errors(
                with(
                    good,
                    "/sections/1/children/0/span/start",
                    JSON.getNodeFactory().textNode("3"))))
        .isNotEmpty();
    ObjectNode missing = good.deepCopy();
    missing.remove("glossary");
    assertThat(errors(missing.toString())).isNotEmpty();
  }

  private static String with(ObjectNode doc, String pointer, JsonNode value) {
    ObjectNode copy = doc.deepCopy();
    int cut = pointer.lastIndexOf('/');
    JsonNode parent = copy.at(pointer.substring(0, cut));
    assertThat(parent.isObject()).as(pointer).isTrue();
    ((ObjectNode) parent).set(pointer.substring(cut + 1), value);
    return copy.toString();
  }

  private static List<Error> errors(String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  private static void assertValid(String what, String json) {
    assertThat(errors(json)).as(what).isEmpty();
  }
}

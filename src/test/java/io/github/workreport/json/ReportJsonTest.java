package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.workreport.HandMadeReport;
import io.github.workreport.Records;
import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportJsonTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  @Test
  void everySeedRoundTrips() {
    for (var seed : Seeds.all()) {
      WorkReport r = PARSER.parse(Seeds.text(seed));
      String json = ReportJson.toJson(r);
      assertThat(ReportJson.fromJson(json)).isEqualTo(r);
      assertThat(ReportJson.toJson(ReportJson.fromJson(json))).isEqualTo(json);
    }
  }

  @Test
  void fieldsComeInTheOrderOfTheSpecWithAVersion() throws Exception {
    WorkReport r = PARSER.parse(Seeds.text("002"));
    JsonNode node = new ObjectMapper().readTree(ReportJson.toJson(r));
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names)
        .containsExactly(
            "schemaVersion",
            "metadata",
            "preamble",
            "sections",
            "tasks",
            "targets",
            "glossary",
            "diagnostics",
            "text");
    assertThat(node.get("schemaVersion").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION);
    assertThat(node.at("/metadata/date").asText()).isEqualTo("2025-01-04");
    assertThat(node.at("/sections/1/children/0/number").asText()).isEqualTo("(一)");
    assertThat(node.at("/sections/0/span/start").isInt()).isTrue();
    assertThat(ReportJson.toJson(List.of(r, r))).startsWith("[");
  }

  @Test
  void decimalsAreWrittenAsPlainStringsAndReadBack() {
    WorkReport r = PARSER.parse("地区生产总值16.4亿元以上");
    assertThat(r.targets())
        .singleElement()
        .satisfies(t -> assertThat(t.normalized().value()).isEqualByComparingTo("1.64E9"));
    String json = ReportJson.toJson(r);
    assertThat(json).contains("\"value\" : \"1640000000\"").contains("\"value\" : \"16.4\"");
    assertThat(ReportJson.fromJson(json)).isEqualTo(r);
    Target t = r.targets().get(0);
    Target keyed =
        Records.of(
            Target.class,
            Map.ofEntries(
                Map.entry("indicator", t.indicator()),
                Map.entry("key", "gdp"),
                Map.entry("value", t.value()),
                Map.entry("baseline", new BigDecimal("15.20")),
                Map.entry("unit", "亿元"),
                Map.entry("normalized", t.normalized()),
                Map.entry("measure", t.measure()),
                Map.entry("bound", t.bound()),
                Map.entry("status", t.status()),
                Map.entry("text", t.text()),
                Map.entry("span", t.span())));
    WorkReport withBaseline =
        new WorkReport(
            r.text(),
            r.metadata(),
            List.of(),
            List.of(),
            List.of(),
            List.of(keyed),
            List.of(),
            List.of());
    String keyedJson = ReportJson.toJson(withBaseline);
    assertThat(keyedJson).contains("\"key\" : \"gdp\"").contains("\"baseline\" : \"15.20\"");
    assertThat(ReportJson.fromJson(keyedJson)).isEqualTo(withBaseline);
  }

  @Test
  void aSourceGoesAfterTheVersionAndIsIgnoredWhenRead() throws Exception {
    WorkReport r = HandMadeReport.report();
    ReportSource source = new ReportSource("reports/a.txt", "GB18030", 1234);
    JsonNode node = new ObjectMapper().readTree(ReportJson.toJson(r, source));
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    assertThat(names).startsWith("schemaVersion", "source", "metadata");
    assertThat(node.at("/source/path").asText()).isEqualTo("reports/a.txt");
    assertThat(node.at("/source/charset").asText()).isEqualTo("GB18030");
    assertThat(node.at("/source/bytes").asLong()).isEqualTo(1234);
    String line = ReportJson.toJsonLine(r, new ReportSource("-", null, 0));
    assertThat(line)
        .doesNotContain("\n  ")
        .startsWith(
            "{\"schemaVersion\":1,\"source\":{\"path\":\"-\",\"charset\":null,\"bytes\":0},");
    assertThat(ReportJson.fromJson(line)).isEqualTo(r);
    assertThat(ReportJson.fromJson(ReportJson.toJson(r, source))).isEqualTo(r);
    assertThatThrownBy(() -> ReportJson.toJson(r, null)).hasMessageContaining("source");
    assertThatThrownBy(() -> new ReportSource(null, null, 0)).hasMessageContaining("path");
    assertThatThrownBy(() -> new ReportSource("a", null, -1)).hasMessageContaining("bytes");
  }

  @Test
  void writesToAWriterAndAStreamWhatToJsonGives() throws IOException {
    WorkReport r = PARSER.parse(Seeds.text("002"));
    StringWriter w = new StringWriter();
    ReportJson.write(r, w);
    assertThat(w.toString()).isEqualTo(ReportJson.toJson(r));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ReportJson.write(r, bytes);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(ReportJson.toJson(r));
    boolean[] closed = {false};
    Writer watched =
        new StringWriter() {
          @Override
          public void close() throws IOException {
            closed[0] = true;
            super.close();
          }
        };
    ReportJson.write(r, watched);
    assertThat(closed[0]).as("the caller's writer is left open").isFalse();
    assertThatThrownBy(() -> ReportJson.write(null, new StringWriter()))
        .hasMessageContaining("report");
    assertThatThrownBy(() -> ReportJson.write(r, (Writer) null)).hasMessageContaining("out");
  }

  @Test
  void aCallersOwnMapperWithTheModuleWritesAndReadsTheSameJson() throws Exception {
    WorkReport r = PARSER.parse(Seeds.text("002"));
    ObjectMapper mine =
        JsonMapper.builder()
            .addModule(ReportJson.module())
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    assertThat(mine.writeValueAsString(r)).isEqualTo(ReportJson.toJson(r));
    // a mapper that leaves nulls out and fails on unknown fields still writes and reads a report
    // whole
    ObjectMapper strict =
        JsonMapper.builder()
            .addModule(ReportJson.module())
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
            .build();
    String compact = strict.writeValueAsString(r);
    assertThat(compact).isEqualTo(ReportJson.toJsonLine(r)).contains("\"subtitle\":null");
    assertThat(strict.readValue(compact, WorkReport.class)).isEqualTo(r);
    assertThat(
            strict.readValue(
                ReportJson.toJson(r, new ReportSource("a.txt", "UTF-8", 3)), WorkReport.class))
        .isEqualTo(r);
  }

  @Test
  void theModuleLeavesTheCallersOwnDecimalsAndDatesAlone() throws Exception {
    ObjectMapper mine = JsonMapper.builder().addModule(ReportJson.module()).build();
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("amount", new BigDecimal("1.5"));
    other.put("missing", null);
    assertThat(mine.writeValueAsString(other)).isEqualTo("{\"amount\":1.5,\"missing\":null}");
    assertThatThrownBy(() -> mine.writeValueAsString(LocalDate.of(2025, 1, 4)))
        .as("java.time stays the caller's business (jackson-datatype-jsr310)")
        .isInstanceOf(Exception.class);
    WorkReport dated = PARSER.parse("2025年1月4日在肃州区第十九届人民代表大会第五次会议上\n政府工作报告");
    assertThatThrownBy(
            () ->
                mine.readValue(
                    mine.writeValueAsString(dated)
                        .replace(
                            "\"date\":\"" + dated.metadata().date() + "\"",
                            "\"date\":\"4 Jan 2025\""),
                    WorkReport.class))
        .hasMessageContaining("not an ISO date");
    assertThat(dated.metadata().date()).isEqualTo(LocalDate.of(2025, 1, 4));
  }

  @Test
  void refusesWhatIsNotAReportOfThisVersion() {
    assertThatThrownBy(() -> ReportJson.fromJson("[]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportJson.fromJson("{\"schemaVersion\": 99}"))
        .hasMessageContaining("99");
    assertThatThrownBy(() -> ReportJson.fromJson("{not json"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportJson.fromJson("{\"schemaVersion\": 1, \"metadata\": 3}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportJson.fromJson(null)).hasMessageContaining("json");
  }
}

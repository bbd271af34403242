package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.CsvRows;
import io.github.workreport.HandMadeReport;
import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.Bound;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.GlossaryOrigin;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Quantity;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Tier;
import io.github.workreport.model.WorkReport;
import java.math.BigDecimal;
import java.util.ArrayList;
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
    assertThat(names).containsExactly("schemaVersion", "metadata", "preamble", "sections", "tasks", "targets", "glossary",
        "diagnostics", "text");
    assertThat(node.get("schemaVersion").asInt()).isEqualTo(ReportJson.SCHEMA_VERSION);
    assertThat(node.at("/metadata/date").asText()).isEqualTo("2025-01-04");
    assertThat(node.at("/sections/1/children/0/number").asText()).isEqualTo("(一)");
    assertThat(node.at("/sections/0/span/start").isInt()).isTrue();
    assertThat(ReportJson.toJson(List.of(r, r))).startsWith("[");
  }

  @Test
  void decimalsAreWrittenAsPlainStringsAndReadBack() {
    Target t = new Target("地区生产总值", "gdp", new BigDecimal("16.4"), null, new BigDecimal("15.2"), "亿元",
        new Quantity(new BigDecimal("1640000000"), null, "元"), Measure.LEVEL, Bound.AT_LEAST, TargetStatus.PLANNED, Tier.TARGET,
        true, "2025", "地区生产总值16.4亿元以上", new Span(0, 13), "s1");
    GlossaryEntry g = new GlossaryEntry(1, "六稳", "指稳就业、稳金融", List.of("稳就业", "稳金融"), GlossaryOrigin.GLOSSARY,
        new Span(0, 4), List.of(new Span(2, 4)));
    WorkReport base = PARSER.parse("地区生产总值16.4亿元以上");
    WorkReport r = new WorkReport(base.text(), base.metadata(), List.of(), List.of(), List.of(), List.of(t), List.of(g), List.of());
    String json = ReportJson.toJson(r);
    assertThat(json).contains("\"value\" : \"1640000000\"").contains("\"value\" : \"16.4\"");
    assertThat(ReportJson.fromJson(json)).isEqualTo(r);
    String csv = ReportJson.targetsCsv(List.of("a.txt"), List.of(r), (rep, off) -> 1);
    assertThat(csv.lines().toList()).hasSize(2);
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo(String.join(",", ReportJson.TARGET_COLUMNS));
    assertThat(csv).contains("a.txt,,,,,地区生产总值,gdp,16.4,,15.2,亿元,1640000000,,元,LEVEL,AT_LEAST,PLANNED,TARGET,true,2025,1,");
    String gcsv = ReportJson.glossaryCsv(List.of("a.txt"), List.of(r));
    assertThat(gcsv).contains("a.txt,六稳,2,稳就业|稳金融,");
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
    assertThat(line).doesNotContain("\n  ").startsWith("{\"schemaVersion\":1,\"source\":{\"path\":\"-\",\"charset\":null,\"bytes\":0},");
    assertThat(ReportJson.fromJson(line)).isEqualTo(r);
    assertThat(ReportJson.fromJson(ReportJson.toJson(r, source))).isEqualTo(r);
    assertThatThrownBy(() -> ReportJson.toJson(r, null)).hasMessageContaining("source");
    assertThatThrownBy(() -> new ReportSource(null, null, 0)).hasMessageContaining("path");
    assertThatThrownBy(() -> new ReportSource("a", null, -1)).hasMessageContaining("bytes");
  }

  @Test
  void targetRowsSayWhichReportAndHeadingTheyComeFrom() {
    WorkReport r = HandMadeReport.report();
    List<Map<String, String>> rows = CsvRows.read(ReportJson.csvHeader(ReportJson.TARGET_COLUMNS)
        + ReportJson.targetRows("a.txt", r, (rep, off) -> off));
    assertThat(rows).hasSize(2);
    assertThat(rows).extracting("file", "region", "year", "title", "section")
        .containsOnly(tuple("a.txt", "某县", "2025", "某县2025年政府工作报告", "一、2024年工作回顾"),
            tuple("a.txt", "某县", "2025", "某县2025年政府工作报告", "（一）抓好工业"));
    assertThat(rows).extracting("indicator", "value", "unit", "measure", "bound", "status", "headline", "line", "text")
        .containsExactly(
            tuple("地区生产总值", "6.1", "%", "GROWTH", "EXACT", "REPORTED", "false", "" + HandMadeReport.TEXT.indexOf("全县"),
                "全县地区生产总值增长6.1%"),
            tuple("工业增加值", "8", "%", "GROWTH", "ABOUT", "PLANNED", "true", "" + HandMadeReport.TEXT.indexOf("工业增加值"),
                "工业增加值增长8%左右"));
    assertThat(ReportJson.TARGET_COLUMNS).startsWith("file", "region", "year", "title", "section");
  }

  @Test
  void taskRowsGoDepthFirstWithTheirDepthAndHeading() {
    String text = HandMadeReport.TEXT;
    List<Map<String, String>> rows = CsvRows.read(ReportJson.csvHeader(ReportJson.TASK_COLUMNS)
        + ReportJson.taskRows("a.txt", HandMadeReport.report(), (rep, off) -> off));
    assertThat(rows).extracting("file", "region", "year", "id", "number", "ordinal", "depth", "title", "section", "line")
        .containsExactly(
            tuple("a.txt", "某县", "2025", "t1", "（一）", "1", "1", "抓好工业", "（一）抓好工业", "" + text.indexOf("（一）")),
            tuple("a.txt", "某县", "2025", "t1.1", "一是", "1", "2", "工业增加值增长8%左右", "（一）抓好工业", "" + text.indexOf("一是")),
            tuple("a.txt", "某县", "2025", "t1.2", "二是", "2", "2", "推进“三化”改造", "（一）抓好工业", "" + text.indexOf("二是")));
    assertThat(ReportJson.csvHeader(ReportJson.TASK_COLUMNS)).isEqualTo("file,region,year,id,number,ordinal,depth,title,section,line\n");
  }

  @Test
  void csvQuotesFieldsThatNeedIt() {
    GlossaryEntry g = new GlossaryEntry(1, "三农", "指农业,农村,\"农民\"", List.of(), GlossaryOrigin.GLOSSARY, new Span(0, 1), List.of());
    WorkReport base = PARSER.parse("x");
    WorkReport r = new WorkReport(base.text(), base.metadata(), List.of(), List.of(), List.of(), List.of(), List.of(g), List.of());
    assertThat(ReportJson.glossaryCsv(List.of("b.txt"), List.of(r))).contains("\"指农业,农村,\"\"农民\"\"\"");
  }

  @Test
  void refusesWhatIsNotAReportOfThisVersion() {
    assertThatThrownBy(() -> ReportJson.fromJson("[]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportJson.fromJson("{\"schemaVersion\": 99}")).hasMessageContaining("99");
    assertThatThrownBy(() -> ReportJson.fromJson("{not json")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportJson.fromJson("{\"schemaVersion\": 1, \"metadata\": 3}")).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.workreport.HandMadeReport;
import io.github.workreport.Records;
import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Target;
import io.github.workreport.model.Tier;
import io.github.workreport.model.WorkReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written writer gives the bytes of a mapper with the model module, on every report. */
class ReportWriterTest {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(ReportJson.module()).build();

  private static List<WorkReport> reports() {
    WorkReportParser parser = WorkReportParser.create();
    List<WorkReport> reports = new ArrayList<>();
    for (var seed : Seeds.all()) {
      reports.add(parser.parse(Seeds.text(seed)));
    }
    reports.add(HandMadeReport.report());
    reports.add(everyComponentSet(HandMadeReport.report()));
    // what a generator must escape: quotes, backslashes, control and separator characters
    reports.add(parser.parse("标题\"引号\"\\反斜杠\t制表\u2028分隔\u0001控制\n增长5%。"));
    return reports;
  }

  /** {@code r} with the nullable components the hand-made report leaves null given values. */
  private static WorkReport everyComponentSet(WorkReport r) {
    Metadata m = r.metadata();
    Metadata full =
        Records.of(
            Metadata.class,
            Map.ofEntries(
                Map.entry("title", "某县政府工作报告"),
                Map.entry("subtitle", "副标题"),
                Map.entry("kind", m.kind()),
                Map.entry("region", "某县"),
                Map.entry("date", LocalDate.of(2025, 1, 4)),
                Map.entry("published", LocalDate.of(2025, 1, 10)),
                Map.entry("source", "某县人民政府网"),
                Map.entry("authors", List.of("甲", "乙")),
                Map.entry("venue", "某县第一届人民代表大会第五次会议"),
                Map.entry("speaker", "某人"),
                Map.entry("speakerTitle", "县长"),
                Map.entry("year", 2025)));
    Target t = r.targets().get(1);
    Target ranged =
        new Target(
            t.indicator(),
            "gdp",
            new BigDecimal("1.5E+3"),
            new BigDecimal("2000"),
            new BigDecimal("0.000012"),
            t.unit(),
            t.normalized(),
            t.measure(),
            Bound.RANGE,
            t.status(),
            Tier.STRIVE,
            t.headline(),
            "2025",
            t.text(),
            t.span(),
            null);
    return new WorkReport(
        r.text(),
        full,
        r.preamble(),
        r.sections(),
        r.tasks(),
        List.of(r.targets().get(0), ranged),
        r.glossary(),
        r.diagnostics());
  }

  @Test
  void writesWhatTheModulesMapperWritesIndentedAndOnOneLine() throws Exception {
    for (WorkReport r : reports()) {
      assertThat(ReportJson.toJson(r))
          .isEqualTo(
              MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(r));
      assertThat(ReportJson.toJsonLine(r)).isEqualTo(MAPPER.writeValueAsString(r));
    }
  }

  @Test
  void writesTheSourceAsTheModulesMapperDoes() throws Exception {
    ReportSource source = new ReportSource("路径/a\"b.txt", null, 12);
    for (WorkReport r : reports()) {
      assertThat(ReportJson.toJsonLine(r, source))
          .isEqualTo(
              MAPPER
                  .writer()
                  .withAttribute(ModelModule.SOURCE_ATTRIBUTE, source)
                  .writeValueAsString(r));
    }
  }

  @Test
  void writesAListAsTheModulesMapperDoes() throws Exception {
    List<WorkReport> reports = reports();
    assertThat(ReportJson.toJson(reports))
        .isEqualTo(
            MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(reports));
    assertThat(ReportJson.toJson(List.of()))
        .isEqualTo(
            MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(List.of()));
  }
}

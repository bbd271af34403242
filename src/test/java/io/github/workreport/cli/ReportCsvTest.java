package io.github.workreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.workreport.CsvRows;
import io.github.workreport.HandMadeReport;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.GlossaryOrigin;
import io.github.workreport.model.Span;
import io.github.workreport.model.WorkReport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  @Test
  void targetRowsSayWhichReportHeadingAndLineTheyComeFrom() {
    WorkReport r = HandMadeReport.report();
    List<Map<String, String>> rows =
        CsvRows.read(ReportCsv.header(ReportCsv.TARGET_COLUMNS) + ReportCsv.targetRows("a.txt", r));
    assertThat(rows).hasSize(2);
    assertThat(rows)
        .extracting("file", "region", "year", "title", "section")
        .containsOnly(
            tuple("a.txt", "某县", "2025", "某县2025年政府工作报告", "一、2024年工作回顾"),
            tuple("a.txt", "某县", "2025", "某县2025年政府工作报告", "（一）抓好工业"));
    // HandMadeReport's comments number its lines: the review figure is on line 3, the plan's on
    // line 6
    assertThat(rows)
        .extracting(
            "indicator", "value", "unit", "measure", "bound", "status", "headline", "line", "text")
        .containsExactly(
            tuple(
                "地区生产总值",
                "6.1",
                "%",
                "GROWTH",
                "EXACT",
                "REPORTED",
                "false",
                "3",
                "全县地区生产总值增长6.1%"),
            tuple("工业增加值", "8", "%", "GROWTH", "ABOUT", "PLANNED", "true", "6", "工业增加值增长8%左右"));
    assertThat(ReportCsv.TARGET_COLUMNS).startsWith("file", "region", "year", "title", "section");
  }

  @Test
  void decimalsArePlainAndEmptyValuesEmpty() {
    WorkReport r = PARSER.parse("地区生产总值16.4亿元以上");
    String csv = ReportCsv.header(ReportCsv.TARGET_COLUMNS) + ReportCsv.targetRows("a.txt", r);
    assertThat(csv.lines().findFirst().orElseThrow())
        .isEqualTo(String.join(",", ReportCsv.TARGET_COLUMNS));
    assertThat(CsvRows.read(csv))
        .singleElement()
        .satisfies(
            row ->
                assertThat(row)
                    .containsEntry("value", "16.4")
                    .containsEntry("unit", "亿元")
                    .containsEntry("normalizedValue", "1640000000")
                    .containsEntry("normalizedUnit", "元")
                    .containsEntry("upper", "")
                    .containsEntry("tier", "")
                    .containsEntry("line", "1"));
  }

  @Test
  void taskRowsGoDepthFirstWithTheirDepthHeadingAndLine() {
    List<Map<String, String>> rows =
        CsvRows.read(
            ReportCsv.header(ReportCsv.TASK_COLUMNS)
                + ReportCsv.taskRows("a.txt", HandMadeReport.report()));
    assertThat(rows)
        .extracting(
            "file", "region", "year", "id", "number", "ordinal", "depth", "title", "section",
            "line")
        .containsExactly(
            tuple("a.txt", "某县", "2025", "t1", "（一）", "1", "1", "抓好工业", "（一）抓好工业", "5"),
            tuple("a.txt", "某县", "2025", "t1.1", "一是", "1", "2", "工业增加值增长8%左右", "（一）抓好工业", "6"),
            tuple("a.txt", "某县", "2025", "t1.2", "二是", "2", "2", "推进“三化”改造", "（一）抓好工业", "6"));
    assertThat(ReportCsv.header(ReportCsv.TASK_COLUMNS))
        .isEqualTo("file,region,year,id,number,ordinal,depth,title,section,line\n");
  }

  @Test
  void glossaryRowsJoinItemsAndQuoteFieldsThatNeedIt() {
    assertThat(ReportCsv.glossaryRows("a.txt", HandMadeReport.report()))
        .isEqualTo("a.txt,“三化”,3,高端化|智能化|绿色化,高端化、智能化、绿色化,1\n");
    GlossaryEntry g =
        new GlossaryEntry(
            1,
            "三农",
            "指农业,农村,\"农民\"",
            List.of(),
            GlossaryOrigin.GLOSSARY,
            new Span(0, 1),
            List.of());
    WorkReport base = PARSER.parse("x");
    WorkReport r =
        new WorkReport(
            base.text(),
            base.metadata(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(g),
            List.of());
    assertThat(ReportCsv.glossaryRows("b.txt", r)).contains("\"指农业,农村,\"\"农民\"\"\"");
  }
}

package io.github.workreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.HandMadeReport;
import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records that hold long text print a summary, so that a failing assertion prints a few lines.
 */
class SummaryTest {

  @Test
  void aReportPrintsItsTitleAndCounts() {
    assertThat(HandMadeReport.report())
        .hasToString(
            "WorkReport[title=\"某县2025年政府工作报告\", kind=GOVERNMENT_WORK_REPORT, "
                + "year=2025, text="
                + HandMadeReport.TEXT.length()
                + " chars, preamble=0, sections=2 (3 in all), tasks=1 (3 in all), "
                + "targets=2, glossary=1, diagnostics=1]");
  }

  @Test
  void aSectionATaskAndAParagraphPrintTheirIdsTitlesAndSpans() {
    WorkReport r = HandMadeReport.report();
    Section s = r.section("s2.1").orElseThrow();
    assertThat(s)
        .hasToString(
            "Section[id=s2.1, level=2, number=\"（一）\", title=\"抓好工业\", part=PLAN, span="
                + s.span()
                + ", paragraphs=2, children=0]");
    assertThat(r.sections().get(0).toString())
        .contains("id=s1", "title=\"2024年工作回顾\"", "children=0");
    Task t = r.tasks().get(0);
    assertThat(t)
        .hasToString(
            "Task[id=t1, number=\"（一）\", title=\"抓好工业\", span="
                + t.span()
                + ", sectionId=s2.1, subtasks=2]");
    Paragraph p =
        new Paragraph(
            new Span(0, 40), "经济发展质效实现新跨越。", "经济发展质效实现新跨越。全年地区生产总值增长6.1%,规模以上工业增加值增长8.2%。");
    assertThat(p)
        .hasToString(
            "Paragraph[span=[0, 40), lead=\"经济发展质效实现新跨越。\", "
                + "text=\"经济发展质效实现新跨越。全年地区生产总值增长6.…\", length=43]");
  }

  @Test
  void longTextIsCutAndLineBreaksAreEscaped() {
    Task t =
        new Task(
            "t1",
            null,
            1,
            "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十",
            "第一行\n第二行",
            new Span(0, 7),
            null,
            List.of());
    assertThat(t.toString())
        .isEqualTo("Task[id=t1, title=\"一二三四五六七八九十一二三四五六七八九十一二三四…\", span=[0, 7), subtasks=0]")
        .doesNotContain("\n");
    assertThat(Summary.cut("甲\n乙\r丙\t丁")).isEqualTo("甲\\n乙\\r丙\\t丁");
    // a surrogate pair is never cut in two
    assertThat(Summary.cut("甲" + "𠀀".repeat(20))).isEqualTo("甲" + "𠀀".repeat(11) + "…");
    assertThat(Summary.cut("𠀀".repeat(20))).isEqualTo("𠀀".repeat(12) + "…");
  }

  @Test
  void noSeedPrintsMoreThanALineOrTwo() {
    for (Path seed : Seeds.all()) {
      WorkReport r = WorkReportParser.create().parse(Seeds.text(seed));
      assertThat(r.toString()).as(seed.toString()).hasSizeLessThan(300).doesNotContain("\n");
      for (Section s : r.allSections()) {
        assertThat(s.toString()).as(seed.toString()).hasSizeLessThan(300).doesNotContain("\n");
      }
      for (Task t : r.allTasks()) {
        assertThat(t.toString()).as(seed.toString()).hasSizeLessThan(300).doesNotContain("\n");
      }
    }
  }
}

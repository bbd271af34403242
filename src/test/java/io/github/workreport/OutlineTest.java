package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.Metadata;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutlineTest {
  @Test
  void handMadeReportIsRenderedLineByLine() {
    assertThat(Outline.render(HandMadeReport.report()))
        .isEqualTo(
            String.join(
                "\n",
                "title: 某县2025年政府工作报告",
                "kind: GOVERNMENT_WORK_REPORT",
                "region: 某县",
                "year: 2025",
                "一、 2024年工作回顾  [review, L2-3, 1 para]",
                "二、 2025年工作安排  [plan, L4-7, 0 para]",
                "  （一） 抓好工业  [plan, L5-7, 2 para] task 1",
                "    * 一是 工业增加值增长8%左右",
                "    * 二是 推进“三化”改造",
                "! task-count-mismatch at line 5: 宣布两个方面，列出一个",
                "= 3 sections, 3 tasks, 2 targets (1 planned, 1 reported, 1 headline), 1 glossary entry, 1 diagnostic",
                ""));
  }

  @Test
  void aTaskThatIsASectionIsShownOnceOnItsSectionLine() {
    WorkReport r = WorkReportParser.create().parse(Seeds.text("002"));
    String outline = Outline.render(r);
    for (Task t : r.tasks()) {
      // the eight numbered units of the plan part: each title once, on a line that carries its task
      // mark
      List<String> lines = outline.lines().filter(l -> l.contains(t.title())).toList();
      assertThat(lines).as(t.title()).hasSize(1);
      assertThat(lines.get(0)).endsWith("] task " + t.ordinal()).doesNotContain("* ");
    }
    assertThat(outline)
        .contains(
            "  (一) 聚力建好园区、协同发展,在构筑新型工业集链成群上奋勇争先  [plan, L55-63, 4 para] task 1\n"
                + "    * 1. 在明沙窝煤电产业园建设上开新局\n");
  }

  @Test
  void tasksWithoutASectionComeAfterTheTree() {
    WorkReport r = WorkReportParser.create().parse("今年重点抓好以下工作:一是稳投资。二是促消费。");
    String outline = Outline.render(r);
    assertThat(outline).contains("* 一是 稳投资\n", "* 二是 促消费\n");
    assertThat(outline.lines().reduce((a, b) -> b).orElseThrow())
        .startsWith("= 0 sections, 2 tasks, 0 targets");
  }

  @Test
  void summaryCountsEveryLevelAndReadsAlone() {
    assertThat(Outline.summary(HandMadeReport.report()))
        .isEqualTo(
            "= 3 sections, 3 tasks, 2 targets (1 planned, 1 reported, 1 headline), 1 glossary entry, 1 diagnostic");
    WorkReport empty =
        new WorkReport(
            "", Metadata.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    assertThat(Outline.render(empty))
        .isEqualTo(
            "kind: OTHER\n= 0 sections, 0 tasks, 0 targets (0 planned, 0 reported, 0 headline), "
                + "0 glossary entries, 0 diagnostics\n");
  }

  @Test
  void nullIsRefusedByName() {
    assertThatThrownBy(() -> Outline.render(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report");
    assertThatThrownBy(() -> Outline.summary(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("report");
  }

  @Test
  void oneReportRendersTheSameOnManyThreads() {
    WorkReport r = WorkReportParser.create().parse(Seeds.text("001"));
    String once = Outline.render(r);
    var seen = ConcurrentHashMap.<String>newKeySet();
    IntStream.range(0, 16).parallel().forEach(i -> seen.add(Outline.render(r)));
    assertThat(seen).containsExactly(once);
  }
}

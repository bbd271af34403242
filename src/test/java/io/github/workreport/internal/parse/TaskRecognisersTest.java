package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The task recognisers one by one, on trees built from fragments. */
class TaskRecognisersTest {

  private static List<TaskDraft> subtasks(String text) {
    SectionTreeBuilder.SectionTree t = Stages.tree("一、今年工作\n" + text, 2025);
    return ParagraphTasks.subtasks(t.sections().get(0).paragraphs(), t.views(), "s1");
  }

  @Test
  void leadParagraphsOfOneOrTwoClausesAreSubtasks() {
    assertThat(
            subtasks(
                "稳定发展农业生产，多渠道增加农民收入。继续开展粮食稳定增产行动。\n加快产业升级。培育新兴产业。\n"
                    + "坚持首都城市战略定位，加强“四个中心”功能建设，提升区域综合竞争力。推进协同发展。"))
        .extracting(d -> d.title)
        .containsExactly("稳定发展农业生产，多渠道增加农民收入", "加快产业升级");
  }

  @Test
  void twoClausesThatStateAFactAreNoSubtask() {
    assertThat(subtasks("我国有上亿市场主体，而且还在不断增加。要进一步优化营商环境。\n以简审批优服务便利投资兴业。压减审批事项。"))
        .extracting(d -> d.title)
        .containsExactly("以简审批优服务便利投资兴业");
  }

  @Test
  void leadLinesStandingAloneHeadTheParagraphAfterThem() {
    List<TaskDraft> d =
        subtasks(
            "加强生态系统保护修复。\n实施自然保护地整合优化，推进重要生态系统保护和修复工程。\n"
                + "深入打好蓝天碧水净土保卫战。\n开展空气质量持续改善行动，加强重要江河湖库生态保护。");
    assertThat(d).extracting(x -> x.title).containsExactly("加强生态系统保护修复", "深入打好蓝天碧水净土保卫战");
    assertThat(d.get(0).body).contains("自然保护地");
  }

  @Test
  void aSingleLeadLineIsNoSubtask() {
    assertThat(subtasks("各项工作全面推进。\n今年我们要坚持稳中求进，推动各项工作取得新成效，确保完成全年目标。")).isEmpty();
  }

  @Test
  void itemsRunningOverParagraphsAreTitledWithoutTheirMarker() {
    List<TaskDraft> d = subtasks("一是坚定实施扩大内需战略，在推动消费上实现新突破。坚持内需主导。\n二是深化就业增收共富工程。实施就业优先。");
    assertThat(d).extracting(x -> x.number).containsExactly("一是", "二是");
    assertThat(d).extracting(x -> x.title).containsExactly("坚定实施扩大内需战略", "深化就业增收共富工程");
  }

  @Test
  void anEnumerationInsideALeadParagraphNestsUnderIt() {
    List<TaskDraft> d = subtasks("抓好项目建设。一是强化要素保障，确保用地足额；二是加快项目审批，力争时限压减一半。");
    assertThat(d).hasSize(1);
    assertThat(d.get(0).subtasks).extracting(x -> x.number).containsExactly("一是", "二是");
  }

  @Test
  void leadGroupsShareAWordInTheirSecondClauses() {
    SectionTreeBuilder.SectionTree t =
        Stages.tree(
            "一、今年工作\n"
                + "狠抓重大项目建设，持续增强发展后劲。坚持项目为王。\n精心谋划储备项目。谋划项目100个。\n"
                + "加快产业转型升级，持续优化发展方式。坚持创新驱动。\n促进商贸提质增效。建设商圈。\n"
                + "全面推进乡村振兴，持续夯实发展基础。坚持农业优先。\n巩固拓展脱贫成果。守住底线。",
            2025);
    List<TaskDraft> groups = LeadGroups.find(t.sections().get(0).paragraphs(), t.views(), "s1");
    assertThat(groups)
        .extracting(d -> d.title)
        .containsExactly("狠抓重大项目建设，持续增强发展后劲", "加快产业转型升级，持续优化发展方式", "全面推进乡村振兴，持续夯实发展基础");
    assertThat(groups.get(0).subtasks).extracting(d -> d.title).containsExactly("精心谋划储备项目");
  }

  @Test
  void fewerThanThreeParallelLeadsAreNoGroup() {
    SectionTreeBuilder.SectionTree t = Stages.tree("一、今年工作\n狠抓项目建设，持续增强后劲。\n加快产业升级，持续优化方式。", 2025);
    assertThat(LeadGroups.find(t.sections().get(0).paragraphs(), t.views(), "s1")).isEmpty();
  }

  @Test
  void theTaskListComesFromTheWorkPartsElseTheOtherPlanParts() {
    List<Section> s =
        Stages.tree(
                "一、2025年工作回顾\n增长了6%。\n二、“十五五”时期主要目标任务\n今年起将推进。\n"
                    + "三、2026年重点工作\n今年将推进。\n四、全面加强政府自身建设\n将依法行政。",
                2026)
            .sections();
    assertThat(s)
        .extracting(Section::part)
        .containsExactly(PartClass.REVIEW, PartClass.PLAN, PartClass.PLAN, PartClass.PLAN);
    assertThat(TaskScanner.sources(s, 2026, List.of(), new ParagraphViews())).containsExactly(2);
    List<Section> old =
        Stages.tree(
                "一、去年工作回顾\n增长了6%。\n二、扩大内需\n今年将推进。\n三、深化改革\n今年将推进。\n"
                    + "四、加强政风建设\n今年将推进。\n五、做好外交工作\n今年将推进。",
                2026)
            .sections();
    assertThat(TaskScanner.sources(old, 2026, List.of(), new ParagraphViews()))
        .containsExactly(1, 2, 3, 4);
  }

  @Test
  void aUnitIsATaskWithItsLeadsAndDeeperUnitsInDocumentOrder() {
    String text =
        "一、今年工作\n（一）扩大内需\n提振消费。以旧换新。\n1.扩大投资\n实施项目。\n2.稳定外贸\n开拓市场。\n" + "（二）保障民生\n稳定就业。新增就业1万人。";
    SectionTreeBuilder.SectionTree t = Stages.tree(text, 2025);
    Task task =
        UnitTasks.of(t.sections().get(0).children().get(0), t.views(), text).toTask("t1", 1);
    assertThat(task.text()).startsWith("（一）扩大内需\n提振消费。");
    assertThat(task.title()).isEqualTo("扩大内需");
    assertThat(task.subtasks()).extracting(Task::title).containsExactly("提振消费", "扩大投资", "稳定外贸");
  }
}

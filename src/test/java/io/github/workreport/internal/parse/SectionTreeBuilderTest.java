package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import org.junit.jupiter.api.Test;

class SectionTreeBuilderTest {

  @Test
  void stylesNestByFirstAppearanceAndDepthFollowsTheTree() {
    SectionTreeBuilder.SectionTree t =
        Stages.tree("一、甲部分\n（一）子项一\n正文。\n1.细项\n正文。\n（二）子项二\n正文。\n二、乙部分\n正文。", null);
    assertThat(t.sections()).extracting(Section::title).containsExactly("甲部分", "乙部分");
    Section first = t.sections().get(0);
    assertThat(first.children()).extracting(Section::title).containsExactly("子项一", "子项二");
    assertThat(first.children().get(0).children().get(0).level()).isEqualTo(3);
  }

  @Test
  void aListAfterAnAddressHangsUnderThePartAndTheNextUnitReturnsToItsLevel() {
    SectionTreeBuilder.SectionTree t =
        Stages.tree(
            "二、今年工作\n（一）扩大内需\n提振消费。\n各位代表！今年办好民生实事。\n1.医疗方面。新建医院。\n2.教育方面。新建学校。\n（二）保障民生\n稳定就业。",
            2025);
    Section part = t.sections().get(0);
    // the sequence of （一） goes on after the address: it is an aside, and the list stays in （一）
    assertThat(part.children()).extracting(Section::title).containsExactly("扩大内需", "保障民生");
    assertThat(part.children().get(0).children())
        .extracting(Section::number)
        .containsExactly("1.", "2.");
  }

  @Test
  void anAddressAfterTheLastUnitBelongsToThePart() {
    SectionTreeBuilder.SectionTree t =
        Stages.tree("二、今年工作\n（一）扩大内需\n提振消费。\n（二）保障民生\n稳定就业。\n各位代表！让我们团结奋斗。", 2025);
    Section part = t.sections().get(0);
    assertThat(part.paragraphs()).extracting(p -> p.text()).containsExactly("各位代表！让我们团结奋斗。");
    assertThat(part.children().get(1).paragraphs()).hasSize(1);
    assertThat(part.span().end()).isGreaterThan(part.children().get(1).span().end());
  }

  @Test
  void theTreeKeepsTheViewOfEveryParagraph() {
    SectionTreeBuilder.SectionTree t = Stages.tree("前言。\n一、甲部分\n（一）子项。说明。\n（二）次项。说明。", null);
    assertThat(t.preamble()).hasSize(1);
    var intro = t.sections().get(0).children().get(0).paragraphs().get(0);
    assertThat(t.views().isIntro(intro)).isTrue();
    assertThat(t.views().of(intro).text()).isEqualTo("说明。");
    assertThat(intro.lead()).isNull();
  }

  @Test
  void partsAfterThePlanStayPlansUnlessTheirHeadingSaysOtherwise() {
    SectionTreeBuilder.SectionTree t =
        Stages.tree(
            "一、2024年工作回顾\n过去一年经济增长了6%。\n二、2025年工作安排\n今年将力争增长6%。\n三、进一步做好外交工作\n去年成功举办了论坛，已签署了协议。",
            2025);
    assertThat(t.sections())
        .extracting(Section::part)
        .containsExactly(PartClass.REVIEW, PartClass.PLAN, PartClass.PLAN);
  }

  @Test
  void numberingGapsAndRepeatsAreDiagnosedInDocumentOrder() {
    SectionTreeBuilder.SectionTree t = Stages.tree("一、甲部分\n正文。\n三、丙部分\n正文。\n三、丙部分再来\n正文。", null);
    assertThat(t.diagnostics())
        .extracting(d -> d.code())
        .containsExactly("heading-number-gap", "heading-number-repeat");
  }
}

package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.WorkReportParser;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import org.junit.jupiter.api.Test;

/** The body rules on small documents written for them, in both punctuation widths. */
class BodyScannerTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  private static WorkReport parse(String... lines) {
    return PARSER.parseText(String.join("\n", lines));
  }

  @Test
  void aParagraphCutByAStrayBreakIsRejoined() {
    for (String comma : new String[] {",", "，"}) {
      WorkReport r =
          parse(
              "各位代表：",
              "工作安排",
              "深化“放管服”改革" + comma + "梳理和再造政务服务流程" + comma + "着力解决企业和群众办事“多",
              "地跑、折返跑”问题" + comma + "打造效率更高的政务服务。",
              "激发市场活力。落实减税降费政策。");
      Section s = r.sections().get(0);
      assertThat(s.paragraphs()).hasSize(2);
      Paragraph p = s.paragraphs().get(0);
      assertThat(p.text()).contains("办事“多地跑、折返跑”问题");
      assertThat(p.span().slice(r.text())).contains("\n");
    }
  }

  @Test
  void aHeadingAndASecondShortLineFormOneSectionWithASubtitle() {
    WorkReport r =
        parse(
            "全区上下凝心聚力，各项工作取得新进展。",
            "加快对标赶超",
            "着力打造提速进位的新城关",
            "依托资源禀赋，坚持精准施策，努力追赶进位。",
            "加快产业发展",
            "着力打造动能强劲的新城关",
            "按照思路强化科技赋能，加快构建现代化产业体系。");
    assertThat(r.sections()).extracting(Section::title).containsExactly("加快对标赶超", "加快产业发展");
    assertThat(r.sections())
        .extracting(Section::subtitle)
        .containsExactly("着力打造提速进位的新城关", "着力打造动能强劲的新城关");
  }

  @Test
  void numberStylesNestByFirstAppearance() {
    WorkReport r =
        parse(
            "各位代表：",
            "第一部分 回顾",
            "过去一年，我们做了很多工作。",
            "一、经济发展",
            "经济平稳增长。",
            "（一）工业",
            "工业增加值增长。",
            "1.制造业",
            "制造业增长较快。",
            "（二）农业",
            "农业稳定。",
            "二、民生改善",
            "民生持续改善。",
            "第二部分 安排",
            "今年将继续努力。");
    assertThat(r.sections()).extracting(Section::title).containsExactly("回顾", "安排");
    Section first = r.sections().get(0);
    assertThat(first.children()).extracting(Section::title).containsExactly("经济发展", "民生改善");
    assertThat(first.children().get(0).children())
        .extracting(Section::title)
        .containsExactly("工业", "农业");
    assertThat(first.children().get(0).children().get(0).children())
        .extracting(Section::level)
        .containsExactly(4);
    assertThat(first.children().get(0).children().get(0).children().get(0).id())
        .isEqualTo("s1.1.1.1");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void gapsAndRepeatsInNumberingAreDiagnosed() {
    WorkReport r =
        parse("一、甲部分", "正文内容比较长的一段文字。", "三、丙部分", "正文内容比较长的一段文字。", "三、丙部分再来", "正文内容比较长的一段文字。");
    assertThat(r.diagnostics())
        .extracting(d -> d.code())
        .containsExactly("heading-number-gap", "heading-number-repeat");
  }

  @Test
  void numberedParagraphsAreNotHeadings() {
    WorkReport r =
        parse("二、工作安排", "（一）树牢法治思维。纵深推进法治政府建设，构建全景式监督体系。", "1.实施公路安全生命防护工程1500公里；开展交通整治。");
    assertThat(r.sections()).hasSize(1);
    assertThat(r.sections().get(0).children()).isEmpty();
    assertThat(r.sections().get(0).paragraphs()).hasSize(2);
    assertThat(r.sections().get(0).paragraphs().get(0).lead()).isEqualTo("（一）树牢法治思维。");
  }

  @Test
  void aGlossaryBlockIsATopLevelSectionWhoseEntriesAreParagraphs() {
    WorkReport r =
        parse(
            "一、工作回顾",
            "过去一年取得新成绩。",
            "（一）经济",
            "经济增长。",
            "二、工作安排",
            "今年继续努力。",
            "附件",
            "名词解释",
            "1.“四强”行动：指实施强科技、强工业、强省会、强县域行动。",
            "2.“五量”文章：指盘活存量、引出增量、",
            "提高质量、增强能量、做大总量。");
    Section g = r.sections().get(r.sections().size() - 1);
    assertThat(g.title()).isEqualTo("名词解释");
    assertThat(g.level()).isEqualTo(1);
    assertThat(g.part()).isEqualTo(PartClass.GLOSSARY);
    assertThat(g.paragraphs()).hasSize(2);
    assertThat(g.headingSpan().slice(r.text())).startsWith("附件");
  }

  @Test
  void blankLineSeparatedTextJoinsLinesCutAtLinks() {
    WorkReport r =
        PARSER.parseText(
            "一、工作回顾\n\n过去一年，我们贯彻落实\n党的十八届六中全会\n精神，取得新成绩。\n\n"
                + "经济平稳增长，结构不断优化。\n\n民生持续改善，社会和谐稳定。\n\n二、工作安排\n\n今年要继续努力。\n");
    assertThat(r.sections()).extracting(Section::title).containsExactly("工作回顾", "工作安排");
    assertThat(r.sections().get(0).paragraphs().get(0).text())
        .isEqualTo("过去一年，我们贯彻落实党的十八届六中全会精神，取得新成绩。");
  }

  @Test
  void theTitleBlockAndFurnitureStayOutOfTheBody() {
    WorkReport r =
        parse(
            "首页 > 新闻 > 正文",
            "打印 | 关闭",
            "政 府 工 作 报 告",
            "——2023年3月5日在第十四届全国人民代表大会第一次会议上",
            "国务院总理",
            "李克强",
            "各位代表：",
            "现在，我代表国务院，向大会报告工作，请予审议。",
            "一、过去一年工作回顾",
            "过去一年极不平凡。",
            "二、对今年政府工作的建议",
            "今年要坚持稳中求进。",
            "相关报道：",
            "某某新闻链接");
    assertThat(r.metadata().title()).isEqualTo("政府工作报告");
    assertThat(r.metadata().speaker()).isEqualTo("李克强");
    assertThat(r.metadata().speakerTitle()).isEqualTo("国务院总理");
    assertThat(r.metadata().region()).isEqualTo("中华人民共和国");
    assertThat(r.metadata().venue()).isEqualTo("第十四届全国人民代表大会第一次会议");
    assertThat(r.preamble()).hasSize(2);
    assertThat(r.sections()).extracting(Section::title).containsExactly("过去一年工作回顾", "对今年政府工作的建议");
    assertThat(r.sections().get(1).paragraphs())
        .extracting(Paragraph::text)
        .containsExactly("今年要坚持稳中求进。");
  }

  @Test
  void photoCaptionsBeforeTheBodyAreDropped() {
    WorkReport r =
        parse(
            "2021年04月27日",
            "某某区奋力打造现代化中心城区",
            "石佛沟国家森林公园",
            "兰州老街",
            "百合谷",
            "过去五年，某某区委区政府带领全区人民，凝心聚力，攻坚克难，各项事业取得长足进步。",
            "回眸“十三五”",
            "综合实力跨上新台阶。经济总量持续扩大。");
    assertThat(r.metadata().title()).isEqualTo("某某区奋力打造现代化中心城区");
    assertThat(r.metadata().date()).hasToString("2021-04-27");
    assertThat(r.preamble()).hasSize(1);
    assertThat(r.sections()).extracting(Section::title).containsExactly("回眸“十三五”");
  }

  @Test
  void aTitleBrokenAcrossLinesIsRejoined() {
    WorkReport r =
        parse("政府工作报", "告", "——2017年3月5日在第十二届全国人民代表大会第五次会议上", "各位代表：", "现在，我代表国务院向大会报告工作。");
    assertThat(r.metadata().title()).isEqualTo("政府工作报告");
    assertThat(r.metadata().year()).isEqualTo(2017);
  }

  @Test
  void splitMetadataLinesAndBreadcrumbPartsAreRead() {
    WorkReport r =
        parse(
            "当前位置：",
            "首页",
            ">",
            "政务信息",
            ">",
            "要闻",
            "2026年某某自治区政府工作报告",
            "发表时间：",
            "2026-02-09 09:45:30",
            "来源：",
            "某某日报客户端",
            "要闻",
            "各位代表：",
            "现在，我代表自治区人民政府，向大会报告工作。");
    assertThat(r.metadata().title()).isEqualTo("2026年某某自治区政府工作报告");
    assertThat(r.metadata().source()).isEqualTo("某某日报客户端");
    assertThat(r.metadata().date()).hasToString("2026-02-09");
    assertThat(r.metadata().region()).isEqualTo("某某自治区");
  }
}

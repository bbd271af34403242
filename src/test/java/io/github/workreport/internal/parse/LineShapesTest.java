package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.source.HeadingHint;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.PartClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineShapesTest {

  static Line line(String s) {
    return new Line(0, 0, s.length(), s, TextNormalizer.normalize(s), null, false);
  }

  static Line hinted(String s, HeadingHint h) {
    return new Line(0, 0, s.length(), s, TextNormalizer.normalize(s), h, false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "注册 | 登录",
        "打印 分享",
        "【字号：",
        "0/0",
        "】",
        "下载",
        "分享到：",
        "笔记",
        "x",
        "【 打印本页 】",
        "返回顶部 | 关闭窗口",
        "--",
        "官网原文 导出笔记 打印 分享",
        "3/12"
      })
  void widgetLinesAreFurniture(String s) {
    assertThat(LineClassifier.contextFree(line(s))).isEqualTo(LineRole.FURNITURE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "首页 > 陇原风采 > 正文",
        "当前位置：首页 > 新闻",
        "首页>>要闻>>正文",
        "欢迎访问某某网站，今天是2024年9月23日，星期一",
        "特别声明：本网转载此文出于传递更多信息之目的。",
        "免责声明",
        "版权所有 某某县人民政府",
        "您的位置：",
        "》》点击图片进入专题《《",
        "点击查看更多"
      })
  void bannersBreadcrumbsAndNoticesAreFurniture(String s) {
    assertThat(LineClassifier.contextFree(line(s))).isEqualTo(LineRole.FURNITURE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "来源：甘肃日报",
        "来源/ 酒泉日报 作者/ 时间/2023-08-02 14:39:06",
        "（来源：青海日报）",
        "发布日期:2024-05-24 浏览次数:",
        "编辑：何继红",
        "(原载5月20日央广网)",
        "责任编辑：王五"
      })
  void factLinesAreMetadata(String s) {
    assertThat(LineClassifier.contextFree(line(s))).isEqualTo(LineRole.METADATA);
  }

  @ParameterizedTest
  @ValueSource(strings = {"政府工作报告。 贵州日报天眼新闻记者 李森 摄", "（新华社记者 王某 摄）", "图为新建成的产业园区"})
  void photoCreditsAreCaptions(String s) {
    assertThat(LineClassifier.contextFree(line(s))).isEqualTo(LineRole.CAPTION);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "各位代表：",
        "深化改革 产业发展更强劲",
        "现在，我代表区人民政府，向大会报告工作。",
        "时间过得真快",
        "来源广泛的资金支持产业发展。",
        "2026",
        "12 / 2026年",
        "点击量大幅增长。"
      })
  void bodyLinesStayBody(String s) {
    assertThat(LineClassifier.contextFree(line(s))).isEqualTo(LineRole.BODY);
  }

  @Test
  void metadataLinesSplitIntoFields() {
    assertThat(MetadataLine.read("来源/ 酒泉日报 作者/ 时间/2023-08-02 14:39:06"))
        .containsExactly(
            new MetadataLine.Field("来源", "酒泉日报"),
            new MetadataLine.Field("作者", ""),
            new MetadataLine.Field("时间", "2023-08-02 14:39:06"));
    assertThat(MetadataLine.read("发布日期:2024-05-24 09:38 浏览次数: 信息来源:嘉峪关日报"))
        .extracting(MetadataLine.Field::key)
        .containsExactly("发布日期", "浏览次数", "信息来源");
    assertThat(MetadataLine.read("2024-03-18 08:15 来源:青河日报"))
        .containsExactly(
            new MetadataLine.Field("日期", "2024-03-18"), new MetadataLine.Field("来源", "青河日报"));
    assertThat(MetadataLine.read("正文没有键")).isEmpty();
    assertThat(MetadataLine.read("来源:" + "很长".repeat(60))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"名词解释", "有关词语解释", "名词解释说明", "注释", "附件：名词解释", "《政府工作报告》有关内容名词注释", "名词解释："})
  void glossaryHeadings(String s) {
    assertThat(LineShapes.isGlossaryHeading(line(s))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"本报告中的有关名词请参见后面的解释，请代表们审议。", "解释", "名词解释,见下"})
  void notGlossaryHeadings(String s) {
    assertThat(LineShapes.isGlossaryHeading(line(s))).isFalse();
  }

  @Test
  void headingShapes() {
    assertThat(HeadingRules.isBareHeadingShape(line("深化改革 产业发展更强劲"))).isTrue();
    assertThat(HeadingRules.isBareHeadingShape(line("民生“温度” 标注幸福“刻度”"))).isTrue();
    assertThat(HeadingRules.isBareHeadingShape(line("各位代表"))).isFalse();
    assertThat(HeadingRules.isBareHeadingShape(line("——疫情防控成效明显"))).isFalse();
    assertThat(HeadingRules.isBareHeadingShape(line("经济发展质效实现新跨越。"))).isFalse();
    assertThat(HeadingRules.isBareHeadingShape(line("围绕目标,城关区重点发力"))).isFalse();
    assertThat(HeadingRules.isBareHeadingShape(line("这是一条非常非常长的没有标点的正文行它超过了标题的最大长度限制"))).isFalse();
    assertThat(HeadingRules.isBareHeadingShape(hinted("坚持项目带动，增强发展后劲", HeadingHint.BOLD))).isTrue();
    assertThat(HeadingRules.isBareHeadingShape(hinted("产业发展迈出新步伐。", HeadingHint.BOLD))).isTrue();
    assertThat(HeadingRules.isBareHeadingShape(line("12"))).isFalse();
    assertThat(HeadingRules.isHinted(hinted("x", HeadingHint.CENTERED))).isTrue();
    assertThat(HeadingRules.isHinted(line("x"))).isFalse();
  }

  @Test
  void numberedHeadingShapes() {
    Line h = line("（一）采取更直接、更有力的政策措施，促进粮食增产和农民增收。");
    assertThat(HeadingRules.isNumberedHeading(h, MarkerReader.read(h.norm()))).isTrue();
    Line p = line("（二）树牢法治思维。纵深推进法治政府建设，构建全景式监督体系。");
    assertThat(HeadingRules.isNumberedHeading(p, MarkerReader.read(p.norm()))).isFalse();
    Line intro = line("一、主要预期目标是：");
    assertThat(HeadingRules.isNumberedHeading(intro, MarkerReader.read(intro.norm()))).isFalse();
    Line bare = line("一、");
    assertThat(HeadingRules.isNumberedHeading(bare, MarkerReader.read(bare.norm()))).isFalse();
  }

  @Test
  void speakersAndNames() {
    assertThat(SpeakerReader.read("国务院总理 李强")).isEqualTo(new SpeakerReader.Speaker("国务院总理", "李强"));
    assertThat(SpeakerReader.read("上海市市长 龚 正")).isEqualTo(new SpeakerReader.Speaker("上海市市长", "龚正"));
    assertThat(SpeakerReader.read("自治区主席 艾尔肯·吐尼亚孜").name()).isEqualTo("艾尔肯·吐尼亚孜");
    assertThat(SpeakerReader.read("李强")).isNull();
    assertThat(SpeakerReader.read("深化改革 产业发展更强劲")).isNull();
    assertThat(SpeakerReader.isOffice("市长")).isTrue();
    assertThat(SpeakerReader.isOffice("Mayor 市长")).isFalse();
    assertThat(SpeakerReader.isName("欧阳建国强")).isFalse();
    assertThat(SpeakerReader.isName("张")).isFalse();
  }

  @Test
  void deliveryLines() {
    DeliveryLine.Delivery d = DeliveryLine.read("——2025年1月4日在肃州区第十九届人民代表大会第五次会议上");
    assertThat(d.venue()).isEqualTo("肃州区第十九届人民代表大会第五次会议");
    assertThat(d.rest()).isEmpty();
    DeliveryLine.Delivery s = DeliveryLine.read("2026年1月27日在陕西省第十四届人民代表大会第四次会议上 陕西省省长 赵刚");
    assertThat(s.rest()).isEqualTo("陕西省省长 赵刚");
    assertThat(DeliveryLine.read("(2026年1月27日在贵州省第十四届人民代表大会第四次会议上)").rest()).isEmpty();
    // the line is read folded: 會議 reads 会议
    assertThat(DeliveryLine.read(TextNormalizer.normalize("1957年6月26日在第一届全国人民代表大会第四次會議上")).venue())
        .isEqualTo("第一届全国人民代表大会第四次会议");
    assertThat(DeliveryLine.read("2025年1月4日召开会议")).isNull();
    assertThat(DeliveryLine.read("2025年1月4日在会场")).isNull();
  }

  @Test
  void partClassesFromHeadingsYearsAndTense() {
    assertThat(
            PartClassifier.classify(
                "2024年工作回顾", null, 2025, PartClassifier.votes(""), PartClass.OTHER))
        .isEqualTo(PartClass.REVIEW);
    assertThat(
            PartClassifier.classify(
                "2025年工作安排", null, 2025, PartClassifier.votes(""), PartClass.OTHER))
        .isEqualTo(PartClass.PLAN);
    assertThat(
            PartClassifier.classify("2025年", null, 2025, PartClassifier.votes(""), PartClass.OTHER))
        .isEqualTo(PartClass.PLAN);
    assertThat(
            PartClassifier.classify("2024年", null, 2025, PartClassifier.votes(""), PartClass.OTHER))
        .isEqualTo(PartClass.REVIEW);
    assertThat(
            PartClassifier.classify("回顾与展望", null, null, PartClassifier.votes(""), PartClass.OTHER))
        .isEqualTo(PartClass.OTHER);
    String past = "完成了投资。累计新建道路。同比增长5%。已建成公园。";
    String future = "力争增长6%。确保完成任务。将新建道路。计划投资10亿元。";
    assertThat(
            PartClassifier.classify(
                "城市更新", null, null, PartClassifier.votes(past), PartClass.OTHER))
        .isEqualTo(PartClass.REVIEW);
    assertThat(
            PartClassifier.classify(
                "城市更新", null, null, PartClassifier.votes(future), PartClass.OTHER))
        .isEqualTo(PartClass.PLAN);
    assertThat(
            PartClassifier.classify(
                "城市更新", null, null, PartClassifier.votes("为了了解情况。"), PartClass.PLAN))
        .isEqualTo(PartClass.PLAN);
    assertThat(PartClassifier.hasPastMarker("为了了解情况")).isFalse();
    assertThat(PartClassifier.hasPastMarker("为了完成了")).isTrue();
  }

  @Test
  void rulesTableHoldsItsVocabulary() {
    assertThat(LineRules.METADATA_KEYS).containsSubsequence("信息来源", "来源");
    assertThat(LineRules.WIDGET_WORDS).contains("打印", "分享");
    assertThat(LineRules.BARE_HEADING_MAX).isLessThan(LineRules.HINTED_HEADING_MAX);
    assertThat(List.copyOf(LineRules.SALUTATIONS)).contains("各位代表");
  }
}

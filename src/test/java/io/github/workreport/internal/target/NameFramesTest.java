package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameFramesTest {
  /** The words left of {@code subject}, written at the start of {@code text}, once framed. */
  private static String cut(String text, String subject) {
    String n = TextNormalizer.normalize(text);
    Range r = NameFrames.cut(n, new Range(0, subject.length()));
    return n.substring(r.from(), r.to());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "考虑价格下降因素比上年增长9.3%; 考虑价格下降因素; ''",
        "扣除自然因素影响后空气优良天数比率96.7%; 扣除自然因素影响后空气优良天数比率; 空气优良天数比率",
        "剔除价格因素后零售额增长5%; 剔除价格因素后零售额; 零售额",
        "零售总额扣除价格因素增长7.8%; 零售总额扣除价格因素; 零售总额",
        "研发费用加计扣除比例提高到100%; 研发费用加计扣除比例; 研发费用加计扣除比例",
        "以长协价为24个省份供煤; 以长协价; ''",
        "以各种形式使用的外资达26亿美元; 以各种形式使用的外资; 使用的外资",
        "以旧换新补贴121.9亿元; 以旧换新补贴; 以旧换新补贴",
        "部里给他们原定的煤炭产量是285万吨; 部里给他们原定的煤炭产量; 煤炭产量",
        "原定的年度计划超额4.1%; 原定的年度计划; 原定的年度计划",
        "省里下达的造林任务完成10万亩; 省里下达的造林任务; 省里下达的造林任务",
        "省里下达的造林面积10万亩; 省里下达的造林面积; 造林面积",
        "加大保障性安居工程建设力度; 加大保障性安居工程建设力度; 保障性安居工程",
        "强化执法力度; 强化执法力度; 执法",
        "扩大开放力度; 扩大开放力度; 扩大开放力度",
        "在确保质量的前提下; 在确保质量的前提下; ''",
        "据初步统计全省粮食产量; 据初步统计全省粮食产量; 全省粮食产量",
        "据统计; 据统计; 据统计",
        "在正常年景下; 在正常年景下; ''",
        "在调整初期; 在调整初期; ''",
        "积累率在调整初期; 积累率在调整初期; 积累率",
        "在校学生; 在校学生; 在校学生",
        "计划提出了国内生产总值; 计划提出了国内生产总值; 国内生产总值",
        "提出建议数量; 提出建议数量; 提出建议数量",
        "“十一五”期间单位能耗; “十一五”期间单位能耗; 单位能耗",
        "根据规划建设学校; 根据规划建设学校; 根据规划建设学校",
      })
  void cutsFramesThatNameNothing(String text, String subject, String expected) {
    assertThat(cut(text, subject)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"'' ; 0", "以; 1"})
  void leavesShortOrEmptySubjectsAlone(String text, int length) {
    String n = TextNormalizer.normalize(text.strip() + "为");
    Range r = new Range(0, length);
    assertThat(NameFrames.cut(n, r)).isEqualTo(r);
  }
}

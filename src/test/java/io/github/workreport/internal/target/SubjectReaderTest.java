package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectReaderTest {
  private static String subject(String text) {
    String n = TextNormalizer.normalize(text);
    Range r = SubjectReader.subject(n, 0, n.length());
    return text.substring(r.from(), r.to());
  }

  private static String trim(String text) {
    String n = TextNormalizer.normalize(text);
    Range r = SubjectReader.trim(n, 0, n.length());
    return text.substring(r.from(), r.to());
  }

  @ParameterizedTest
  @CsvSource({
    "全年全区规模以上工业增加值, 规模以上工业增加值",
    "2025年地区生产总值, 地区生产总值",
    "到2027年底森林覆盖率, 森林覆盖率",
    "在一九五二年的粮食产量就, 粮食产量",
    "五年中国家用于城市职工住宅的投资共, 国家用于城市职工住宅的投资",
    "在过去四年中农业总产值, 农业总产值",
    "以播种面积计算棉花产量, 棉花产量",
    "嘉峪关市预计, 嘉峪关市",
    "肃州区地区生产总值, 地区生产总值",
    "棚户区住房, 棚户区住房",
    "京津冀区域优良天数比率, 京津冀区域优良天数比率",
    "和美乡村覆盖率, 和美乡村覆盖率",
    "使用外资, 使用外资",
    "全市性督查检查考核事项, 全市性督查检查考核事项",
    "九年义务教育巩固率, 九年义务教育巩固率",
    "应届高校毕业生就业率, 应届高校毕业生就业率",
    "人均预期寿命, 人均预期寿命",
    "10.城镇住房保障家庭租赁补贴, 城镇住房保障家庭租赁补贴",
    "3、新能源汽车产量, 新能源汽车产量",
    "5G基站, 5G基站",
    "三)交通运输支出, 交通运输支出",
    "在城镇, ''",
    "在校生, 在校生",
    "小麦最低收购价平均每斤, 小麦最低收购价",
  })
  void trimsFramesButNotNames(String in, String out) {
    assertThat(trim(in)).isEqualTo(out);
  }

  @ParameterizedTest
  @CsvSource({
    "今年我们要力争使全国人口增长率, 人口增长率",
    "集团购买力要按上年实际数额, 集团购买力",
    "中央财政拟安排补贴资金, 补贴资金",
    "中央财政拟投入社会保障资金, 社会保障资金",
    "学校要新建教学楼, 新建教学楼",
    "我国经济增长预期目标是在明显提高质量和效益的基础上, 经济增长",
    "贷款平均利率较五年前, 贷款平均利率",
    "比去年预算赤字, ''",
    "长江十年禁渔以来重庆段监测鱼类, 重庆段监测鱼类",
    "主要污染物排放量, 主要污染物排放量",
    "带动固定资产投资, 固定资产投资",
  })
  void cutsCausativesModalsComparisonsAndGoals(String in, String out) {
    assertThat(subject(in)).isEqualTo(out);
  }

  @Test
  void findsAFromFrameButNotWordsThatHoldItsLetter() {
    String n = "比例由61.5%";
    assertThat(SubjectReader.fromMark(n, 0, n.length())).isEqualTo(2);
    String free = "自由贸易试验区";
    assertThat(SubjectReader.fromMark(free, 0, free.length())).isEqualTo(-1);
    String job = "从业人员";
    assertThat(SubjectReader.fromMark(job, 0, job.length())).isEqualTo(-1);
  }

  @Test
  void aWholePlaceNamesNoIndicator() {
    assertThat(SubjectReader.isPlace("肃州区", new Range(0, 3))).isTrue();
    assertThat(SubjectReader.isPlace("开发区", new Range(0, 3))).isFalse();
    assertThat(SubjectReader.isPlace("地区", new Range(0, 2))).isFalse();
    assertThat(SubjectReader.isPlace("地区生产总值", new Range(0, 6))).isFalse();
  }

  @Test
  void timeFramesAtEitherEnd() {
    assertThat(TimeFrames.leadingTime("2025年底的森林", 0, 8)).isEqualTo(7);
    assertThat(TimeFrames.leadingTime("五年来的变化", 0, 6)).isEqualTo(4);
    assertThat(TimeFrames.leadingTime("年均增长", 0, 4)).isZero();
    assertThat(subject("基础研究经费五年")).isEqualTo("基础研究经费");
  }

  @Test
  void aComparisonFarFromTheEndIsNoComparison() {
    String far = "比重较大的产业中高技术制造业增加值占比";
    assertThat(SubjectReader.beforeComparison(far, 0, far.length())).isEqualTo(far.length());
    String limit = "地区生产总值比" + "上".repeat(TargetRules.COMPARISON_MAX - 1);
    assertThat(SubjectReader.beforeComparison(limit, 0, limit.length())).isEqualTo(6);
    String past = "地区生产总值比" + "上".repeat(TargetRules.COMPARISON_MAX + 1);
    assertThat(SubjectReader.beforeComparison(past, 0, past.length())).isEqualTo(past.length());
  }

  @Test
  void countsLetters() {
    assertThat(SubjectReader.letters("5G基站、", new Range(0, 5))).isEqualTo(3);
  }
}

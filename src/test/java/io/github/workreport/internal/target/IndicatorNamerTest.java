package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.target.IndicatorNamer.Naming;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorNamerTest {
  private static final Carried NOTHING = new Carried(null, null, null, null);

  /** The naming of the last figure of a clause, its words starting after the figure before it. */
  private static Naming name(String clause, Carried carried) {
    String n = TextNormalizer.normalize(clause);
    List<Figure> figures = FigureReader.read(n, 0, n.length());
    Figure f = figures.get(figures.size() - 1);
    int seg = figures.size() > 1 ? figures.get(figures.size() - 2).end() : 0;
    return IndicatorNamer.name(Clause.of(clause, n), seg, f, null, carried);
  }

  private static String describe(Naming m) {
    return String.join("+", m.indicators()) + " " + m.measure();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "国内生产总值增长5%左右; 国内生产总值 GROWTH",
        "经济增速4.5%; 经济增速 GROWTH",
        "新建高标准农田9万亩; 高标准农田 INCREMENT",
        "建设288个基础学科拔尖学生培养基地; 基础学科拔尖学生培养基地 INCREMENT",
        "研究出台首发经济、会展经济等方面29项促消费政策; 促消费政策 LEVEL",
        "绍兴黄酒、金华火腿、西湖龙井茶3个历史经典产业入围; 历史经典产业 LEVEL",
        "城镇新增就业1200万人; 城镇新增就业 INCREMENT",
        "农村劳动力转移就业200万人; 农村劳动力转移就业 INCREMENT",
        "省属行政及企事业单位减少办公用房租赁费1.19亿元; 办公用房租赁费 DECLINE",
        "零售物价上涨幅度控制在百分之六以内; 零售物价上涨幅度 GROWTH",
        "国家财政将每年安排支出1030多亿元; 国家财政支出 LEVEL",
        "预计投入1.24亿元; 投入 LEVEL",
        "研发投入增长1.5倍; 研发投入 GROWTH",
        "约6700万人受益; 受益人数 LEVEL",
        "超过5.2亿人次参与; 参与人次 LEVEL",
        "惠及90%的在校生; 在校生 LEVEL",
        "全省16个区; 区 LEVEL",
        "治理违法建设2049万平方米; 违法建设 INCREMENT",
        "拆除违法建设500万平方米; 违法建设 DECLINE",
        "累计扩招413万人、培训8300多万人次; 培训 INCREMENT",
        "旅游接待人数、旅游花费均增长10%以上; 旅游接待人数+旅游花费 GROWTH",
      })
  void namesFromTheGrammarOfTheClause(String clause, String expected) {
    assertThat(describe(name(clause, NOTHING))).isEqualTo(expected);
  }

  @Test
  void aClauseThatNamesNothingTakesTheCarriedSubjectOrTheTopic() {
    Carried gdp = new Carried("地区生产总值", null, null, null);
    assertThat(describe(name("其中肃州区增长6.5%", gdp))).isEqualTo("地区生产总值 GROWTH");
    assertThat(describe(name("规模达到50亿元", gdp))).isEqualTo("地区生产总值 LEVEL");
    assertThat(describe(name("比上年增加930亿元", gdp))).isEqualTo("地区生产总值 INCREMENT");
    assertThat(describe(name("是十年前的3倍", gdp))).isEqualTo("地区生产总值 LEVEL");
    assertThat(describe(name("占本年预算收入的47.02%", new Carried("各项税收", null, null, null))))
        .isEqualTo("各项税收占本年预算收入 LEVEL");
    assertThat(describe(name("一律削减10%", new Carried(null, null, "行政经费预算", null))))
        .isEqualTo("行政经费预算 DECLINE");
    assertThat(name("一律削减10%", NOTHING).indicators()).isEmpty();
  }

  @Test
  void anActionVerbCarriesOverItsObjectList() {
    Carried built = new Carried(null, TargetRules.VerbKind.INCREMENT, null, null);
    Naming m = name("和幼儿园3所", built);
    assertThat(describe(m)).isEqualTo("幼儿园 INCREMENT");
    assertThat(m.objectKind()).isEqualTo(TargetRules.VerbKind.INCREMENT);
    assertThat(name("国内生产总值增长5%", NOTHING).objectKind()).isNull();
  }

  @Test
  void comparisonsMeasureTheDifference() {
    Carried gdp = new Carried("地区生产总值", null, null, null);
    assertThat(name("高于全国1.2个百分点", gdp).measure()).isEqualTo(Measure.GROWTH);
    assertThat(name("低于全国平均水平0.3个百分点", gdp).measure()).isEqualTo(Measure.DECLINE);
  }
}

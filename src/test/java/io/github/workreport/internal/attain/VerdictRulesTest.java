package io.github.workreport.internal.attain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.TargetParser;
import io.github.workreport.model.Target;
import io.github.workreport.model.Verdict;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verdict rules, on clauses written for the purpose, in full-width and ASCII punctuation. */
class VerdictRulesTest {
  private static final VerdictRules DEFAULT =
      new VerdictRules(new BigDecimal("0.5"), new BigDecimal("0.05"));

  private static Target target(String clause) {
    var targets = TargetParser.create().parse(clause).targets();
    assertThat(targets).as(clause).hasSize(1);
    return targets.get(0);
  }

  @ParameterizedTest(name = "{0} against {1}: {2} {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        // about: half a point either side is met, inclusive; beyond is exceeded or missed
        "地区生产总值增长6%左右|地区生产总值增长6.5%|MET|0.5",
        "地区生产总值增长6%左右|地区生产总值增长6.6%|EXCEEDED|0.6",
        "地区生产总值增长6％左右|地区生产总值增长5.4％|MISSED|-0.6",
        "地区生产总值增长6%左右|地区生产总值增长5.5%|MET|-0.5",
        // exact and at least: the figure is met, more is exceeded, less missed
        "国内生产总值增长7.5%|国内生产总值增长7.8%|EXCEEDED|0.3",
        "国内生产总值增长7.5%|国内生产总值增长7.5%|MET|0",
        "城镇新增就业1100万人以上|城镇新增就业1100万人|MET|0",
        "城镇新增就业1100万人以上|城镇新增就业1361万人|EXCEEDED|261",
        "城镇新增就业1100万人以上|城镇新增就业1000万人|MISSED|-100",
        // magnitude words: 1.2万人 against 12500人, the gap in the target's 万人
        "城镇新增就业1.2万人以上|城镇新增就业12500人|EXCEEDED|0.05",
        // at most: a ceiling, never exceeded
        "城镇调查失业率5.5%以内|城镇调查失业率5%|MET|-0.5",
        "城镇调查失业率5.5%以内|城镇调查失业率5.6%|MISSED|0.1",
        // a range: met inside, the gap to the nearer end
        "进出口增长5%—7%|进出口增长6.2%|MET|-0.8",
        "进出口增长5%至7%|进出口增长5.5%|MET|0.5",
        "进出口增长5%-7%|进出口增长7.5%|EXCEEDED|0.5",
        "进出口增长5%-7%|进出口增长4%|MISSED|-1",
        // prices are a ceiling: under it is met, however far; a fall is a negative rise
        "居民消费价格涨幅3%左右|居民消费价格上涨0.4%|MET|-2.6",
        "居民消费价格涨幅3%左右|居民消费价格上涨3.5%|MET|0.5",
        "居民消费价格涨幅3%左右|居民消费价格上涨3.6%|MISSED|0.6",
        "居民消费价格涨幅3%左右|居民消费价格下降0.7%|MET|-3.7",
        // lower is better for energy intensity: a larger decline exceeds, a rise misses
        "单位地区生产总值能耗下降3%|单位地区生产总值能耗下降3.5%|EXCEEDED|0.5",
        "单位地区生产总值能耗下降3%|单位地区生产总值能耗下降2%|MISSED|-1",
        "单位地区生产总值能耗下降3%|单位地区生产总值能耗上升1%|MISSED|-4",
        // a level about: 5% of the target either side
        "粮食产量1300万吨左右|粮食产量1340万吨|MET|40",
        "粮食产量1300万吨左右|粮食产量1400万吨|EXCEEDED|100",
        // an indicator outside the table: more is better
        "新建高标准农田8万亩|新建高标准农田9万亩|EXCEEDED|1",
        "新建高标准农田8万亩|新建高标准农田7万亩|MISSED|-1",
      })
  void verdictAndGap(String planned, String reported, Verdict verdict, String gap) {
    VerdictRules.Judged j = DEFAULT.judge(target(planned), target(reported));
    assertThat(j.verdict()).isEqualTo(verdict);
    assertThat(j.gap()).isEqualByComparingTo(gap);
  }

  @Test
  void theToleranceOfAboutIsConfigurable() {
    VerdictRules wide = new VerdictRules(BigDecimal.ONE, new BigDecimal("0.1"));
    assertThat(wide.judge(target("地区生产总值增长6%左右"), target("地区生产总值增长5.1%")).verdict())
        .isEqualTo(Verdict.MET);
    assertThat(wide.judge(target("粮食产量1300万吨左右"), target("粮食产量1420万吨")).verdict())
        .isEqualTo(Verdict.MET);
    VerdictRules none = new VerdictRules(BigDecimal.ZERO, BigDecimal.ZERO);
    assertThat(none.judge(target("地区生产总值增长6%左右"), target("地区生产总值增长6.1%")).verdict())
        .isEqualTo(Verdict.EXCEEDED);
  }

  @Test
  void theArithmeticIsExactDecimal() {
    // 0.1 + 0.2 style sums that floating point gets wrong
    VerdictRules.Judged j = DEFAULT.judge(target("地区生产总值增长0.3%"), target("地区生产总值增长0.1%"));
    assertThat(j.gap().toPlainString()).isEqualTo("-0.2");
    assertThat(DEFAULT.tolerance(target("粮食产量1300万吨左右")))
        .isEqualByComparingTo("650000"); // 5% of 13000000 吨
  }

  @Test
  void aResultInTheOtherMeasureIsNegatedForTheColumn() {
    assertThat(Comparison.resultValue(target("居民消费价格涨幅3%左右"), target("居民消费价格下降0.7%")))
        .isEqualByComparingTo("-0.7");
    assertThat(Comparison.resultValue(target("居民消费价格涨幅3%左右"), target("居民消费价格上涨2%")))
        .isEqualByComparingTo("2");
  }

  @Test
  void nullTolerancesAreRefused() {
    assertThatThrownBy(() -> new VerdictRules(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
  }
}

package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndicatorKeysTest {
  @Test
  void theTableHoldsAtLeastFortyIndicatorsWithDistinctKeys() {
    assertThat(IndicatorKeys.all()).hasSizeGreaterThanOrEqualTo(40);
    Set<String> keys = new HashSet<>();
    for (IndicatorKeys.Indicator i : IndicatorKeys.all()) {
      assertThat(keys.add(i.key())).as(i.key()).isTrue();
      assertThat(i.key()).matches("[a-z0-9]+(-[a-z0-9]+)*");
      assertThat(IndicatorKeys.key(i.name())).as(i.name()).isEqualTo(i.key());
      assertThat(i.direction()).isNotNull();
      for (String name : i.names()) {
        assertThat(IndicatorKeys.key(name)).as(name).isEqualTo(i.key());
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "全省生产总值, gdp",
    "地区生产总值, gdp",
    "国内生产总值, gdp",
    "经济增速, gdp",
    "地区生产总值增速, gdp",
    "居民消费价格涨幅, cpi",
    "CPI, cpi",
    "城镇新增就业, urban-new-jobs",
    "新增城镇就业, urban-new-jobs",
    "城镇调查失业率, urban-unemployment",
    "城镇登记失业率, urban-registered-unemployment",
    "单位GDP能耗, energy-intensity",
    "规上工业增加值, industrial-value-added",
    "一产增加值, ''",
    "第一产业增加值, primary-value-added",
    "细颗粒物（PM2.5）平均浓度, pm25",
    "“十四五”期间地区生产总值, ''",
    "全社会研发经费投入强度, rd-intensity",
    "赤字率, deficit-ratio",
    "地方政府专项债券, special-bonds",
    "城镇就业, ''",
    "人均地区生产总值, gdp-per-capita",
    "粮食总产量, grain-output",
    "一般公共预算收入总量, fiscal-revenue",
  })
  void namesReportsUseGiveTheKey(String name, String key) {
    assertThat(IndicatorKeys.key(name)).isEqualTo(key.isEmpty() ? null : key);
  }

  @Test
  void nothingIsNoKey() {
    assertThat(IndicatorKeys.key("")).isNull();
    assertThat(IndicatorKeys.key("（）")).isNull();
    assertThat(IndicatorKeys.knows("地区生产总值")).isTrue();
    assertThat(IndicatorKeys.fold("全省“规上”工业增加值（初步）")).isEqualTo("规模以上工业增加值");
  }
}

package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadTest {
  @Test
  void townAndCountry() {
    assertThat(Spread.subjects("城乡居民人均可支配收入")).containsExactly("城镇居民人均可支配收入", "农村居民人均可支配收入");
  }

  @Test
  void sectorsAreWrittenOut() {
    assertThat(Spread.subjects("一、二、三产业增加值")).containsExactly("第一产业增加值", "第二产业增加值", "第三产业增加值");
    assertThat(Spread.subjects("一二三产增加值")).containsExactly("第一产业增加值", "第二产业增加值", "第三产业增加值");
    assertThat(Spread.expandSectors("三产增加值")).isEqualTo("第三产业增加值");
    assertThat(Spread.expandSectors("第三产业增加值")).isEqualTo("第三产业增加值");
    assertThat(Spread.expandSectors("粮食产量")).isEqualTo("粮食产量");
  }

  @Test
  void listedPartsShareQualifiersAndHeads() {
    assertThat(Spread.subjects("城镇、农村常住居民人均可支配收入"))
        .containsExactly("城镇常住居民人均可支配收入", "农村常住居民人均可支配收入");
    assertThat(Spread.subjects("新能源汽车、集成电路、工业机器人产量"))
        .containsExactly("新能源汽车产量", "集成电路产量", "工业机器人产量");
    // a bare measure after the first part is of what the first part measures
    assertThat(Spread.subjects("生产安全事故起数和死亡人数")).containsExactly("生产安全事故起数", "生产安全事故死亡人数");
    assertThat(Spread.subjects("重点景区接待游客、经营收入")).containsExactly("重点景区接待游客", "重点景区经营收入");
    assertThat(Spread.subjects("招商引资签约项目数与合同额")).containsExactly("招商引资签约项目数", "招商引资签约合同额");
    assertThat(Spread.subjects("入境游客数量和花费")).containsExactly("入境游客数量", "入境游客花费");
    assertThat(Spread.subjects("国际航空旅客和货邮吞吐量")).containsExactly("国际航空旅客吞吐量", "国际航空货邮吞吐量");
    // a part that names a thing of its own, or a list joined by 、 only, shares nothing
    assertThat(Spread.subjects("基础设施投资、工业投资")).containsExactly("基础设施投资", "工业投资");
    assertThat(Spread.subjects("草原综合植被盖度和湿地保护率")).containsExactly("草原综合植被盖度", "湿地保护率");
    assertThat(Spread.subjects("钢材和水泥产量")).containsExactly("钢材产量", "水泥产量");
    assertThat(Spread.subjects("一般公共预算收入、税收收入")).containsExactly("一般公共预算收入", "税收收入");
    assertThat(Spread.subjects("旅游接待人数、旅游花费")).containsExactly("旅游接待人数", "旅游花费");
  }

  @Test
  void splitsOutsideQuotesOnly() {
    assertThat(Spread.split("“企业认定、政府认账”授权企业、认定人才")).containsExactly("“企业认定、政府认账”授权企业", "认定人才");
    assertThat(Spread.split("草原综合植被盖度和湿地保护率")).containsExactly("草原综合植被盖度", "湿地保护率");
  }
}

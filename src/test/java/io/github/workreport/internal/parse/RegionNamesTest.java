package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The issuing government and the year of a title, venue or office, read from folded words. */
class RegionNamesTest {

  @Test
  void theRegionComesFromTheTitleThenTheVenueThenTheOffice() {
    assertThat(RegionNames.region("2025年酒泉市肃州区政府工作报告", null, null)).isEqualTo("酒泉市肃州区");
    assertThat(RegionNames.region("青海省人民政府工作报告", null, null)).isEqualTo("青海省");
    assertThat(RegionNames.region("政府工作报告", "青海省第十四届人民代表大会第四次会议", null)).isEqualTo("青海省");
    assertThat(RegionNames.region("政府工作报告", "第十四届全国人民代表大会第二次会议", null)).isEqualTo("中华人民共和国");
    assertThat(RegionNames.region(null, null, "国务院总理")).isEqualTo("中华人民共和国");
    // a title that names no place: no region
    assertThat(RegionNames.region("关于今年工作的政府工作报告", null, null)).isNull();
  }

  @Test
  void theYearOfATitleIsAFourDigitYearInRange() {
    assertThat(RegionNames.titleYear("2024年青山县政府工作报告")).isEqualTo(2024);
    assertThat(RegionNames.titleYear("二〇二五年政府工作报告")).isEqualTo(2025);
    assertThat(RegionNames.titleYear("第3000年计划")).isNull();
    assertThat(RegionNames.titleYear("政府工作报告")).isNull();
    assertThat(RegionNames.titleYear(null)).isNull();
  }
}

package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NounAfterTest {
  @ParameterizedTest
  @CsvSource({
    "个基础学科拔尖学生培养基地, 个, 基础学科拔尖学生培养基地",
    "个大模型通过国家备案, 个, 大模型",
    "亿元建设职工住宅（企业自建的在外）, 亿元, 职工住宅",
    "个5G基站, 个, 5G基站",
    "条“县城—中心镇—重点村”发展轴, 条, “县城—中心镇—重点村”发展轴",
    "户7433名贫困人口全部脱贫, 户, 贫困人口",
    "个国家乡村振兴重点帮扶县, 个, 国家乡村振兴重点帮扶县",
    "多个宜居宜业和美乡村及820个特色田园乡村, 多个, 宜居宜业和美乡村",
    "所和幼儿园3所, 所, ''",
    "亿元的浙江社保科创基金, 亿元, ''",
    "万名贫困家庭学生免费提供教科书, 万名, 贫困家庭学生",
    "个千亿县, 个, 千亿县",
    "个甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉, 个, ''",
  })
  void readsTheNounACountQualifies(String after, String unit, String noun) {
    String n = TextNormalizer.normalize(after);
    NounAfter na = NounAfter.read(n, unit.length(), n.length());
    assertThat(after.substring(na.range().from(), na.range().to())).isEqualTo(noun);
  }
}

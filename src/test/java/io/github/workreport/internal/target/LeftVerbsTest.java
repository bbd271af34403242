package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeftVerbsTest {
  private static String object(String subject) {
    String n = TextNormalizer.normalize(subject);
    Range r = LeftVerbs.objectOfLeftVerb(Clause.of(subject, n), new Range(0, n.length()));
    return r == null ? "-" : subject.substring(r.from(), r.to());
  }

  @ParameterizedTest
  @CsvSource({
    "新建高标准农田, 高标准农田",
    "建设改造城镇地下管网, 城镇地下管网",
    "新打造省级特色酒庄, 省级特色酒庄",
    "完成固定资产投资, 固定资产投资",
    "举办招聘会, 招聘会",
    "新增就业岗位, 就业岗位",
    "新开工改造城镇老旧小区, 城镇老旧小区",
    "新增城镇就业, -",
    "新开工项目, -",
    "接待游客人次, -",
    "服务业增加值, -",
    "保障性住房, -",
    "更新改造投资, -",
    "用地, -",
    "生产总值, -",
    "新增, -",
  })
  void splitsOffVerbsThatActOnANoun(String subject, String object) {
    assertThat(object(subject)).isEqualTo(object);
  }

  @Test
  void findsTheVerbThatOpensASubject() {
    assertThat(LeftVerbs.leftVerbAt("完成投资", 0, 4)).isEqualTo("完成");
    assertThat(LeftVerbs.leftVerbAt("新冠疫苗", 0, 4)).isNull();
    assertThat(LeftVerbs.leftVerbAt("新治理项目", 0, 5)).isEqualTo("新治理");
    assertThat(LeftVerbs.isVerbOnly("新开工", new Range(0, 3))).isTrue();
    assertThat(LeftVerbs.isVerbOnly("投资", new Range(0, 2))).isFalse();
  }
}

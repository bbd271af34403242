package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.target.SubjectReader.Range;
import org.junit.jupiter.api.Test;

class ShareOwnerTest {
  private static boolean owns(String name, String subject) {
    return ShareOwner.owns(
        name, new Range(0, name.length()), new Carried(subject, null, null, null));
  }

  @Test
  void aShareOrContributionNamedBareBelongsToTheSubjectBefore() {
    assertThat(owns("占本年预算收入", "各项税收")).isTrue();
    assertThat(owns("对全球经济增长的贡献率", "国内生产总值")).isTrue();
  }

  @Test
  void otherNamesOrNoOwnerKeepTheirWords() {
    assertThat(owns("占比", "各项税收")).isFalse();
    assertThat(owns("占地面积", "公园")).isFalse();
    assertThat(owns("对外贸易总额", "国内生产总值")).isFalse();
    assertThat(owns("对全球经济增长的贡献率", null)).isFalse();
    assertThat(owns("对经济增长的贡献率", "消费贡献率")).isFalse();
  }

  private static String owner(String name, String subject, String topic) {
    return ShareOwner.owner(
        name, new Range(0, name.length()), new Carried(subject, null, topic, null));
  }

  @Test
  void aShareInAClauseOfItsOwnBelongsToTheTopicBeforeWhenNoFigureNamedOne() {
    assertThat(owner("占总农户", null, "参加高级合作社的农户")).isEqualTo("参加高级合作社的农户");
    assertThat(owner("占总农户", "农户", "参加高级合作社的农户")).isEqualTo("农户");
    assertThat(owner("占总农户", null, "出口额增长较快")).isNull();
    assertThat(owner("对全球经济增长的贡献率", null, "国内生产总值")).isNull();
    assertThat(owner("占比", null, "国内生产总值")).isNull();
    assertThat(owner("占总农户", null, null)).isNull();
  }
}

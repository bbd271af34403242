package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartRolesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026年重点工作|WORK",
        "2026年工作安排|WORK",
        "对今年政府工作的建议|WORK",
        "关于2026年工作|WORK",
        "今年主要任务|WORK",
        "“十五五”时期目标任务和2026年工作安排|WORK",
        "一鼓作气勇争先，全力推动“十五五”开好局、起好步|WORK",
        "2018年经济社会发展总体要求和政策取向|FRAMEWORK",
        "2014年工作总体部署|FRAMEWORK",
        "“十五五”时期主要目标任务|FIVE_YEAR",
        "今后五年的主要任务|FIVE_YEAR",
        "全面加强政府自身建设|SELF",
        "全面提升政府治理效能|SELF",
        "一以贯之转作风，努力建设人民满意的服务型政府|SELF",
        "附件 2026年民生实事|ANNEX",
        "结束语|CLOSING",
        "扩大和培育内需，促进经济较快增长|OTHER",
      })
  void readsTheRoleOfAPlanPartFromItsHeading(String title, PartRole role) {
    assertThat(PartRoles.of(title, null, 2026)).isEqualTo(role);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {"2024年工作安排|OTHER", "2026年工作安排|WORK", "工作安排|WORK"})
  void aWorkPartNamesTheReportsOwnYearOrNone(String title, PartRole role) {
    assertThat(PartRoles.of(title, null, 2026)).isEqualTo(role);
    assertThat(PartRoles.of(title, null, null))
        .isEqualTo(PartRole.WORK); // without a year, 工作安排 says so alone
  }
}

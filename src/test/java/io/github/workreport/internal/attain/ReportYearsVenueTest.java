package io.github.workreport.internal.attain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportYearsVenueTest {
  @Test
  void regularCongressesSitOnceAYearForFiveYears() {
    assertThat(ReportYears.fromVenue("第五届全国人民代表大会第一次会议")).isEqualTo(1978);
    assertThat(ReportYears.fromVenue("第六届全国人民代表大会第一次会议")).isEqualTo(1983);
    assertThat(ReportYears.fromVenue("第十届全国人民代表大会第五次会议")).isEqualTo(2007);
    assertThat(ReportYears.fromVenue("第十四届全国人民代表大会第三次会议")).isEqualTo(2025);
  }

  @Test
  void theFirstFourCongressesAreListed() {
    assertThat(ReportYears.fromVenue("第一届全国人民代表大会第二次会议")).isEqualTo(1955);
    assertThat(ReportYears.fromVenue("第二届全国人民代表大会第一次会议")).isEqualTo(1959);
    assertThat(ReportYears.fromVenue("第二届全国人民代表大会第三次会议")).isEqualTo(1962);
    assertThat(ReportYears.fromVenue("第三届全国人民代表大会第二次会议")).isNull();
  }

  @Test
  void otherMeetingsAndBadInputGiveNone() {
    assertThat(ReportYears.fromVenue(null)).isNull();
    assertThat(ReportYears.fromVenue("")).isNull();
    assertThat(ReportYears.fromVenue("省第十四届人民代表大会第三次会议")).isNull();
    assertThat(ReportYears.fromVenue("第十届全国人民代表大会第六次会议")).isNull();
    assertThat(ReportYears.fromVenue("全国人民代表大会第一次会议")).isNull();
    assertThat(ReportYears.fromVenue("第届全国人民代表大会第次会议")).isNull();
  }

  @Test
  void traditionalScriptIsFolded() {
    assertThat(ReportYears.fromVenue("第十屆全國人民代表大會第一次會議")).isEqualTo(2003);
  }
}

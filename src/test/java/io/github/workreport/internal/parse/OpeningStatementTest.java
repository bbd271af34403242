package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OpeningStatementTest {

  private static OpeningStatement.Statement read(String s) {
    return OpeningStatement.read(TextNormalizer.normalize(s));
  }

  @Test
  void aNewsLeadTellsDateSpeakerAndMeeting() {
    OpeningStatement.Statement s = read("2026年1月26日，某某省省长孙七在某某省第十四届人民代表大会第四次会议上作政府工作报告。");
    assertThat(s.date()).isEqualTo(LocalDate.of(2026, 1, 26));
    assertThat(s.venue()).isEqualTo("某某省第十四届人民代表大会第四次会议");
    assertThat(s.speaker().name()).isEqualTo("孙七");
    assertThat(s.speaker().title()).isEqualTo("某某省省长");
    assertThat(s.delivered()).isTrue();
  }

  @Test
  void theSpeakersOwnOpeningNamesTheMeetingOnly() {
    OpeningStatement.Statement s = read("现在，我代表国务院，向第十届全国人民代表大会第一次会议报告过去五年的工作。");
    assertThat(s.venue()).isEqualTo("第十届全国人民代表大会第一次会议");
    assertThat(s.date()).isNull();
    assertThat(s.speaker()).isNull();
  }

  @Test
  void aMeetingThatIsNoCongressIsNoVenue() {
    OpeningStatement.Statement s = read("12月27日，全县经济工作会议召开，会议总结今年工作。");
    assertThat(s.venue()).isNull();
    assertThat(s.delivered()).isFalse();
  }

  @Test
  void aDeliveredReportIsToldByItsOpening() {
    assertThat(read("各位代表，现在，我代表市人民政府，作政府工作报告，请予审议。").delivered()).isTrue();
    assertThat(read("现在，我代表县人民政府向大会报告政府工作。").delivered()).isTrue();
  }

  @Test
  void anOfficeAndANameRunOnAreTold() {
    assertThat(SpeakerReader.readRunOn("某某市人民政府市长钱八"))
        .isEqualTo(new SpeakerReader.Speaker("某某市人民政府市长", "钱八"));
    assertThat(SpeakerReader.readRunOn("国务院总理")).isNull();
    assertThat(SpeakerReader.readRunOn("某某报记者")).isNull();
  }
}

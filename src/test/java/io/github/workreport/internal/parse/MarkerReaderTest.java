package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkerReaderTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "一、2024年工作回顾|CHINESE|2|1",
        "十一、加强政府自身建设|CHINESE|3|11",
        "二十三、其他|CHINESE|4|23",
        "（一）聚力建好园区|CHINESE_PAREN|3|1",
        "(十二)安全|CHINESE_PAREN|4|12",
        "〔三〕规范|CHINESE_PAREN|3|3",
        "第一部分 工作回顾|PART|5|1",
        "第二章、总则|PART|4|2",
        "第3篇 展望|PART|4|3",
        "1.实施项目|ARABIC|2|1",
        "12、完善制度|ARABIC|3|12",
        "（1）加强监管|ARABIC_PAREN|3|1",
        "(2) 优化服务|ARABIC_PAREN|4|2",
        "③推进改革|CIRCLED|1|3",
        "一. 总体要求|CHINESE|3|1",
      })
  void readsMarkers(String line, Marker.Style style, int length, int ordinal) {
    Marker m = MarkerReader.read(TextNormalizer.normalize(line));
    assertThat(m).isEqualTo(new Marker(style, length, ordinal));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "1.5%的增长", "2025年工作", "一是加强", "一、", "(一", "()", "第一次会议", "第一", "万、", "1234.项目", "(0)零",
        "十百、", "(a)", "第十", "〇、"
      })
  void refusesWhatIsNotAMarker(String line) {
    Marker m = MarkerReader.read(TextNormalizer.normalize(line));
    if (m != null) {
      // "一、" alone is a marker with nothing after it; the heading rules refuse it
      assertThat(line).isEqualTo("一、");
    }
  }

  @Test
  void anExpectedNumberBeforeADigitIsAMarker() {
    Marker m = MarkerReader.expectedArabic("20.2026年10件民生实事:", 20);
    assertThat(m).isNotNull();
    assertThat(m.ordinal()).isEqualTo(20);
    assertThat(m.length()).isEqualTo(3);
    assertThat(MarkerReader.expectedArabic("21．5+2就业之家", 21)).isNotNull();
    // another number, or no dot after it, is no marker of the list
    assertThat(MarkerReader.expectedArabic("20.2026年", 21)).isNull();
    assertThat(MarkerReader.expectedArabic("20、2026年", 20)).isNull();
    assertThat(MarkerReader.expectedArabic("2026年", 2026)).isNull();
  }
}

package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.DocumentKind;
import io.github.workreport.model.Metadata;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The metadata stage on its own: classified lines and body blocks in, {@link Metadata} out. */
class MetadataExtractorTest {

  private static Metadata read(String text) {
    List<Line> lines = LineSplitter.split(text, TextNormalizer.normalize(text), Map.of());
    Layout layout = LineClassifier.classify(lines, text.length());
    return MetadataExtractor.extract(layout, InlineUnits.split(BodyScanner.scan(layout)));
  }

  @Test
  void aReportWithTitleDeliveryLineAndSpeaker() {
    Metadata m =
        read(
            """
            2024年青山县人民政府工作报告
            ——2024年1月9日在青山县第十八届人民代表大会第四次会议上
            县长 王明
            各位代表：
            现在，我代表县人民政府，向大会报告工作，请予审议。
            一、2023年工作回顾
            过去一年，全县地区生产总值增长6.1%。
            """);
    assertThat(m.kind()).isEqualTo(DocumentKind.GOVERNMENT_WORK_REPORT);
    assertThat(m.title()).isEqualTo("2024年青山县人民政府工作报告");
    assertThat(m.region()).isEqualTo("青山县");
    assertThat(m.date()).isEqualTo(LocalDate.of(2024, 1, 9));
    assertThat(m.year()).isEqualTo(2024);
    assertThat(m.speaker()).isEqualTo("王明");
    assertThat(m.speakerTitle()).isEqualTo("县长");
  }

  @Test
  void aHeaderlessTranscriptIsAReportByItsSalutationAndHasNoYear() {
    Metadata m =
        read(
            """
            各位代表:
            现在,我代表市人民政府,向大会报告工作,请予审议,并请市政协委员提出意见。
            一、过去一年的工作
            过去一年,我们扎实推进各项工作。
            """);
    assertThat(m.kind()).isEqualTo(DocumentKind.GOVERNMENT_WORK_REPORT);
    assertThat(m.title()).isNull();
    assertThat(m.year()).isNull();
  }

  @Test
  void aNewsArticleWithSourceDateAndClosingByline() {
    Metadata m =
        read(
            """
            青山县召开经济工作会议
            来源：青山日报　　发布时间：2024-03-02 10:15
            3月1日，青山县召开经济工作会议，部署今年重点工作。
            会议要求，全力稳增长、促改革、调结构。（孙 艳 李 云）
            """);
    assertThat(m.kind()).isEqualTo(DocumentKind.NEWS_ARTICLE);
    assertThat(m.source()).isEqualTo("青山日报");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(m.authors()).containsExactly("孙艳", "李云");
  }
}

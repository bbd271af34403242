package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeFramesTest {
  /** Frames that open a subject, each with the subject after it. */
  private static final List<String> LEADING =
      List.of(
          "到2025年底森林覆盖率",
          "2025年地区生产总值",
          "1979到1983年粮食产量",
          "五年来城镇新增就业",
          "近十年间投资",
          "截至2025年6月底存款余额",
          "截止去年十一月贷款",
          "去年十一月出口",
          "今年6月底余额",
          "9月份产量",
          "至3月15日累计",
          "于一九五八年产量",
          "第一季度工业增加值",
          "前三季度税收",
          "上半年出口",
          "下半年进口",
          "2025年上半年收入",
          "在过去四年中农业总产值",
          "以播种面积计算棉花产量",
          "按可比价格计算",
          "一季度增加值",
          "四季度消费",
          "当年上半年收入",
          "明年3月",
          "前年12月");

  /** Subjects closed by a frame. */
  private static final List<String> TRAILING =
      List.of("财政收入五年来", "投资近五年", "国家外汇储备2000", "工业总产值第一季度", "出口上半年", "产量三年内", "收入两年间", "增加值十年的");

  @ParameterizedTest
  @CsvSource({
    "到2025年底森林覆盖率, 7",
    "五年来城镇新增就业, 3",
    "截至2025年6月底存款余额, 10",
    "第一季度工业增加值, 4",
    "在过去四年中农业总产值, 6",
    "森林覆盖率, 0",
    "一九五八年的粮食产量, 6"
  })
  void readsTheFrameThatOpensASubject(String text, int length) {
    assertThat(TimeFrames.leading(text, 0, text.length())).isEqualTo(length);
  }

  @ParameterizedTest
  @CsvSource({"财政收入五年来, 3", "国家外汇储备2000, 4", "工业总产值第一季度, 4", "工业总产值, 0"})
  void readsTheFrameThatClosesASubject(String text, int length) {
    assertThat(TimeFrames.trailing(text, 0, text.length())).isEqualTo(length);
  }

  @Test
  void anEmptyStretchHasNoFrame() {
    assertThat(TimeFrames.leading("2025年", 3, 3)).isZero();
    assertThat(TimeFrames.trailing("2025年", 3, 3)).isZero();
  }

  /**
   * The first-letter test of {@link TimeFrames#leading} may only rule out what no reader reads:
   * every frame above, its first letter replaced by each of the 65 536 chars, is read by the
   * readers only when the test lets the letter through.
   */
  @Test
  void theFirstLetterTestLosesNoFrame() {
    int read = 0;
    for (String s : LEADING) {
      assertThat(TimeFrames.leadingAny(s, 0, s.length())).as(s).isPositive();
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        String t = (char) c + s.substring(1);
        if (TimeFrames.leadingAny(t, 0, t.length()) > 0) {
          read++;
          assertThat(TimeFrames.canLead((char) c)).as(t).isTrue();
        }
      }
    }
    assertThat(read).isGreaterThan(LEADING.size());
  }

  /** As {@link #theFirstLetterTestLosesNoFrame}, for the last letter of a closing frame. */
  @Test
  void theLastLetterTestLosesNoFrame() {
    for (String s : TRAILING) {
      assertThat(TimeFrames.trailingAny(s, 0, s.length())).as(s).isPositive();
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        String t = s.substring(0, s.length() - 1) + (char) c;
        if (TimeFrames.trailingAny(t, 0, t.length()) > 0) {
          assertThat(TimeFrames.canTrail((char) c)).as(t).isTrue();
        }
      }
    }
  }
}

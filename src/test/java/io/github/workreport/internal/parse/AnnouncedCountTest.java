package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnouncedCountTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "围绕上述目标，重点抓好八个方面的工作：|8",
        "今年，全区将着力从三个方面发力——|3",
        "要重点做好十方面工作。|10",
        "重点抓好以下十一个方面工作。|11",
        "在稳增长、惠民生等两大方面下功夫。|2",
        "做好今年工作，必须把握好以下五个方面的要求。|-1",
        "这些方面的问题必须高度重视。|-1",
        "重点抓好一个方面的工作。|-1",
        "重点抓好三十一个方面的工作。|-1",
      })
  void readsACountOnlyInASentenceAboutWork(String sentence, int count) {
    assertThat(AnnouncedCount.in(TextNormalizer.normalize(sentence))).isEqualTo(count);
  }
}

package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

  @ParameterizedTest
  @CsvSource({
    "一,1",
    "十,10",
    "十一,11",
    "二十,20",
    "二十三,23",
    "九十九,99",
    "一百,100",
    "一百零五,105",
    "一百二十三,123",
    "两千,2000",
    "二〇二五,2025",
    "一九五五,1955",
    "2025,2025",
    "三十五,35",
    "一万五千,15000",
    "十万,100000",
    "二十三万,230000",
    "零,0",
  })
  void readsWholeNumbers(String in, long value) {
    assertThat(ChineseNumerals.parse(in)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource({"'',-1", "二三十,-1", "十百,-1", "abc,-1", "1234567890,-1", "一二三四五六七八九十,-1"})
  void refusesWhatIsNotAWholeNumber(String in, long value) {
    assertThat(ChineseNumerals.parse(in)).isEqualTo(value);
  }

  @Test
  void agreesWithIcuSpelloutFromOneToTenThousand() {
    RuleBasedNumberFormat icu =
        new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT);
    for (int i = 1; i <= 10000; i++) {
      String spelled = icu.format(i);
      assertThat(ChineseNumerals.parse(spelled)).as(spelled).isEqualTo(i);
    }
  }

  @Test
  void classifiesCharacters() {
    assertThat(ChineseNumerals.digit('两')).isEqualTo(2);
    assertThat(ChineseNumerals.digit('〇')).isZero();
    assertThat(ChineseNumerals.digit('x')).isEqualTo(-1);
    assertThat(ChineseNumerals.isNumeralChar('百')).isTrue();
    assertThat(ChineseNumerals.isNumeralChar('年')).isFalse();
  }
}

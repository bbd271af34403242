package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {

  private static BigDecimal normalized(String s) {
    String n = TextNormalizer.normalize(s);
    NumberReader.Number num = NumberReader.read(n, 0);
    return num.value()
        .multiply(Units.magnitude(num.magnitude().isEmpty() ? null : num.magnitude()))
        .stripTrailingZeros();
  }

  @ParameterizedTest
  @CsvSource({
    "16.4亿, 1640000000",
    "三万五, 35000",
    "一百二, 120",
    "十万零一千, 101000",
    "一万五千亿, 1500000000000",
    "'1,100万', 11000000",
    "25万6千, 256000",
    "1.2万, 12000",
    "3千万, 30000000",
    "十九, 19",
    "二〇二五, 2025",
    "两, 2",
    "１２３４．５, 1234.5",
    "'1,234.5', 1234.5",
    "1.3万亿, 1300000000000",
    "两千五, 2500",
    "一百零五, 105",
    "三亿五千万, 350000000",
    "660, 660",
    "0.5, 0.5",
    "0.05, 0.05",
    "7.250, 7.25",
    "'1,000.75', 1000.75",
    "123456789012345678, 123456789012345678",
    "12345678901234567890123, 12345678901234567890123",
    "1234567890123456789.25, 1234567890123456789.25",
    "000120, 120",
  })
  void readsExactly(String in, String value) {
    assertThat(normalized(in)).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void keepsTheMagnitudeApartFromTheValueAsWritten() {
    NumberReader.Number n = NumberReader.read("250.2亿元", 0);
    assertThat(n.value()).isEqualByComparingTo("250.2");
    assertThat(n.magnitude()).isEqualTo("亿");
    assertThat(n.end()).isEqualTo(6);
  }

  @ParameterizedTest
  @CsvSource({
    "4.5%—5%, 4.5, 5",
    "6%至7%, 6, 7",
    "6-7%, 6, 7",
    "两三个, 2, 3",
    "两到三万, 2, 3",
    "5%~6%, 5, 6"
  })
  void readsRanges(String in, String low, String high) {
    NumberReader.Number n = NumberReader.read(TextNormalizer.normalize(in), 0);
    assertThat(n.value()).isEqualByComparingTo(low);
    assertThat(n.upper()).isEqualByComparingTo(high);
  }

  @Test
  void aRangeKeepsItsMagnitude() {
    NumberReader.Number n = NumberReader.read("两到三万", 0);
    assertThat(n.magnitude()).isEqualTo("万");
    assertThat(n.value().multiply(Units.magnitude("万"))).isEqualByComparingTo("20000");
  }

  @Test
  void percentWordsAndTheirValue() {
    NumberReader.Number n = NumberReader.read("百分之七", 0);
    assertThat(n.percent()).isTrue();
    assertThat(n.value()).isEqualByComparingTo("7");
    assertThat(NumberReader.read("百分之二十八", 0).value()).isEqualByComparingTo("28");
  }

  @ParameterizedTest
  @CsvSource({
    "4 9 2 5 0 万吨, 492500000",
    "8 ．8 ％, 8.8",
    "1 亿吨, 100000000",
    "十点七, 10.7",
    "百分之十二点三, 12.3",
    "千分之五, 5"
  })
  void readsSpacedDigitsChineseDecimalsAndPerMille(String in, String value) {
    assertThat(normalized(in)).isEqualByComparingTo(new BigDecimal(value));
  }

  @Test
  void fractionWordsSetTheirUnitAndRanges() {
    NumberReader.Number mille = NumberReader.read("千分之十左右", 0);
    assertThat(mille.fraction()).isEqualTo("\u2030");
    assertThat(mille.percent()).isFalse();
    NumberReader.Number range = NumberReader.read("百分之八至九", 0);
    assertThat(range.value()).isEqualByComparingTo("8");
    assertThat(range.upper()).isEqualByComparingTo("9");
    assertThat(NumberReader.read("百分之二到百分之三", 0).upper()).isEqualByComparingTo("3");
    assertThat(NumberReader.startsNumber("千亿级", 0)).isFalse();
    assertThat(NumberReader.read("千分之", 0)).isNull();
  }

  @Test
  void theStartersAreEveryDigitAndTheUnitsThatOpenANumber() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      boolean starter = ChineseNumerals.digit(c) >= 0 || c == '十' || c == '百' || c == '千';
      assertThat(NumberReader.STARTER_CHARS.indexOf(c) >= 0)
          .as("U+%04X", (int) c)
          .isEqualTo(starter);
    }
  }

  @Test
  void aRunLongerThanAnyQuantityIsNoNumber() {
    String most = "1".repeat(NumberReader.MAX_DIGITS);
    assertThat(NumberReader.read(most + "%", 0).value()).isEqualByComparingTo(most);
    assertThat(NumberReader.read("1." + "5".repeat(NumberReader.MAX_DIGITS - 1), 0)).isNotNull();
    assertThat(NumberReader.read(most + "1%", 0)).isNull();
    assertThat(NumberReader.read("1." + "5".repeat(NumberReader.MAX_DIGITS), 0)).isNull();
    assertThat(NumberReader.read("1 ".repeat(NumberReader.MAX_DIGITS + 1) + "万吨", 0)).isNull();
    // a second group past the limit is not read into the first ("25万" then a long run)
    NumberReader.Number first = NumberReader.read("25万" + most + "1千", 0);
    assertThat(first.end()).isEqualTo(3);
    assertThat(first.magnitude()).isEqualTo("万");
    String longest = "一千二百三十四万五千六百七十八亿九千八百七十六万"; // 24 characters
    assertThat(NumberReader.read(longest, 0)).isNotNull();
    assertThat(NumberReader.read(longest + "五", 0)).isNull();
    assertThat(NumberReader.read("十点" + "五".repeat(NumberReader.MAX_CHINESE), 0)).isNotNull();
    assertThat(NumberReader.read("十点" + "五".repeat(NumberReader.MAX_CHINESE + 2), 0)).isNull();
  }

  @Test
  void refusesWhatIsNoNumber() {
    assertThat(NumberReader.read("二三十", 0)).isNull();
    assertThat(NumberReader.read("年", 0)).isNull();
    assertThat(NumberReader.startsNumber("年", 0)).isFalse();
    assertThat(ChineseAmount.value("", 0, 0)).isNull();
  }

  @Test
  void agreesWithIcuOnStandardSpellings() {
    RuleBasedNumberFormat icu =
        new RuleBasedNumberFormat(ULocale.SIMPLIFIED_CHINESE, RuleBasedNumberFormat.SPELLOUT);
    for (long v :
        new long[] {
          1,
          9,
          10,
          11,
          19,
          20,
          99,
          100,
          101,
          110,
          999,
          1000,
          1001,
          1010,
          1100,
          9999,
          10000,
          10001,
          12345,
          100000,
          350000,
          1000000,
          12000000,
          100000000,
          123456789,
          1500000000L
        }) {
      String spelled = icu.format(v);
      String n = TextNormalizer.normalize(spelled);
      NumberReader.Number num = NumberReader.read(n, 0);
      BigDecimal got =
          num.value().multiply(Units.magnitude(num.magnitude().isEmpty() ? null : num.magnitude()));
      assertThat(got).as(spelled).isEqualByComparingTo(BigDecimal.valueOf(v));
    }
  }

  @Test
  void unitsAreMatchedLongestFirst() {
    assertThat(Units.unitAt("个百分点", 0)).isEqualTo("个百分点");
    assertThat(Units.unitAt("平方米", 0)).isEqualTo("平方米");
    assertThat(Units.unitAt("人次", 0)).isEqualTo("人次");
    assertThat(Units.unitAt("年", 0)).isNull();
    assertThat(Units.isPercent("个百分点")).isTrue();
    assertThat(Units.isPercent("元")).isFalse();
    assertThat(Units.magnitude(null)).isEqualByComparingTo("1");
  }
}

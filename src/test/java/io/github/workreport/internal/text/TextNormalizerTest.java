package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "（一）聚力建好园区，协同发展|(一)聚力建好园区,协同发展",
        "增长７．２％以上；|增长7.2%以上;",
        "国务院总理\u3000李强|国务院总理 李强",
        "a\u00A0b\u200Bc\tD|a b c D",
        "――2026年|——2026年",
        "各位代表：|各位代表:",
      })
  void foldsWidthSpaceAndDashVariants(String in, String out) {
    assertThat(TextNormalizer.normalize(in)).isEqualTo(out);
  }

  @Test
  void keepsTheLengthSoOffsetsCarryOver() {
    String s = "（一）\u3000２０２５年\uFEFF「引号」🀄";
    assertThat(TextNormalizer.normalize(s)).hasSameSizeAs(s);
  }

  @Test
  void isTheSameUnderHostileDefaultLocales() {
    Locale saved = Locale.getDefault();
    try {
      String s = "ＩＩＩ，ｉｉｉ：Ｔｕｒｋｅｙ";
      Locale.setDefault(Locale.forLanguageTag("tr"));
      String tr = TextNormalizer.normalize(s);
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(TextNormalizer.normalize(s)).isEqualTo(tr).isEqualTo("III,iii:Turkey");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void spacesAreRecognisedAfterFolding() {
    assertThat(TextNormalizer.isSpace(TextNormalizer.fold('\u3000'))).isTrue();
    assertThat(TextNormalizer.isSpace('\n')).isTrue();
    assertThat(TextNormalizer.isSpace('x')).isFalse();
  }
}

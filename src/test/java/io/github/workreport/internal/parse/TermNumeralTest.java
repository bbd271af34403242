package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How many parts a coined term announces. */
class TermNumeralTest {

  @Test
  void numeralsAddUpAndFiguresWithUnitsAreNotCounts() {
    assertThat(TermNumeral.count("六稳")).isEqualTo(6);
    assertThat(TermNumeral.count("两不愁三保障")).isEqualTo(5);
    assertThat(TermNumeral.count("6+2")).isEqualTo(8);
    assertThat(TermNumeral.count("七中心合一")).isEqualTo(7);
    assertThat(TermNumeral.count("一网通办")).isEqualTo(-1);
    assertThat(TermNumeral.count("改革创新")).isEqualTo(-1);
  }

  @Test
  void aNumeralWrittenTwiceCountsOnceOrForEachOfItsClauses() {
    assertThat(TermNumeral.count("四水四定")).isEqualTo(4);
    assertThat(TermNumeral.count("四水四定", 4)).isEqualTo(4);
    assertThat(TermNumeral.count("“两重”“两新”", 2)).isEqualTo(4);
    assertThat(TermNumeral.count("“两重”“两新”", 1)).isEqualTo(2);
    assertThat(TermNumeral.count("五比五拼", 5)).isEqualTo(5);
    assertThat(TermNumeral.count("五比五拼", 2)).isEqualTo(10);
    assertThat(TermNumeral.count("两不愁三保障", 2)).isEqualTo(5);
  }
}

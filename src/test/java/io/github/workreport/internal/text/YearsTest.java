package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one range of years every stage reads. */
class YearsTest {

  @Test
  void theRangeRunsFrom1949To2100() {
    assertThat(Years.contains(1948)).isFalse();
    assertThat(Years.contains(1949)).isTrue();
    assertThat(Years.contains(2100)).isTrue();
    assertThat(Years.contains(2101)).isFalse();
  }
}

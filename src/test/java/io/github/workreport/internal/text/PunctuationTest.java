package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationTest {
  @Test
  void classesOfMarks() {
    assertThat(Punctuation.isSentenceEnd('。')).isTrue();
    assertThat(Punctuation.isSentenceEnd(',')).isFalse();
    assertThat(Punctuation.isClauseMark('、')).isTrue();
    assertThat(Punctuation.isClosing('”')).isTrue();
    assertThat(Punctuation.isClosing('“')).isFalse();
    assertThat(Punctuation.isHan('〇')).isTrue();
    assertThat(Punctuation.isHan('a')).isFalse();
    assertThat(Punctuation.countHan("ab中文c", 0, 5)).isEqualTo(2);
  }

  @Test
  void countsQuotesLeftOpen() {
    assertThat(Punctuation.openQuotes("打造“多", 0, 4)).isEqualTo(1);
    assertThat(Punctuation.openQuotes("“a”《b》", 0, 6)).isZero();
    assertThat(Punctuation.openQuotes("”a", 0, 2)).isZero();
  }
}

package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {
  @Test
  void mapsOffsetsToLinesAndColumnsAcrossLineEndStyles() {
    String text = "ab\ncd\r\nef\rgh";
    LineIndex idx = LineIndex.of(text);
    assertThat(idx.lineCount()).isEqualTo(4);
    assertThat(idx.line(0)).isEqualTo(1);
    assertThat(idx.line(3)).isEqualTo(2);
    assertThat(idx.line(7)).isEqualTo(3);
    assertThat(idx.line(10)).isEqualTo(4);
    assertThat(idx.column(11)).isEqualTo(2);
  }

  @Test
  void growsPastItsFirstCapacity() {
    LineIndex idx = LineIndex.of("x\n".repeat(100));
    assertThat(idx.lineCount()).isEqualTo(101);
    assertThat(idx.line(199)).isEqualTo(100);
  }
}

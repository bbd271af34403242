package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.NumberReader;
import org.junit.jupiter.api.Test;

class UnitRangesTest {
  private static int end(String n) {
    NumberReader.Number num = NumberReader.read(n, 0);
    int j = num.end() + 1; // one-letter unit
    return UnitRanges.end(n, num, num.magnitude(), n.substring(num.end(), j), j, n.length());
  }

  @Test
  void readsARangeWithTheUnitAtBothEnds() {
    assertThat(end("600吨到850吨之间")).isEqualTo("600吨到850吨之间".length());
    assertThat(end("600吨至850吨,")).isEqualTo("600吨至850吨".length());
  }

  @Test
  void leavesWhatIsNoRange() {
    assertThat(end("850吨到600吨")).isEqualTo(-1); // falling: no range
    assertThat(end("600吨到850元")).isEqualTo(-1); // another unit
    assertThat(end("600吨到百分之")).isEqualTo(-1); // no number after all
    assertThat(end("600吨")).isEqualTo(-1);
    assertThat(end("600吨和850吨")).isEqualTo(-1);
  }
}

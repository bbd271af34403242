package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.Span;
import org.junit.jupiter.api.Test;

class TextViewTest {
  // "办事“多" at 10..14 and "地跑。" at 20..23 of a document: one paragraph cut by a break
  private static TextView broken() {
    return TextView.builder().add("办事“多", "办事“多", 10).add("地跑。", "地跑。", 20).build();
  }

  @Test
  void anUnbrokenViewMapsOffsetsByItsStart() {
    TextView v = TextView.of("增长6%，", "增长6%,", 100);
    assertThat(v.isBroken()).isFalse();
    assertThat(v.docOffset(0)).isEqualTo(100);
    assertThat(v.span(2, 4)).isEqualTo(new Span(102, 104));
    assertThat(v.span()).isEqualTo(new Span(100, 105));
    assertThat(v.norm()).isEqualTo("增长6%,");
    assertThat(v.firstPieceEnd()).isEqualTo(5);
  }

  @Test
  void aBrokenViewMapsEachPieceToItsPlace() {
    TextView v = broken();
    assertThat(v.text()).isEqualTo("办事“多地跑。");
    assertThat(v.isBroken()).isTrue();
    assertThat(v.firstPieceEnd()).isEqualTo(4);
    assertThat(v.docOffset(3)).isEqualTo(13);
    assertThat(v.docOffset(4)).isEqualTo(20);
    // a stretch across the break covers the break; one after it starts where it stands
    assertThat(v.span(2, 6)).isEqualTo(new Span(12, 22));
    assertThat(v.span(4, 7)).isEqualTo(new Span(20, 23));
    assertThat(v.span()).isEqualTo(new Span(10, 23));
  }

  @Test
  void emptyStretchesStandWhereTheyAre() {
    TextView v = broken();
    assertThat(v.span(4, 4)).isEqualTo(new Span(20, 20));
    assertThat(v.span(7, 7)).isEqualTo(new Span(23, 23));
  }

  @Test
  void aSubViewKeepsItsPiecesAndOffsets() {
    TextView sub = broken().sub(3, 6);
    assertThat(sub.text()).isEqualTo("多地跑");
    assertThat(sub.isBroken()).isTrue();
    assertThat(sub.docOffset(0)).isEqualTo(13);
    assertThat(sub.docOffset(1)).isEqualTo(20);
    assertThat(sub.span()).isEqualTo(new Span(13, 22));
    TextView tail = broken().sub(4, 7);
    assertThat(tail.isBroken()).isFalse();
    assertThat(tail.span()).isEqualTo(new Span(20, 23));
    assertThat(broken().sub(0, 7).text()).isEqualTo(broken().text());
  }

  @Test
  void misuseIsRefused() {
    assertThatThrownBy(() -> TextView.of("ab", "a", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> broken().docOffset(7)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> broken().span(3, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> broken().sub(2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> TextView.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void manyPiecesGrowTheTables() {
    TextView.Builder b = TextView.builder();
    for (int i = 0; i < 10; i++) {
      b.add("字", "字", i * 3);
    }
    TextView v = b.build();
    assertThat(v.length()).isEqualTo(10);
    assertThat(v.docOffset(9)).isEqualTo(27);
    assertThat(v.toString()).contains("字");
  }
}

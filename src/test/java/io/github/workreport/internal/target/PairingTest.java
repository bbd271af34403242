package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairingTest {
  private static Pairing.Pair[] pairs(String text) {
    String n = TextNormalizer.normalize(text);
    List<Figure> figures = FigureReader.read(n, 0, n.length());
    int[] starts = new int[figures.size()];
    for (int i = 1; i < starts.length; i++) {
      starts[i] = figures.get(i - 1).end();
    }
    return Pairing.pairs(n, figures, starts);
  }

  @Test
  void aStartFigureIsTheBaselineOfTheEndFigure() {
    Pairing.Pair[] p = pairs("比例由61.5%上升到80.2%");
    assertThat(p[0]).isNull();
    assertThat(p[1].baseline()).isZero();
    assertThat(p[1].fromAt()).isEqualTo(2);
    assertThat(pairs("收入从2020年的27136元增长到2025年的36439元")[1]).isNotNull();
    assertThat(pairs("起征点从月销售额3万元提高到15万元")[1]).isNotNull();
    assertThat(pairs("国内生产总值从不到70万亿元增加到超过100万亿元")[1]).isNotNull();
  }

  @Test
  void noPairWithoutAFromOrAToVerbOrAcrossUnits() {
    assertThat(pairs("新增学校5所、幼儿园3所")[1]).isNull();
    assertThat(pairs("比例61.5%上升到80.2%")[1]).isNull();
    assertThat(pairs("由1万人增加到10亿元")[1]).isNull();
  }

  @Test
  void baselinesAreInTheEndFiguresMagnitude() {
    String n = "从8000亿元增加到1.2万亿元";
    List<Figure> figures = FigureReader.read(n, 0, n.length());
    BigDecimal[] b = Pairing.baselines(figures.get(0), figures.get(1));
    assertThat(b[0]).isEqualByComparingTo("0.8");
  }
}

package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The tables hold no contradictions, and each threshold decides at its boundary. */
class TargetRulesTest {
  @Test
  void everyWordHasOneKindAndTheKindsAreLookedUp() {
    Set<String> seen = new HashSet<>();
    for (TargetRules.VerbRule r : TargetRules.VERBS) {
      assertThat(seen.add(r.word())).as(r.word()).isTrue();
      assertThat(TargetRules.kindOf(r.word())).isEqualTo(r.kind());
    }
    assertThat(TargetRules.kindOf("新治理")).isEqualTo(TargetRules.VerbKind.INCREMENT);
    assertThatThrownBy(() -> TargetRules.kindOf("写")).hasMessageContaining("写");
    assertThat(TargetRules.boundAfter("左右")).isEqualTo(Bound.ABOUT);
    assertThat(TargetRules.boundAfter("之后")).isNull();
    assertThat(TargetRules.boundBefore("不超过")).isEqualTo(Bound.AT_MOST);
    assertThatThrownBy(() -> TargetRules.boundBefore("写"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static List<Figure> figures(String text) {
    String n = TextNormalizer.normalize(text);
    return FigureReader.read(n, 0, n.length());
  }

  @Test
  void smallChineseCountAtItsBoundary() {
    assertThat(figures("十个园区")).isEmpty(); // ten, no verb: a word
    assertThat(figures("十一个园区")).hasSize(1);
  }

  @Test
  void nounAfterAtItsBoundary() {
    String fits = "个" + "甲".repeat(TargetRules.NOUN_AFTER_MAX);
    String longer = "个" + "甲".repeat(TargetRules.NOUN_AFTER_MAX + 1);
    assertThat(NounAfter.read(fits, 1, fits.length()).isEmpty()).isFalse();
    assertThat(NounAfter.read(longer, 1, longer.length()).isEmpty()).isTrue();
  }

  @Test
  void fromGapAtItsBoundary() {
    String near = "比例从" + "甲".repeat(TargetRules.FROM_GAP_MAX - 1) + "61.5%提高到80%";
    String far = "比例从" + "甲".repeat(TargetRules.FROM_GAP_MAX) + "61.5%提高到80%";
    assertThat(pairOfLast(near)).isNotNull();
    assertThat(pairOfLast(far)).isNull();
  }

  private static Pairing.Pair pairOfLast(String text) {
    String n = TextNormalizer.normalize(text);
    List<Figure> f = FigureReader.read(n, 0, n.length());
    return Pairing.pairs(n, f, new int[] {0, f.get(0).end()})[1];
  }

  @Test
  void sinceFrameAtItsBoundary() {
    String fits = "甲".repeat(TargetRules.SINCE_MAX - 2) + "以来乙丙";
    String longer = "甲".repeat(TargetRules.SINCE_MAX - 1) + "以来乙丙";
    assertThat(TimeFrames.afterSince(fits, 0, fits.length())).isEqualTo(TargetRules.SINCE_MAX);
    assertThat(TimeFrames.afterSince(longer, 0, longer.length())).isZero();
  }

  @Test
  void topicAtItsBoundary() {
    String fits = "甲".repeat(TargetRules.TOPIC_MAX - 2) + "预算，一律削减10%。";
    String longer = "甲".repeat(TargetRules.TOPIC_MAX - 1) + "预算，一律削减10%。";
    assertThat(read(fits)).hasSize(1);
    assertThat(read(longer)).isEmpty();
  }

  @Test
  void contextAtItsBoundary() {
    String pad = "甲".repeat(TargetRules.CONTEXT - 2);
    assertThat(read("同比" + pad + "，地区生产总值增长6%。").get(0).status()).isEqualTo(TargetStatus.PLANNED);
    String near = "去年" + "甲".repeat(TargetRules.CONTEXT - 20) + "，地区生产总值增长6%。";
    assertThat(read(near).get(0).status()).isEqualTo(TargetStatus.REPORTED);
    String far = "去年" + "甲".repeat(TargetRules.CONTEXT + 5) + "，地区生产总值增长6%。";
    assertThat(read(far).get(0).status()).isEqualTo(TargetStatus.PLANNED);
  }

  @Test
  void actorBeforeAVerbOfChangeAtItsBoundary() {
    assertThat(read("甲乙丙丁减少办公用房租赁费1亿元。").get(0).indicator()).isEqualTo("办公用房租赁费");
    assertThat(read("甲乙丙减少办公用房租赁费1亿元。").get(0).indicator()).isEqualTo("甲乙丙减少办公用房租赁费");
  }

  @Test
  void nameLettersAtTheirBoundary() {
    assertThat(read("增产钢250万吨。").get(0).indicator()).isEqualTo("钢");
    assertThat(read("甲250万吨。")).isEmpty();
  }

  private static List<Target> read(String text) {
    Paragraph p = new Paragraph(new Span(0, text.length()), null, text);
    return new TargetExtractor(null).paragraph(p, text, PartClass.PLAN, null);
  }
}

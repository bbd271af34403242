package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnumerationTest {

  private static List<String> norms(String... paragraphs) {
    return Arrays.stream(paragraphs).map(TextNormalizer::normalize).toList();
  }

  @Test
  void aParagraphOpeningReadsItsMarkerAndTitle() {
    Enumeration.Opening o =
        Enumeration.opening(TextNormalizer.normalize("二是坚定实施创新驱动战略，在培育新质生产力上实现新突破。"));
    assertThat(o.form()).isEqualTo("是");
    assertThat(o.ordinal()).isEqualTo(2);
    assertThat(o.markerEnd()).isEqualTo(2);
    assertThat(o.titleEnd()).isEqualTo(12);
    assertThat(Enumeration.opening("第三,加快发展。").ordinal()).isEqualTo(3);
    assertThat(Enumeration.opening("最后,抓好落实。").ordinal()).isEqualTo(Enumeration.LAST);
    assertThat(Enumeration.opening("十一要加强安全。").ordinal()).isEqualTo(11);
    assertThat(Enumeration.opening("第一次全体会议召开。")).isNull();
    assertThat(Enumeration.opening("统一要求。")).isNull();
  }

  @Test
  void itemsRunOverParagraphsInOrderWithTextBetween() {
    Enumeration.Opening[] o =
        Enumeration.acrossParagraphs(
            norms("着力贯彻新发展理念。主动适应新变化。", "一是扩大内需。坚持内需主导。", "坚持扩大消费。", "二是培育新动能。坚持创新。", "三是稳定就业。"));
    assertThat(o[0]).isNull();
    assertThat(o[1].ordinal()).isEqualTo(1);
    assertThat(o[2]).isNull();
    assertThat(o[3].ordinal()).isEqualTo(2);
    assertThat(o[4].ordinal()).isEqualTo(3);
  }

  @Test
  void aLoneItemOrOneOutOfOrderIsNoEnumeration() {
    assertThat(Enumeration.acrossParagraphs(norms("一是扩大内需。", "三是稳定就业。"))).containsOnlyNulls();
    assertThat(Enumeration.acrossParagraphs(norms("二是扩大内需。", "三是稳定就业。"))).containsOnlyNulls();
    assertThat(Enumeration.acrossParagraphs(norms("一是扩大内需。", "第二,稳定就业。"))).containsOnlyNulls();
  }

  @Test
  void problemsAreNoWorkButProblemsActedOnAre() {
    assertThat(Enumeration.acrossParagraphs(norms("工作中还存在一些问题和不足，主要是：", "一是动力不足。", "二是短板明显。")))
        .containsOnlyNulls();
    assertThat(Enumeration.acrossParagraphs(norms("有效应对新挑战，加快解决发展不平衡问题。", "一是扩大内需。", "二是稳定就业。"))[1])
        .isNotNull();
  }

  @Test
  void 首先其次最后runInOrderAndEndAtTheLast() {
    Enumeration.Opening[] o =
        Enumeration.acrossParagraphs(norms("首先,扩大内需。", "其次,稳定就业。", "最后,抓好落实。"));
    assertThat(o).doesNotContainNull();
    assertThat(o[2].ordinal()).isEqualTo(Enumeration.LAST);
  }

  @Test
  void 一要FormsAListOnlyAtClauseBoundaries() {
    assertThat(Enumeration.find("统一要求，二要加强。")).isEmpty();
    assertThat(Enumeration.find("全面落实：一要稳增长，二要促改革。"))
        .extracting(Enumeration.Item::number)
        .containsExactly("一要", "二要");
  }
}

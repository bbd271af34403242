package io.github.workreport.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelTest {
  private static final Span S = new Span(0, 4);

  @Test
  void spansValidateAndSlice() {
    assertThat(new Span(2, 5).length()).isEqualTo(3);
    assertThat(new Span(2, 5).slice("0123456")).isEqualTo("234");
    assertThat(new Span(0, 9).contains(new Span(2, 5))).isTrue();
    assertThat(new Span(3, 9).contains(new Span(2, 5))).isFalse();
    assertThat(new Span(1, 2)).hasToString("[1, 2)");
    assertThatThrownBy(() -> new Span(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("start");
    assertThatThrownBy(() -> new Span(3, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end");
    assertThatThrownBy(() -> new Span(0, 9).slice("abc"))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void paragraphsNeedTextAndALeadThatOpensIt() {
    assertThat(new Paragraph(S, "甲。", "甲。乙").lead()).isEqualTo("甲。");
    assertThatThrownBy(() -> new Paragraph(S, null, " ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> new Paragraph(S, "丙。", "甲。乙")).hasMessageContaining("lead");
    assertThatThrownBy(() -> new Paragraph(null, null, "x")).hasMessageContaining("span");
    assertThatThrownBy(() -> new Paragraph(S, " ", "x")).hasMessageContaining("lead");
  }

  @Test
  void sectionsValidateTheirComponents() {
    Section ok =
        new Section(
            "s1",
            1,
            "一、",
            1,
            "回顾",
            null,
            PartClass.REVIEW,
            new Span(0, 10),
            S,
            List.of(),
            List.of());
    assertThat(ok.title()).isEqualTo("回顾");
    assertThatThrownBy(
            () ->
                new Section(
                    "s1", 0, null, null, "t", null, PartClass.OTHER, S, S, List.of(), List.of()))
        .hasMessageContaining("level");
    assertThatThrownBy(
            () ->
                new Section(
                    "s1", 1, null, null, " ", null, PartClass.OTHER, S, S, List.of(), List.of()))
        .hasMessageContaining("title");
    assertThatThrownBy(
            () ->
                new Section(
                    "s1",
                    1,
                    null,
                    null,
                    "t",
                    null,
                    PartClass.OTHER,
                    new Span(1, 2),
                    S,
                    List.of(),
                    List.of()))
        .hasMessageContaining("headingSpan");
    List<Paragraph> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(
            () ->
                new Section(
                    "s1", 1, null, null, "t", null, PartClass.OTHER, S, S, withNull, List.of()))
        .hasMessageContaining("paragraphs must not contain null");
  }

  @Test
  void listsAreCopiedSoRecordsStayImmutable() {
    List<String> authors = new ArrayList<>(List.of("张三"));
    Metadata m =
        new Metadata(
            "t", null, DocumentKind.OTHER, null, null, null, null, authors, null, null, null, null);
    authors.add("李四");
    assertThat(m.authors()).containsExactly("张三");
    assertThatThrownBy(() -> m.authors().add("王五"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(Metadata.empty().kind()).isEqualTo(DocumentKind.OTHER);
  }

  @Test
  void tasksTargetsGlossaryAndDiagnosticsValidate() {
    assertThat(new Task("t1", "(一)", 1, "标题", "标题。正文", S, "s1", List.of()).ordinal()).isEqualTo(1);
    assertThatThrownBy(() -> new Task("t1", null, 0, "t", "t", S, null, List.of()))
        .hasMessageContaining("ordinal");
    assertThatThrownBy(() -> target("x", null, null, Bound.RANGE)).hasMessageContaining("upper");
    assertThat(target("x", "gdp", BigDecimal.TEN, Bound.RANGE).upper()).isEqualTo(BigDecimal.TEN);
    assertThatThrownBy(() -> target(" ", null, null, Bound.EXACT))
        .hasMessageContaining("indicator");
    for (String bad : new String[] {"GDP", "gdp-", "-gdp", "gdp--x", "", "g dp"}) {
      assertThatThrownBy(() -> target("x", bad, null, Bound.EXACT))
          .as(bad)
          .hasMessageContaining("key");
    }
    assertThat(target("x", "urban-new-jobs-2", null, Bound.EXACT).key())
        .isEqualTo("urban-new-jobs-2");
    assertThatThrownBy(
            () -> new GlossaryEntry(0, "六稳", "d", List.of(), GlossaryOrigin.GLOSSARY, S, List.of()))
        .hasMessageContaining("ordinal");
    assertThatThrownBy(() -> new Diagnostic(Severity.INFO, " ", "m", null))
        .hasMessageContaining("code");
    assertThat(new Diagnostic(Severity.WARNING, "c", "m", null).span()).isNull();
  }

  @Test
  void aReportRefusesSpansOutsideItsText() {
    Paragraph far = new Paragraph(new Span(0, 99), null, "x");
    assertThatThrownBy(
            () ->
                new WorkReport(
                    "abc",
                    Metadata.empty(),
                    List.of(far),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()))
        .hasMessageContaining("outside");
    Section s =
        new Section(
            "s1",
            1,
            null,
            null,
            "t",
            null,
            PartClass.OTHER,
            new Span(0, 3),
            new Span(0, 1),
            List.of(new Paragraph(new Span(1, 50), null, "x")),
            List.of());
    assertThatThrownBy(
            () ->
                new WorkReport(
                    "abc",
                    Metadata.empty(),
                    List.of(),
                    List.of(s),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of()))
        .hasMessageContaining("outside");
  }

  /**
   * A planned growth of one per cent, its words and span fixed, with the components a case varies.
   */
  private static Target target(String indicator, String key, BigDecimal upper, Bound bound) {
    return new Target(
        indicator,
        key,
        BigDecimal.ONE,
        upper,
        null,
        "%",
        new Quantity(BigDecimal.ONE, null, "%"),
        Measure.GROWTH,
        bound,
        TargetStatus.PLANNED,
        null,
        false,
        null,
        "x",
        S,
        null);
  }
}

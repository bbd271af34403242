package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetExtractorTest {
  private static Paragraph paragraph(String text, int start) {
    return new Paragraph(new Span(start, start + text.length()), null, text);
  }

  @Test
  void theHeadlineAnnouncedAtTheEndOfAParagraphRunsThroughTheNext() {
    TargetExtractor x = new TargetExtractor(2025);
    String a = "今年主要预期目标是：";
    String b = "地区生产总值增长6%左右；城镇新增就业1.2万人。";
    String c = "新建学校3所。";
    String text = a + "\n" + b + "\n" + c;
    assertThat(x.paragraph(paragraph(a, 0), text, PartClass.PLAN, "s1")).isEmpty();
    List<Target> headline = x.paragraph(paragraph(b, a.length() + 1), text, PartClass.PLAN, "s1");
    assertThat(headline).extracting(Target::indicator).containsExactly("地区生产总值", "城镇新增就业");
    assertThat(headline).allMatch(Target::headline);
    assertThat(headline.get(1).key()).isEqualTo("urban-new-jobs");
    List<Target> after =
        x.paragraph(paragraph(c, a.length() + b.length() + 2), text, PartClass.PLAN, "s1");
    assertThat(after).noneMatch(Target::headline);
    assertThat(after.get(0).sectionId()).isEqualTo("s1");
  }

  @Test
  void spansPointIntoTheReportEvenAcrossABrokenLine() {
    String text = "确保城镇新增就业\n4300人以上。";
    Paragraph p = new Paragraph(new Span(0, text.length()), null, "确保城镇新增就业4300人以上。");
    Target t = new TargetExtractor(null).paragraph(p, text, PartClass.PLAN, null).get(0);
    assertThat(t.span().slice(text).replace("\n", "")).isEqualTo("确保城镇新增就业4300人以上");
  }

  @Test
  void aClassOfLevelTakesTheHeadOfTheNextName() {
    String text = "新建6个国家级、20个省级临床重点专科，3个市级、5个区县。";
    List<Target> ts =
        new TargetExtractor(null).paragraph(paragraph(text, 0), text, PartClass.PLAN, null);
    assertThat(ts)
        .extracting(Target::indicator)
        .containsExactly("国家级临床重点专科", "省级临床重点专科", "市级", "区县");
  }

  @Test
  void aFigureWithoutAName() {
    TargetExtractor x = new TargetExtractor(null);
    String text = "一律削减10%。";
    assertThat(x.paragraph(paragraph(text, 0), text, PartClass.PLAN, null)).isEmpty();
    assertThat(x.diagnostics())
        .extracting(d -> d.code())
        .containsExactly("target-without-indicator");
    assertThat(x.diagnostics().get(0).span()).isEqualTo(new Span(4, 7));
  }

  @Test
  void aLongClauseGivesEachTargetAWindow() {
    String filler = "推动高质量发展".repeat(2 * TargetRules.CONTEXT / 7 + 5);
    String text = filler + "地区生产总值增长6%" + filler;
    Target t =
        new TargetExtractor(null).paragraph(paragraph(text, 0), text, PartClass.PLAN, null).get(0);
    assertThat(t.text().length()).isLessThan(TargetRules.CONTEXT);
    assertThat(t.text()).contains("增长6%");
  }

  @Test
  void aSubjectCarriesInsideTheHeadlineOnly() {
    String text = "地区生产总值增长6%。规模达到50亿元。";
    List<Target> plain =
        new TargetExtractor(null).paragraph(paragraph(text, 0), text, PartClass.PLAN, null);
    assertThat(plain).extracting(Target::indicator).containsExactly("地区生产总值", "规模");
    String headline = "主要预期目标是：地区生产总值增长6%；总量达到50亿元。";
    List<Target> carried =
        new TargetExtractor(null).paragraph(paragraph(headline, 0), headline, PartClass.PLAN, null);
    assertThat(carried).extracting(Target::indicator).containsExactly("地区生产总值", "地区生产总值");
  }
}

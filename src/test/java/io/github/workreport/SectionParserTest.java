package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.Section;
import org.junit.jupiter.api.Test;

class SectionParserTest {

  @Test
  void readsInlineUnitsOfAFragment() {
    SectionParser.Result r = SectionParser.create().parse("（一）扩大内需。提振消费。\n（二）稳定就业。确保就业。");
    assertThat(r.sections()).extracting(Section::title).containsExactly("扩大内需", "稳定就业");
    assertThat(r.sections().get(0).headingSpan().slice(r.text())).isEqualTo("（一）扩大内需。");
    assertThat(r.preamble()).isEmpty();
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void aFirstLineIsAHeadingNotATitle() {
    SectionParser.Result r =
        SectionParser.create().parse("2025年工作安排\n今年要稳增长，确保完成目标任务。\n保障和改善民生\n今年要稳就业，确保城镇新增就业1万人。");
    assertThat(r.sections()).extracting(Section::title).containsExactly("2025年工作安排", "保障和改善民生");
  }

  @Test
  void givesWhatTheWholeParseGivesForAReportWithoutATitleBlock() {
    String text = "各位代表：\n一、2024年工作回顾\n过去一年，经济增长6%。\n二、2025年工作安排\n（一）扩大内需。提振消费。\n（二）稳定就业。确保就业。";
    assertThat(SectionParser.create().parse(text).sections())
        .isEqualTo(WorkReportParser.create().parse(text).sections());
  }

  @Test
  void limitsApplyAndNullIsRefused() {
    SectionParser truncating = SectionParser.create(new ParseLimits(10, true));
    assertThat(truncating.parse("一、甲乙丙丁戊己庚辛壬癸子丑").diagnostics())
        .extracting(d -> d.code())
        .contains("input-truncated");
    assertThatThrownBy(() -> SectionParser.create().parse(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SectionParser.create(null)).isInstanceOf(NullPointerException.class);
  }
}

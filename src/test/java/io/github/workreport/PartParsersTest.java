package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Task;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The results of the three part parsers: their diagnostics, the text their spans index, their
 * limits.
 */
class PartParsersTest {

  @Test
  void taskParserGivesTheDiagnosticsOfItsParse() {
    String text = "今年重点抓好三个方面的工作:一是稳投资。二是促消费。";
    TaskParser.Result r = TaskParser.create().parse(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.tasks())
        .extracting(Task::number, Task::title)
        .containsExactly(Tuple.tuple("一是", "稳投资"), Tuple.tuple("二是", "促消费"));
    assertThat(r.tasks().get(0).span().slice(r.text())).startsWith("一是稳投资");
    // three announced, two listed
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("task-count-mismatch");
  }

  @Test
  void spansOfHtmlIndexTheExtractedText() {
    String html = "<html><body><p>今年的主要预期目标是：地区生产总值增长6%左右。</p></body></html>";
    TargetParser.Result r = TargetParser.create().parse(html);
    assertThat(r.text()).doesNotContain("<p>");
    assertThat(r.targets())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.value()).isEqualByComparingTo(new BigDecimal("6"));
              assertThat(t.span().slice(r.text())).contains("地区生产总值增长6%左右");
            });
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void bothDoorsTakeTheLimitsOfTheWholeParse() {
    String text = "地区生产总值增长6%左右,一般公共预算收入增长5%。";
    ParseLimits cut = new ParseLimits(text.indexOf(','), true);
    TargetParser.Result targets = TargetParser.create(cut).parse(text);
    assertThat(targets.text()).isEqualTo("地区生产总值增长6%左右");
    assertThat(targets.targets()).hasSize(1);
    assertThat(targets.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("input-truncated");
    assertThat(TaskParser.create(cut).parse(text).diagnostics())
        .extracting(Diagnostic::code)
        .contains("input-truncated");
    ParseLimits refuse = new ParseLimits(5, false);
    assertThatThrownBy(() -> TargetParser.create(refuse).parse(text))
        .isInstanceOf(ReportParseException.class);
    assertThatThrownBy(() -> TaskParser.create(refuse).parse(text))
        .isInstanceOf(ReportParseException.class);
    assertThat(TargetParser.create().parse(text).targets()).hasSize(2);
  }

  @Test
  void misuseThrowsWithTheParameterName() {
    assertThatThrownBy(() -> TaskParser.create().parse(null)).hasMessage("text");
    assertThatThrownBy(() -> TargetParser.create().parse(null)).hasMessage("text");
    assertThatThrownBy(() -> TaskParser.create(null)).hasMessage("limits");
    assertThatThrownBy(() -> TargetParser.create(null)).hasMessage("limits");
    assertThatThrownBy(() -> new TaskParser.Result(null, List.of(), List.of())).hasMessage("text");
  }
}

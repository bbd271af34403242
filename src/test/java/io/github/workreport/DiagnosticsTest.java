package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.parse.DiagnosticSink;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import io.github.workreport.model.Severity;
import io.github.workreport.model.Span;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One catalogue of codes, one sink in document order, and no line dropped without a word. */
class DiagnosticsTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  @Test
  void everyCodeTheParserGivesIsInTheCatalogueAndTheReadmeListsTheCatalogue() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m =
        Pattern.compile("^- `([a-z-]+)` \\((INFO|WARNING|ERROR)\\)", Pattern.MULTILINE)
            .matcher(readme);
    Map<String, String> listed = new LinkedHashMap<>();
    while (m.find()) {
      listed.put(m.group(1), m.group(2));
    }
    Map<String, String> catalogue = new LinkedHashMap<>();
    for (DiagnosticCode c : DiagnosticCode.values()) {
      catalogue.put(c.code(), c.severity().name());
    }
    assertThat(listed).isEqualTo(catalogue);
  }

  @Test
  void codesAreKebabCaseAndLookedUpBothWays() {
    for (DiagnosticCode c : DiagnosticCode.values()) {
      assertThat(c.code()).matches("[a-z]+(-[a-z]+)*");
      assertThat(DiagnosticCode.of(c.code())).contains(c);
      assertThat(c.meaning()).isNotBlank();
    }
    assertThat(DiagnosticCode.of("no-such-code")).isEmpty();
  }

  @Test
  void diagnosticsComeInDocumentOrder() {
    WorkReport r =
        PARSER.parse(
            "各位代表：\n二、2025年工作安排\n重点抓好四个方面的工作。\n（一）稳增长\n力争增长6%。\n"
                + "（三）促改革\n确保改革见效。\n名词解释\n【六稳】指稳就业、稳金融、稳外贸。\n");
    List<Integer> starts =
        r.diagnostics().stream().map(d -> d.span() == null ? -1 : d.span().start()).toList();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .contains("heading-number-gap", "task-count-mismatch", "glossary-item-count");
    assertThat(starts).isSorted();
  }

  @Test
  void theSinkKeepsAtMostItsCapAndSaysHowManyWereLeftOut() {
    DiagnosticSink sink = new DiagnosticSink();
    for (int i = 2 * DiagnosticSink.MAX; i > 0; i--) {
      sink.add(new Diagnostic(Severity.INFO, "heading-number-gap", "gap " + i, new Span(i, i)));
    }
    List<Diagnostic> kept = sink.diagnostics();
    assertThat(kept).hasSize(DiagnosticSink.MAX + 1);
    assertThat(kept.get(0).span().start()).isEqualTo(1);
    assertThat(kept.get(kept.size() - 1).code()).isEqualTo("diagnostics-capped");
    assertThat(kept.get(kept.size() - 1).message()).startsWith(DiagnosticSink.MAX + " more");
  }

  @Test
  void aRepeatedFaultIsCappedInAWholeParse() {
    String text = "各位代表：\n" + "一、甲乙部分\n正文内容。\n".repeat(3 * DiagnosticSink.MAX / 2);
    WorkReport r = PARSER.parse(text);
    assertThat(r.diagnostics()).hasSize(DiagnosticSink.MAX + 1);
    assertThat(r.diagnostics().get(DiagnosticSink.MAX).code()).isEqualTo("diagnostics-capped");
  }

  @Test
  void aLineDroppedInsideTheBodyLeavesADiagnostic() {
    WorkReport r =
        PARSER.parse("各位代表：\n一、2024年工作回顾\n过去一年，全县经济增长6%。\n分享到微信\n二、2025年工作安排\n今年全县经济力争增长6%。\n");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("line-dropped");
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.span().slice(r.text())).isEqualTo("分享到微信");
  }

  @Test
  void furnitureAroundTheBodyIsDroppedSilently() {
    WorkReport r =
        PARSER.parse("打印\n分享\n2025年某县政府工作报告\n各位代表：\n一、2024年工作回顾\n过去一年，经济增长6%。\n分享到微信\n关闭窗口\n");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).doesNotContain("line-dropped");
  }

  @Test
  void punctuationALinkBreakLeftAloneStaysInItsSentence() {
    WorkReport r = PARSER.parse("各位代表：\n一、今年工作安排\n严格执行《建筑法\n》、《\n招标投标法》，建立健全项目法人责任制。\n");
    assertThat(r.sections().get(0).paragraphs().get(0).text())
        .isEqualTo("严格执行《建筑法》、《招标投标法》，建立健全项目法人责任制。");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void aFragmentGivenToTheTaskParserHasNoTitleBlock() {
    List<Task> tasks =
        TaskParser.create().parse("2025年工作安排\n今年重点抓好以下工作：一是推动\n产业升级。二是扩大有效投资。").tasks();
    assertThat(tasks).extracting(Task::number).containsExactly("一是", "二是");
    assertThat(tasks).extracting(Task::title).containsExactly("推动产业升级", "扩大有效投资");
    assertThat(Arrays.asList(tasks.get(0).sectionId())).doesNotContainNull();
  }
}

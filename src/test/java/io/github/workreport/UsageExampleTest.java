package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.json.ReportJson;
import io.github.workreport.model.Bound;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Mirrors the snippets of README.md, so that they stay true. */
class UsageExampleTest {

  @Test
  void theJShellSnippet() throws IOException {
    var report = WorkReportParser.create().parse(Path.of("seeds/002_306d7ec0a692e678.txt"));
    assertThat(report.metadata().title()).isEqualTo("2025年酒泉市肃州区政府工作报告");
    assertThat(report.sections().stream().map(s -> s.title()).toList())
        .hasToString("[2024年工作回顾, 2025年工作安排, 名词解释]");
  }

  @Test
  void theJavaSnippet() throws IOException {
    WorkReportParser parser = WorkReportParser.create();
    WorkReport report =
        parser.parse(
            """
        <html><body>
        <h1>2024年永和县政府工作报告</h1>
        <p>各位代表：</p>
        <p><strong>一、2023年工作回顾</strong></p>
        <p>过去一年，全县地区生产总值同比增长6.1%。</p>
        <p><strong>二、2024年工作安排</strong></p>
        <p>今年的主要预期目标是：地区生产总值增长6%左右。</p>
        </body></html>""");
    assertThat(report.toString())
        .startsWith(
            "WorkReport[title=\"2024年永和县政府工作报告\", kind=GOVERNMENT_WORK_REPORT, year=2024, ");
    StringBuilder printed = new StringBuilder();
    for (Section s : report.allSections()) {
      String number = s.number() == null ? "" : s.number();
      printed
          .append(
              number + s.title() + " " + s.part() + " from line " + report.lineOf(s.span().start()))
          .append('\n');
    }
    assertThat(printed.toString())
        .isEqualTo("一、2023年工作回顾 REVIEW from line 3\n二、2024年工作安排 PLAN from line 5\n");
    assertThat(Outline.render(report))
        .startsWith("title: 2024年永和县政府工作报告\n")
        .contains("一、 2023年工作回顾  [review, ");
    assertThat(report.sections().get(0).part()).isEqualTo(PartClass.REVIEW);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportJson.write(report, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(ReportJson.toJson(report));

    TargetParser.Result r = TargetParser.create().parse("地区生产总值增长7.2%以上");
    assertThat(r.targets().get(0).bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void aBareHeadingHasNoNumberAndTheLoopPrintsNoNull() {
    WorkReport report = WorkReportParser.create().parse(Seeds.text("002"));
    StringBuilder printed = new StringBuilder();
    for (Section s : report.allSections()) {
      String number = s.number() == null ? "" : s.number();
      printed.append(number + s.title()).append('\n');
    }
    assertThat(report.allSections()).anySatisfy(s -> assertThat(s.number()).isNull());
    assertThat(printed.toString()).startsWith("2024年工作回顾\n").doesNotContain("null");
  }

  @Test
  void theReadmeShowsTheseSnippetsAndTheTestCommand() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains(
            "var report = WorkReportParser.create().parse(java.nio.file.Path.of(\"seeds/002_306d7ec0a692e678.txt\"))",
            "$4 ==> [2024年工作回顾, 2025年工作安排, 名词解释]",
            "<h1>2024年永和县政府工作报告</h1>",
            "System.out.print(Outline.render(report));",
            "String number = s.number() == null ? \"\" : s.number();",
            "report.lineOf(s.span().start())",
            "ReportJson.write(report, System.out);",
            "TargetParser.Result r = TargetParser.create().parse(\"地区生产总值增长7.2%以上\");",
            "r.targets().get(0).bound();   // AT_LEAST",
            "<artifactId>workreport</artifactId>",
            "requires io.github.workreport;",
            "<!-- test-command -->\n```\nmvn -B verify\n```",
            "JAVA_HOME=/path/to/jdk-25 mvn -B clean verify");
    assertThat(Files.readString(Path.of(".ci/run"))).contains("test-command");
  }
}

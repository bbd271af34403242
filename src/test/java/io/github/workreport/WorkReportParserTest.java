package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DocumentKind;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkReportParserTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  /** A small county report written for these tests, in the layout reports use. */
  static final String COUNTY =
      String.join(
          "\n",
          "2024年永和县政府工作报告",
          "——2024年1月12日在永和县第十八届人民代表大会第三次会议上",
          "县长 王建国",
          "各位代表：",
          "现在，我代表县人民政府，向大会报告工作，请予审议，并请各位政协委员和列席人员提出意见。",
          "一、2023年工作回顾",
          "过去一年，全县地区生产总值完成86.5亿元，同比增长6.1%。产业发展迈出新步伐，新建高标准农田2.3万亩。",
          "二、2024年工作安排",
          "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右。",
          "（一）坚持项目带动，增强发展后劲",
          "抓好项目谋划。谋划储备重大项目80个以上，力争全年争取资金突破10亿元，",
          "确保重点项目全部开工。",
          "（二）坚持民生优先，提升群众获得感",
          "稳定扩大就业。落实就业优先政策，确保城镇新增就业1800人以上。",
          "名词解释",
          "1.“三农”：指农业、农村、农民。",
          "2.“两不愁三保障”：指不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。");

  @Test
  void parsesAPlainTextReport() {
    WorkReport r = PARSER.parse(COUNTY);
    assertThat(r.text()).isEqualTo(COUNTY);
    assertThat(r.metadata().title()).isEqualTo("2024年永和县政府工作报告");
    assertThat(r.metadata().kind()).isEqualTo(DocumentKind.GOVERNMENT_WORK_REPORT);
    assertThat(r.metadata().region()).isEqualTo("永和县");
    assertThat(r.metadata().speaker()).isEqualTo("王建国");
    assertThat(r.metadata().speakerTitle()).isEqualTo("县长");
    assertThat(r.metadata().year()).isEqualTo(2024);
    assertThat(r.preamble()).extracting(p -> p.text()).startsWith("各位代表：");
    assertThat(r.sections())
        .extracting(Section::title)
        .containsExactly("2023年工作回顾", "2024年工作安排", "名词解释");
    Section plan = r.sections().get(1);
    assertThat(plan.children()).extracting(Section::number).containsExactly("（一）", "（二）");
    assertThat(plan.children().get(0).paragraphs()).hasSize(1);
    assertThat(plan.children().get(0).paragraphs().get(0).lead()).isEqualTo("抓好项目谋划。");
    assertThat(plan.children().get(0).paragraphs().get(0).text()).endsWith("突破10亿元，确保重点项目全部开工。");
    assertThat(r.sections().get(2).paragraphs()).hasSize(2);
    assertThat(r.tasks())
        .extracting(t -> t.number() + t.title())
        .containsExactly("（一）坚持项目带动，增强发展后劲", "（二）坚持民生优先，提升群众获得感");
    assertThat(r.tasks().get(0).subtasks()).extracting(t -> t.title()).containsExactly("抓好项目谋划");
    assertThat(r.tasks().get(0).text()).contains("突破10亿元，确保重点项目全部开工。");
    assertThat(r.targets())
        .extracting(
            t -> t.indicator() + " " + t.value().toPlainString() + t.unit() + " " + t.status())
        .contains(
            "地区生产总值 86.5亿元 REPORTED",
            "地区生产总值 6.1% REPORTED",
            "地区生产总值 6% PLANNED",
            "城镇新增就业 1800人 PLANNED");
    assertThat(r.glossary()).extracting(e -> e.term()).containsExactly("“三农”", "“两不愁三保障”");
    assertThat(r.glossary().get(1).items())
        .containsExactly("不愁吃", "不愁穿", "义务教育", "基本医疗", "住房安全有保障");
    assertThat(r.diagnostics()).isEmpty();
  }

  @Test
  void readsBytesStreamsAndFilesInAnyEncoding(@TempDir Path dir) throws IOException {
    WorkReport expected = PARSER.parseText(COUNTY);
    for (Charset cs :
        List.of(StandardCharsets.UTF_8, Charset.forName("GBK"), Charset.forName("GB18030"))) {
      byte[] bytes = COUNTY.getBytes(cs);
      assertThat(PARSER.parse(bytes).sections()).isEqualTo(expected.sections());
      assertThat(PARSER.parse(new ByteArrayInputStream(bytes)).metadata())
          .isEqualTo(expected.metadata());
      Path f = dir.resolve("r-" + cs.name() + ".txt");
      Files.write(f, bytes);
      assertThat(PARSER.parse(f).sections()).isEqualTo(expected.sections());
    }
    byte[] utf16 = ("\uFEFF" + COUNTY).getBytes(StandardCharsets.UTF_16LE);
    assertThat(PARSER.parse(utf16).sections()).extracting(Section::title).contains("名词解释");
  }

  @Test
  void htmlPagesInUtf8AndGbkGiveTheSameReport() throws IOException {
    WorkReport utf8 = PARSER.parse(Path.of("src/test/resources/html/county-report.utf8.html"));
    WorkReport gbk = PARSER.parse(Path.of("src/test/resources/html/county-report.gbk.html"));
    assertThat(gbk.sections()).isEqualTo(utf8.sections());
    assertThat(gbk.metadata()).isEqualTo(utf8.metadata());
    assertThat(utf8.metadata().title()).isEqualTo("2024年永和县政府工作报告");
    assertThat(utf8.metadata().source()).isEqualTo("永和县人民政府办公室");
    assertThat(utf8.metadata().date()).hasToString("2024-01-12");
    assertThat(utf8.metadata().speaker()).isEqualTo("王建国");
    assertThat(utf8.sections())
        .extracting(Section::title)
        .containsExactly("2023年工作回顾", "2024年工作安排", "名词解释");
    assertThat(utf8.sections().get(1).children())
        .extracting(Section::title)
        .containsExactly("坚持项目带动，增强发展后劲", "坚持民生优先，提升群众获得感");
    assertThat(utf8.text()).doesNotContain("首页", "相关新闻", "版权所有", "分享到微信");
  }

  @Test
  void aNewsPageHasItsBylineSourceAndBareHeadings() throws IOException {
    WorkReport r = PARSER.parse(Path.of("src/test/resources/html/county-news.utf8.html"));
    assertThat(r.metadata().kind()).isEqualTo(DocumentKind.NEWS_ARTICLE);
    assertThat(r.metadata().title()).isEqualTo("奋力谱写高质量发展新篇章");
    assertThat(r.metadata().subtitle()).isEqualTo("青河县扎实推进政府工作报告落实");
    assertThat(r.metadata().source()).isEqualTo("青河日报");
    assertThat(r.metadata().authors()).containsExactly("张明", "刘芳");
    assertThat(r.sections()).extracting(Section::title).containsExactly("项目建设提速增效", "民生实事落地见效");
  }

  @Test
  void emptyWhitespaceAndNonReportInputGiveAnEmptyReport() {
    // "\u001F" and "\u1680" are white space to Java: once a line of them made a blank paragraph
    for (String s :
        List.of(
            "", "   \n\u3000\n\t", "hello", "\uFFFD\uFFFD\uFFFD", "\u001F\n\u1680\u205F\n\u001C")) {
      WorkReport r = PARSER.parse(s);
      assertThat(r.sections()).isEmpty();
      assertThat(r.metadata().kind()).isEqualTo(DocumentKind.OTHER);
    }
    assertThat(PARSER.parse(new byte[0]).text()).isEmpty();
    assertThat(PARSER.parse("<html><body><p></p></body></html>").sections()).isEmpty();
  }

  @Test
  void binaryBytesParseWithoutAnException() {
    byte[] b = new byte[20000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (i * 7919 + (i >> 3));
    }
    assertThat(PARSER.parse(b)).isNotNull();
  }

  @Test
  void aReportWithNoHeadingsHasOnlyAPreamble() {
    WorkReport r = PARSER.parse("各位代表：\n现在，我代表政府向大会报告工作，请予审议。\n过去一年，我们做了大量工作，取得了显著成绩。");
    assertThat(r.sections()).isEmpty();
    assertThat(r.preamble()).hasSize(3);
    assertThat(r.metadata().kind()).isEqualTo(DocumentKind.GOVERNMENT_WORK_REPORT);
  }

  @Test
  void aGlossaryHeadingWithNothingAfterItIsNotASection() {
    WorkReport r = PARSER.parse(COUNTY.substring(0, COUNTY.indexOf("1.“三农”")));
    assertThat(r.sections()).extracting(Section::title).doesNotContain("名词解释");
  }

  @Test
  void inputOverTheLimitThrowsOrIsTruncated() {
    WorkReportParser small = WorkReportParser.builder().maxInputLength(100).build();
    assertThatThrownBy(() -> small.parse(COUNTY))
        .isInstanceOf(ReportParseException.class)
        .hasMessageContaining("limit of 100 characters");
    assertThatThrownBy(() -> small.parse(COUNTY.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(ReportParseException.class)
        .hasMessageContaining("400 bytes");
    WorkReportParser cut =
        WorkReportParser.builder().maxInputLength(100).truncateOversizedInput(true).build();
    WorkReport r = cut.parse(COUNTY);
    assertThat(r.text()).hasSize(100);
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("input-truncated");
    assertThat(cut.parse(COUNTY.getBytes(StandardCharsets.UTF_8)).text().length())
        .isLessThanOrEqualTo(100);
    assertThat(cut.limits()).isEqualTo(new ParseLimits(100, true));
    assertThat(
            WorkReportParser.builder().limits(ParseLimits.DEFAULT).build().limits().maxInputBytes())
        .isEqualTo(4L * ParseLimits.DEFAULT_MAX_INPUT_LENGTH);
  }

  @Test
  void htmlNestedPastTheDepthLimitKeepsItsTextAndSaysSo() {
    StringBuilder deep = new StringBuilder("<html><body>");
    for (int i = 0; i < 3000; i++) {
      deep.append("<div>");
    }
    deep.append("<p>一、总体要求</p><p>全年经济增长5%左右。</p>");
    WorkReportParser shallow = WorkReportParser.builder().maxNestingDepth(64).build();
    assertThat(shallow.limits().maxNestingDepth()).isEqualTo(64);
    WorkReport r = shallow.parseHtml(deep.toString());
    assertThat(r.text()).contains("一、总体要求", "全年经济增长5%左右。");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("nesting-limit");
    assertThat(r.diagnostics())
        .filteredOn(d -> d.code().equals("nesting-limit"))
        .first()
        .satisfies(d -> assertThat(d.message()).contains("64"));
    // the same page within the default limit of 512 is not flagged, nor is an ordinary page
    String within = "<div>".repeat(100) + "<p>一、总体要求</p>";
    assertThat(PARSER.parseHtml(within).diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("nesting-limit");
    assertThat(PARSER.parseHtml(deep.toString()).diagnostics())
        .extracting(Diagnostic::code)
        .contains("nesting-limit");
    assertThat(ParseLimits.DEFAULT.maxNestingDepth()).isEqualTo(512);
    assertThatThrownBy(() -> new ParseLimits(100, false, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxNestingDepth");
  }

  @Test
  void truncationNeverSplitsASurrogatePair() {
    WorkReportParser cut =
        WorkReportParser.builder().maxInputLength(3).truncateOversizedInput(true).build();
    assertThat(cut.parse("ab\uD83C\uDC04cd").text()).isEqualTo("ab");
  }

  @Test
  void misuseThrowsWithTheParameterName() {
    assertThatThrownBy(() -> PARSER.parse((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("input");
    assertThatThrownBy(() -> PARSER.parse((byte[]) null)).hasMessage("bytes");
    assertThatThrownBy(() -> PARSER.parse((Path) null)).hasMessage("path");
    assertThatThrownBy(() -> PARSER.parse((InputStream) null)).hasMessage("in");
    assertThatThrownBy(() -> PARSER.parseText(null)).hasMessage("text");
    assertThatThrownBy(() -> PARSER.parseHtml(null)).hasMessage("html");
    assertThatThrownBy(() -> WorkReportParser.builder().limits(null)).hasMessage("limits");
    assertThatThrownBy(() -> new ParseLimits(0, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxInputLength");
  }

  @Test
  void oneParserSharedByEightThreadsGivesTheSequentialResults() throws Exception {
    List<String> texts = Seeds.all().stream().map(Seeds::text).toList();
    List<WorkReport> sequential = texts.stream().map(PARSER::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<WorkReport>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String t : texts) {
          futures.add(pool.submit(() -> PARSER.parse(t)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i % texts.size()));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.DatedReport;
import io.github.workreport.model.ReportPair;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetOutcome;
import io.github.workreport.model.Verdict;
import io.github.workreport.model.WorkReport;
import io.github.workreport.model.YearSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The public attainment API on reports written for the purpose. */
class AttainmentTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  private static final String PLAN_2024 =
      """
      某市2024年政府工作报告

      各位代表：

      一、2023年工作回顾

      过去一年，全市地区生产总值增长5.2%，城镇新增就业1.1万人。

      二、2024年工作安排

      今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1.2万人以上，\
      居民消费价格涨幅3%左右，单位地区生产总值能耗下降3%，城镇调查失业率5.5%以内，进出口增长5%－7%。

      新建高标准农田8万亩。提出地区生产总值增长6%左右，是综合考虑的结果。

      今后五年，地区生产总值年均增长6%，到2028年，全市城镇新增就业达到6万人。
      """;

  private static final String OUTCOME_2025 =
      """
      某市2025年政府工作报告

      各位代表：

      一、2024年工作回顾

      五年来，地区生产总值年均增长6.8%。

      过去一年，全市地区生产总值增长5.4%，城镇新增就业12500人，居民消费价格下降0.7%，\
      单位地区生产总值能耗下降3.5%，城镇调查失业率5.6%，进出口增长6.2%，新建高标准农田9万亩。

      二、2025年工作安排

      今年的主要预期目标是：地区生产总值增长5%左右。
      """;

  private static WorkReport parse(String text) {
    return PARSER.parseText(text);
  }

  private static TargetOutcome outcome(List<TargetOutcome> all, String clausePart) {
    return all.stream()
        .filter(o -> o.target().text().contains(clausePart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + clausePart + " in " + all));
  }

  @Test
  void eachPlannedTargetMeetsTheResultOfTheNextReport() {
    List<TargetOutcome> all = Attainment.create().compare(parse(PLAN_2024), parse(OUTCOME_2025));
    assertThat(all.get(0).target().headline()).isTrue();
    assertThat(all).allMatch(o -> o.target().status().name().equals("PLANNED"));
    TargetOutcome gdp = outcome(all, "地区生产总值增长6%左右");
    assertThat(gdp.verdict()).isEqualTo(Verdict.MISSED);
    assertThat(gdp.result().text()).contains("5.4%");
    assertThat(gdp.gap()).isEqualByComparingTo("-0.6");
    TargetOutcome jobs = outcome(all, "城镇新增就业1.2万人以上");
    assertThat(jobs.verdict()).isEqualTo(Verdict.EXCEEDED);
    assertThat(jobs.gap()).isEqualByComparingTo("0.05"); // 500 人 in 万人
    assertThat(outcome(all, "居民消费价格").verdict()).isEqualTo(Verdict.MET);
    assertThat(outcome(all, "能耗下降3%").verdict()).isEqualTo(Verdict.EXCEEDED);
    assertThat(outcome(all, "城镇调查失业率").verdict()).isEqualTo(Verdict.MISSED);
    assertThat(outcome(all, "进出口").verdict()).isEqualTo(Verdict.MET);
    assertThat(outcome(all, "高标准农田").verdict()).isEqualTo(Verdict.EXCEEDED);
  }

  @Test
  void aRestatedTargetIsTakenOnceAndGoalsOfSeveralYearsHaveNoResult() {
    List<TargetOutcome> all = Attainment.create().compare(parse(PLAN_2024), parse(OUTCOME_2025));
    long sixAbout =
        all.stream()
            .map(TargetOutcome::target)
            .filter(t -> "gdp".equals(t.key()) && t.value().compareTo(new BigDecimal("6")) == 0)
            .filter(t -> t.bound().name().equals("ABOUT"))
            .count();
    assertThat(sixAbout).isEqualTo(1);
    TargetOutcome average = outcome(all, "年均增长6%");
    assertThat(average.verdict()).isEqualTo(Verdict.NO_RESULT);
    assertThat(average.result()).isNull();
    assertThat(average.gap()).isNull();
    assertThat(outcome(all, "6万人").verdict()).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void aFigureThatOnlySaysHowTheOneBeforeChangedIsADifference() {
    String plan =
        "一、2023年工作回顾\n\n过去一年，完成农村危房改造300户。\n\n二、2024年工作安排\n\n" + "今年完成农村危房改造366户，增加66户。\n";
    String outcome =
        "一、2024年工作回顾\n\n过去一年，完成农村危房改造432户，城镇新增就业1500人。\n\n" + "二、2025年工作安排\n\n今年完成农村危房改造400户。\n";
    List<TargetOutcome> all = Attainment.create().compare(parse(plan), parse(outcome));
    assertThat(outcome(all, "366户").verdict()).isEqualTo(Verdict.EXCEEDED);
    assertThat(outcome(all, "增加66户").verdict()).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void aTargetRecalledInTheReviewIsNoResult() {
    String plan = "二、2024年工作安排\n\n今年居民消费价格涨幅控制在3%以内。\n";
    String outcome =
        "一、2024年工作回顾\n\n去年我在政府工作报告中曾提出，要把全年居民消费价格涨幅控制在3%以内。"
            + "全年居民消费价格上涨2.5%。\n\n二、2025年工作安排\n\n今年居民消费价格涨幅3%左右。\n";
    WorkReport reported = parse(outcome);
    // the engine reads the recalled target as reported; it must not be taken for the result
    List<TargetOutcome> all = Attainment.create().compare(parse(plan), reported);
    TargetOutcome cpi = outcome(all, "3%以内");
    assertThat(cpi.result().text()).contains("2.5%");
    assertThat(cpi.verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void anOutcomeThatGivesOnlyAnAverageOfSeveralYearsHasNoResult() {
    String averageOnly =
        """
        一、过去五年工作回顾

        五年来，全市地区生产总值年均增长6.8%，城镇新增就业累计6万人。

        二、2025年工作安排

        今年地区生产总值增长5%左右。
        """;
    List<TargetOutcome> all = Attainment.create().compare(parse(PLAN_2024), parse(averageOnly));
    assertThat(outcome(all, "地区生产总值增长6%左右").verdict()).isEqualTo(Verdict.NO_RESULT);
    assertThat(outcome(all, "城镇新增就业1.2万人以上").verdict()).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void asciiPunctuationAndHtmlGiveTheSameOutcomes() {
    String asciiPlan = PLAN_2024.replace('：', ':').replace('，', ',').replace('－', '-');
    String htmlOutcome =
        "<html><body>"
            + OUTCOME_2025
                .lines()
                .filter(l -> !l.isBlank())
                .map(l -> "<p>" + l + "</p>")
                .reduce("", String::concat)
            + "</body></html>";
    List<TargetOutcome> text = Attainment.create().compare(parse(PLAN_2024), parse(OUTCOME_2025));
    List<TargetOutcome> other =
        Attainment.create().compare(parse(asciiPlan), PARSER.parse(htmlOutcome));
    assertThat(other.stream().map(TargetOutcome::verdict).toList())
        .isEqualTo(text.stream().map(TargetOutcome::verdict).toList());
    assertThat(other.stream().map(o -> String.valueOf(o.gap())).toList())
        .isEqualTo(text.stream().map(o -> String.valueOf(o.gap())).toList());
  }

  @Test
  void theToleranceOfAboutComesFromTheBuilder() {
    Attainment wide = Attainment.builder().rateTolerance(BigDecimal.ONE).build();
    assertThat(wide.rateTolerance()).isEqualByComparingTo("1");
    assertThat(wide.levelTolerance()).isEqualTo(Attainment.DEFAULT_LEVEL_TOLERANCE);
    List<TargetOutcome> all = wide.compare(parse(PLAN_2024), parse(OUTCOME_2025));
    assertThat(outcome(all, "地区生产总值增长6%左右").verdict()).isEqualTo(Verdict.MET);
    Attainment levels = Attainment.builder().levelTolerance(new BigDecimal("0.2")).build();
    assertThat(levels.levelTolerance()).isEqualByComparingTo("0.2");
    assertThat(Attainment.create().rateTolerance()).isEqualByComparingTo("0.5");
  }

  @Test
  void misuseThrowsAClearException() {
    assertThatThrownBy(() -> Attainment.builder().rateTolerance(new BigDecimal("-0.1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rateTolerance");
    assertThatThrownBy(() -> Attainment.builder().levelTolerance(null))
        .isInstanceOf(NullPointerException.class);
    WorkReport plan = parse(PLAN_2024);
    assertThatThrownBy(() -> Attainment.create().compare(plan, plan))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not the year after");
    assertThatThrownBy(() -> Attainment.create().compare(null, plan))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Attainment.date(" ", plan))
        .isInstanceOf(IllegalArgumentException.class);
    DatedReport d = Attainment.date("a.txt", plan).orElseThrow();
    assertThatThrownBy(() -> new ReportPair(d, d)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theYearComesFromTheMetadataElseTheTextElseTheFileName() {
    DatedReport titled = Attainment.date("x.txt", parse(PLAN_2024)).orElseThrow();
    assertThat(titled.year()).isEqualTo(2024);
    assertThat(titled.yearSource()).isEqualTo(YearSource.METADATA);
    assertThat(titled.region()).isEqualTo("某市");

    String headed = "各位代表：\n\n一、2023年工作回顾\n\n全市地区生产总值增长5.2%。\n\n二、今年工作安排\n\n地区生产总值增长6%左右。\n";
    DatedReport fromHeading = Attainment.date("report-1999.txt", parse(headed)).orElseThrow();
    assertThat(fromHeading.year()).isEqualTo(2024);
    assertThat(fromHeading.yearSource()).isEqualTo(YearSource.TEXT);

    String reviewed =
        "各位代表：\n\n一、过去一年工作回顾\n\n刚刚过去的2017年，全市地区生产总值增长6.9%。\n\n二、今年工作安排\n\n地区生产总值增长6.5%左右。\n";
    DatedReport fromReview = Attainment.date("r.txt", parse(reviewed)).orElseThrow();
    assertThat(fromReview.year()).isEqualTo(2018);
    assertThat(fromReview.yearSource()).isEqualTo(YearSource.TEXT);

    String bare = "各位代表：\n\n一、过去一年工作回顾\n\n全市地区生产总值增长6.9%。\n";
    DatedReport fromName = Attainment.date("dir/2019/gov-2019.txt", parse(bare)).orElseThrow();
    assertThat(fromName.year()).isEqualTo(2019);
    assertThat(fromName.yearSource()).isEqualTo(YearSource.FILE_NAME);
    assertThat(Attainment.date("report.txt", parse(bare))).isEmpty();
    assertThat(Attainment.date("20190101.txt", parse(bare))).isEmpty();
    assertThat(Attainment.date("2018-vs-2019.txt", parse(bare))).isEmpty();
  }

  @Test
  void reportsPairByRegionAndConsecutiveYear() {
    DatedReport a2024 = dated("a-2024.txt", "甲市", 2024);
    DatedReport a2025 = dated("a-2025.txt", "甲市", 2025);
    DatedReport b2025 = dated("b-2025.txt", "乙县", 2025);
    DatedReport b2027 = dated("b-2027.txt", "乙县", 2027);
    DatedReport unknown2026 = dated("c-2026.txt", null, 2026);
    // the reports name two regions, so the one that names none could be of either: unpaired
    List<ReportPair> pairs = Attainment.pair(List.of(b2027, a2025, b2025, a2024, unknown2026));
    assertThat(pairs)
        .extracting(p -> p.plan().name() + ">" + p.outcome().name() + " " + p.region())
        .containsExactly("a-2024.txt>a-2025.txt 甲市");
    // the others all name one region: it is theirs, and the pair says so
    List<ReportPair> chain = Attainment.pair(List.of(b2025, unknown2026, b2027));
    assertThat(chain)
        .extracting(p -> p.plan().name() + ">" + p.outcome().name() + " " + p.region())
        .containsExactly("b-2025.txt>c-2026.txt 乙县", "c-2026.txt>b-2027.txt 乙县");
    assertThat(chain.get(0).outcome().region()).isEqualTo("乙县");
    // none names a region: they are one series
    DatedReport y2026 = dated("y-2026.txt", null, 2026);
    DatedReport y2027 = dated("y-2027.txt", null, 2027);
    assertThat(Attainment.pair(List.of(y2027, y2026)))
        .extracting(p -> p.plan().name() + ">" + p.outcome().name() + " " + p.region())
        .containsExactly("y-2026.txt>y-2027.txt null");
    // two reports of one region and year: which one counts would be a guess
    DatedReport copy2025 = dated("a-2025-copy.txt", "甲市", 2025);
    assertThat(Attainment.pair(List.of(a2024, a2025, copy2025))).isEmpty();
  }

  @Test
  void oneAttainmentIsSharedByThreads() throws Exception {
    Attainment shared = Attainment.create();
    WorkReport plan = parse(PLAN_2024);
    WorkReport outcome = parse(OUTCOME_2025);
    List<TargetOutcome> expected = shared.compare(plan, outcome);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<TargetOutcome>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> shared.compare(plan, outcome)));
      }
      for (Future<List<TargetOutcome>> f : runs) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDatedReportAndAPairPrintShort() {
    DatedReport d = dated("a-2024.txt", "甲市", 2024);
    assertThat(d.toString()).isEqualTo("DatedReport[name=a-2024.txt, region=甲市, year=2024 (TEXT)]");
    assertThat(new ReportPair(d, dated("b.txt", null, 2025)).region()).isEqualTo("甲市");
    assertThat(new ReportPair(dated("b.txt", null, 2023), d).region()).isEqualTo("甲市");
  }

  private static DatedReport dated(String name, String region, int year) {
    return new DatedReport(name, parse("地区生产总值增长6%。"), region, year, YearSource.TEXT);
  }

  @Test
  void theOutcomeRecordHoldsTogether() {
    Target t = TargetParser.create().parse("地区生产总值增长6%左右").targets().get(0);
    assertThatThrownBy(() -> new TargetOutcome(t, null, Verdict.MET, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TargetOutcome(t, t, Verdict.MET, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new TargetOutcome(t, null, Verdict.NO_RESULT, null).result()).isNull();
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.DatedReport;
import io.github.workreport.model.Measure;
import io.github.workreport.model.ReportPair;
import io.github.workreport.model.TargetOutcome;
import io.github.workreport.model.Verdict;
import io.github.workreport.model.WorkReport;
import io.github.workreport.model.YearSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The national reports of 2003 to 2019 paired year by year, checked against {@code
 * attainment/national-attainment.tsv}: the targets and results written by reading the texts (GDP
 * growth for every pair, consumer prices and urban new jobs for the last ten).
 */
class NationalAttainmentTest {
  private static final String DIR = "/attainment/national/";
  private static final Map<Integer, List<TargetOutcome>> OUTCOMES = new TreeMap<>();
  private static final List<ReportPair> PAIRS = new ArrayList<>();

  @BeforeAll
  static void compareEveryPair() {
    WorkReportParser parser = WorkReportParser.create();
    List<DatedReport> dated = new ArrayList<>();
    for (int year = 2003; year <= 2019; year++) {
      String name = "national/" + year + ".txt";
      WorkReport r = parser.parseText(resource(DIR + year + ".txt"));
      dated.add(Attainment.date(name, r).orElseThrow(() -> new AssertionError("no year: " + name)));
    }
    PAIRS.addAll(Attainment.pair(dated));
    Attainment attainment = Attainment.create();
    for (ReportPair p : PAIRS) {
      OUTCOMES.put(p.plan().year(), attainment.compare(p));
    }
  }

  @Test
  void consecutiveReportsFormSixteenPairsOfOneCountry() {
    assertThat(PAIRS).hasSize(16);
    for (int i = 0; i < PAIRS.size(); i++) {
      ReportPair p = PAIRS.get(i);
      assertThat(p.plan().year()).isEqualTo(2003 + i);
      assertThat(p.plan().name()).isEqualTo("national/" + (2003 + i) + ".txt");
      assertThat(p.outcome().name()).isEqualTo("national/" + (2004 + i) + ".txt");
      // 2003 and 2017 state their country; the headerless reports between take it from the chain
      assertThat(p.region()).isEqualTo("中华人民共和国");
    }
  }

  @Test
  void eachYearIsReadFromTheBestSourceThereIs() {
    Map<Integer, YearSource> sources = new TreeMap<>();
    for (ReportPair p : PAIRS) {
      sources.put(p.plan().year(), p.plan().yearSource());
      sources.put(p.outcome().year(), p.outcome().yearSource());
    }
    // 2017 has a title block; 2003 and 2013 name no single year in their headings or review, but
    // 2003 names the session it was delivered at ("第十届全国人民代表大会第一次会议")
    assertThat(sources.get(2017)).isEqualTo(YearSource.METADATA);
    assertThat(sources.get(2003)).isEqualTo(YearSource.TEXT);
    assertThat(sources.get(2013)).isEqualTo(YearSource.FILE_NAME);
    assertThat(sources.get(2014)).isEqualTo(YearSource.TEXT); // "一、2013年工作回顾"
    assertThat(sources.get(2004)).isEqualTo(YearSource.TEXT); // "二、2004年主要任务"
  }

  @Test
  void everyRowReadFromTheTextsIsWhatTheComparisonGives() {
    List<String> lines = resource("/attainment/national-attainment.tsv").lines().toList();
    assertThat(lines).hasSize(37);
    int noResult = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] c = line.split("\t", -1);
      int year = Integer.parseInt(c[0]);
      String key = c[1];
      TargetOutcome o = find(year, key, c[2], new BigDecimal(c[3]));
      String where = year + " " + key + " " + c[8];
      assertThat(o.target().upper())
          .as(where)
          .isEqualTo(c[4].isEmpty() ? null : new BigDecimal(c[4]));
      assertThat(o.verdict()).as(where).isEqualTo(Verdict.valueOf(c[6]));
      if (c[5].isEmpty()) {
        noResult++;
        assertThat(o.result()).as(where).isNull();
        assertThat(o.gap()).as(where).isNull();
      } else {
        assertThat(o.result()).as(where).isNotNull();
        assertThat(o.result().value()).as(where).isEqualByComparingTo(c[5]);
        assertThat(o.gap()).as(where).isEqualByComparingTo(c[7]);
        assertThat(c[9]).as(where).contains(o.result().text().strip());
      }
    }
    assertThat(noResult).isEqualTo(5);
  }

  @Test
  void theReportThatGivesOnlyAFiveYearAverageHasNoResultForTheYear() {
    // the 2008 report: "2007年，国内生产总值达到24.66万亿元，比2002年增长65.5%，年均增长10.6%"
    TargetOutcome gdp = find(2007, "gdp", "ABOUT", new BigDecimal("8"));
    assertThat(gdp.verdict()).isEqualTo(Verdict.NO_RESULT);
    // and the 2018 report: "五年来……居民消费价格年均上涨1.9%"
    assertThat(find(2017, "cpi", "ABOUT", new BigDecimal("3")).verdict())
        .isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void aFiveYearGoalOrADifferenceIsNeverSetAgainstOneYear() {
    for (TargetOutcome o : OUTCOMES.get(2011)) {
      if (o.target().text().contains("年均") || o.target().text().contains("五年")) {
        assertThat(o.verdict()).as(o.target().text()).isEqualTo(Verdict.NO_RESULT);
      }
    }
    for (TargetOutcome o : OUTCOMES.get(2017)) {
      if (o.target().text().contains("比去年多")) {
        assertThat(o.verdict()).as(o.target().text()).isEqualTo(Verdict.NO_RESULT);
      }
    }
  }

  @Test
  void theReadmeSnippetSaysWhatTheComparisonGives() throws IOException {
    ReportPair p = PAIRS.get(10);
    assertThat(p.plan().year()).isEqualTo(2013);
    // without names: the 2013 report names its year only in its file name, so the year comes
    // from the 2014 report's headings
    List<TargetOutcome> outcomes =
        Attainment.create().compare(p.plan().report(), p.outcome().report());
    TargetOutcome first = outcomes.get(0);
    assertThat(first.target().indicator() + " " + first.verdict() + " " + first.gap())
        .isEqualTo("国内生产总值 MET 0.2");
    assertThat(outcomes).isEqualTo(OUTCOMES.get(2013));
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(readme)
        .contains(
            "List<TargetOutcome> outcomes = attainment.compare(report2013, report2014);",
            "}   // 国内生产总值 MET 0.2 …",
            "Attainment.date(p.toString(), parser.parse(p)).ifPresent(dated::add);",
            "for (ReportPair pair : Attainment.pair(dated)) {");
  }

  /** The one outcome of {@code year} for the one-year target of {@code key} with this figure. */
  private static TargetOutcome find(int year, String key, String bound, BigDecimal value) {
    List<TargetOutcome> found =
        OUTCOMES.get(year).stream()
            .filter(o -> key.equals(o.target().key()))
            .filter(o -> o.target().bound().name().equals(bound))
            .filter(o -> o.target().value().compareTo(value) == 0)
            .filter(o -> key.equals("urban-new-jobs") || o.target().measure() == Measure.GROWTH)
            .toList();
    assertThat(found).as(year + " " + key + " " + value).hasSize(1);
    return found.get(0);
  }

  private static String resource(String path) {
    try (InputStream in = NationalAttainmentTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sentence that names no time of its own is of the year its paragraph opened on, when that year
 * is the one the report reviews or plans; not after a look back over years of their own, nor when
 * the opening sentence itself speaks of several years.
 */
class ParagraphYearPeriodTest {
  private static final String VENUE = "政府工作报告\n——2026年1月10日在市第十六届人民代表大会第五次会议上\n";

  private static List<String> periods(String body) {
    WorkReport r = WorkReportParser.create().parse(VENUE + body);
    return r.targets().stream().map(t -> t.indicator() + " " + period(t)).toList();
  }

  private static String period(Target t) {
    return t.period() == null ? "-" : t.period();
  }

  @Test
  void aReviewParagraphDatesItsLaterSentences() {
    assertThat(periods("2025年，全市经济运行稳中有进。地区生产总值增长5.2%，粮食产量达到120万吨。\n"))
        .containsExactly("地区生产总值 2025", "粮食产量 2025");
  }

  @Test
  void theSameInAsciiPunctuation() {
    assertThat(periods("2025年,全市经济运行稳中有进.地区生产总值增长5.2%,粮食产量达到120万吨.\n"))
        .containsExactly("地区生产总值 2025", "粮食产量 2025");
  }

  @Test
  void aSentenceOfTargetsKeepsThePlanYear() {
    assertThat(periods("2026年，全市将坚持稳中求进工作总基调。经济社会发展的主要预期目标是：地区生产总值增长6%左右；固定资产投资增长8%。\n"))
        .containsExactly("地区生产总值 2026", "固定资产投资 2026");
  }

  @Test
  void aLookBackOverYearsEndsIt() {
    assertThat(periods("2025年，全市经济运行稳中有进。过去五年，全市新建学校36所。\n")).containsExactly("学校 -");
  }

  @Test
  void anOpeningThatSpeaksOfSeveralYearsDatesNothingAfterIt() {
    assertThat(periods("2025年全市生产总值达到1200亿元，五年平均每年增长5.5%。工业增加值增长40%。\n")).contains("工业增加值 -");
  }

  @Test
  void aYearFarFromTheReportsOpensAReviewOfSeveralYears() {
    assertThat(periods("2021年发生特大洪水后，全市实施了一批重大工程。新建堤防120公里。\n")).containsExactly("堤防 -");
  }
}

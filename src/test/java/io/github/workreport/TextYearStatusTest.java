package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.WorkReport;
import org.junit.jupiter.api.Test;

/**
 * A report without a dated header is read in the year its headings speak for, and its metadata
 * still says no year.
 */
class TextYearStatusTest {
  private static final String HEADERLESS =
      """
      一、2020年工作回顾
      2020年地区生产总值增长5%。2021年全市一般公共预算收入安排为300亿元。
      二、2021年工作安排
      工农业总产值比2020年预计增长5.5%。
      """;

  private static Target target(WorkReport r, String indicator) {
    return r.targets().stream()
        .filter(t -> t.indicator().equals(indicator))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theYearOfTheHeadingsDecidesButStaysOutOfTheMetadata() {
    WorkReport r = WorkReportParser.create().parse(HEADERLESS);
    assertThat(r.metadata().year()).isNull();
    // a figure for the report's own year, in its review part, is a plan
    assertThat(target(r, "一般公共预算收入").status()).isEqualTo(TargetStatus.PLANNED);
    assertThat(target(r, "地区生产总值").status()).isEqualTo(TargetStatus.REPORTED);
    assertThat(target(r, "工农业总产值").status()).isEqualTo(TargetStatus.PLANNED);
  }

  @Test
  void withoutAYearTheReviewPartDecides() {
    WorkReport r =
        WorkReportParser.create().parse("一、工作回顾\n全市一般公共预算收入安排为300亿元。\n二、今年工作安排\n粮食产量增长2%。\n");
    assertThat(r.metadata().year()).isNull();
    assertThat(target(r, "一般公共预算收入").status()).isEqualTo(TargetStatus.REPORTED);
  }
}

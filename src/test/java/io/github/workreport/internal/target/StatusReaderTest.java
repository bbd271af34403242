package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Tier;
import org.junit.jupiter.api.Test;

class StatusReaderTest {
  /** The status of the first figure of a one-sentence text. */
  private static TargetStatus status(Integer year, String text, PartClass part) {
    String n = TextNormalizer.normalize(text);
    StatusReader r = new StatusReader(year);
    r.paragraph(n);
    Figure f = FigureReader.read(n, 0, n.length()).get(0);
    r.sentence(0, n.length());
    Clause c = new Clause(text, n, 0, n.length(), 0, n.length());
    return r.status(c, f.start(), f.end(), part, FigurePeriod.of(n, 0, f.start()));
  }

  @Test
  void wordsOfThePastAndOfPlans() {
    assertThat(status(null, "地区生产总值同比增长6%", PartClass.PLAN)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "力争地区生产总值增长6%", PartClass.REVIEW)).isEqualTo(TargetStatus.PLANNED);
    assertThat(status(null, "地区生产总值增长6%", PartClass.PLAN)).isEqualTo(TargetStatus.PLANNED);
    assertThat(status(null, "地区生产总值增长6%", PartClass.REVIEW)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "比上年增加300人", PartClass.OTHER)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "拟安排520亿元，比上年增加30亿元", PartClass.OTHER)).isEqualTo(TargetStatus.PLANNED);
  }

  @Test
  void aYearNamedDecidesAgainstTheReportsYear() {
    assertThat(status(2025, "2024年地区生产总值增长5%", PartClass.PLAN)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(2025, "到2027年森林覆盖率达到27%", PartClass.REVIEW)).isEqualTo(TargetStatus.PLANNED);
    assertThat(status(null, "一九七一年到一九七八年的人口自然增长率由29‰降到6.1‰", PartClass.PLAN))
        .isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "人口自然增长率由29‰降到6.1‰", PartClass.PLAN)).isEqualTo(TargetStatus.PLANNED);
  }

  @Test
  void aYearComparedWithIsNotTheYearOfTheFigure() {
    assertThat(status(1981, "工农业总产值比1980年预计增长5.5%", PartClass.PLAN))
        .isEqualTo(TargetStatus.PLANNED);
    assertThat(status(1988, "我国国民生产总值将比１９８０年增长１．７倍", PartClass.PLAN))
        .isEqualTo(TargetStatus.PLANNED);
    assertThat(status(2021, "2021年工业总产值比2020年增长8%", PartClass.OTHER))
        .isEqualTo(TargetStatus.PLANNED);
    assertThat(status(2021, "单位产值能耗较2020年下降3%", PartClass.OTHER))
        .isEqualTo(TargetStatus.REPORTED); // no year of its own: the part decides
    assertThat(status(2021, "2020年工业总产值比2019年增长8%", PartClass.PLAN))
        .isEqualTo(TargetStatus.REPORTED);
    assertThat(status(2010, "“十一五”前四年单位国内生产总值能耗下降14.38%", PartClass.PLAN))
        .isEqualTo(TargetStatus.REPORTED);
    assertThat(status(2010, "“十一五”期间单位国内生产总值能耗下降20%", PartClass.OTHER))
        .isEqualTo(TargetStatus.PLANNED);
  }

  @Test
  void thisFiveYearsOpeningASentenceLooksBack() {
    assertThat(status(null, "这五年，我们培育形成3个产业集群", PartClass.PLAN)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "在这五年里，我们要培育形成3个产业集群", PartClass.PLAN)).isEqualTo(TargetStatus.PLANNED);
  }

  @Test
  void aProgrammeNamedWithPlanIsNoPlan() {
    assertThat(status(null, "入选国家“万人计划”专家15人", PartClass.REVIEW)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "计划新建学校15所", PartClass.REVIEW)).isEqualTo(TargetStatus.PLANNED);
    assertThat(status(null, "钢完成计划的96%", PartClass.OTHER)).isEqualTo(TargetStatus.REPORTED);
  }

  @Test
  void thisYearLooksAheadButNotThisYearSoFar() {
    assertThat(status(null, "今年的行政经费预算一律削减10%", PartClass.REVIEW)).isEqualTo(TargetStatus.PLANNED);
    assertThat(status(null, "今年以来新增就业1200人", PartClass.OTHER)).isEqualTo(TargetStatus.REPORTED);
  }

  @Test
  void aComparisonBaseIsOfThePast() {
    assertThat(status(null, "比一九五八年的2800万吨增长25%", PartClass.PLAN)).isEqualTo(TargetStatus.REPORTED);
    assertThat(status(null, "比上年的120亿元增长5%", PartClass.PLAN)).isEqualTo(TargetStatus.REPORTED);
  }

  @Test
  void aPastFrameCarriesToTheNextSentenceOnly() {
    String n = "过去一年，我们攻坚克难。地区生产总值增长5.2%。";
    StatusReader r = new StatusReader(null);
    r.paragraph(n);
    r.sentence(0, 12);
    r.sentence(13, n.length());
    Clause c = new Clause(n, n, 13, n.length(), 13, n.length());
    assertThat(r.status(c, n.indexOf('5'), n.indexOf('%') + 1, PartClass.PLAN, null))
        .isEqualTo(TargetStatus.REPORTED);
  }

  /**
   * The status of the first figure of the last sentence of a paragraph of sentences ending in 。.
   */
  private static TargetStatus lastSentence(Integer year, String text, PartClass part) {
    String n = TextNormalizer.normalize(text);
    StatusReader r = new StatusReader(year);
    r.paragraph(n);
    int from = 0;
    for (int end = n.indexOf('。'); end >= 0 && end + 1 < n.length(); end = n.indexOf('。', from)) {
      r.sentence(from, end);
      from = end + 1;
    }
    r.sentence(from, n.length());
    Figure f = FigureReader.read(n, from, n.length()).get(0);
    Clause c = new Clause(text, n, from, n.length(), from, n.length());
    return r.status(c, f.start(), f.end(), part, FigurePeriod.of(n, from, f.start()));
  }

  @Test
  void aSentenceWithoutAYearIsOfTheYearAnEarlierOneOpenedOn() {
    String budget = "1956年国家预算收入中，各项税收为139.8亿元。各项税收中，工商税收为99.7亿元。";
    assertThat(lastSentence(1956, budget, PartClass.OTHER)).isEqualTo(TargetStatus.PLANNED);
    assertThat(lastSentence(1957, budget, PartClass.OTHER)).isEqualTo(TargetStatus.REPORTED);
    assertThat(lastSentence(null, budget, PartClass.OTHER)).isEqualTo(TargetStatus.REPORTED);
    String review = "2011年，是开局之年，做好今年的工作至关重要。过去一年，国内生产总值增长10.3%。";
    assertThat(lastSentence(2011, review, PartClass.PLAN)).isEqualTo(TargetStatus.REPORTED);
  }

  @Test
  void periods() {
    assertThat(FigurePeriod.of("“十四五”时期增长6%", 0, 9)).isEqualTo("2021-2025");
    assertThat(FigurePeriod.of("2023年增长6%", 0, 7)).isEqualTo("2023");
    assertThat(FigurePeriod.of("2020年以来增长6%", 0, 9)).isNull();
    assertThat(FigurePeriod.of("1948年增长6%", 0, 7)).isNull();
    assertThat(FigurePeriod.of("1949年增长6%", 0, 7)).isEqualTo("1949");
    assertThat(FigurePeriod.of("一九五八年增长6%", 0, 8)).isEqualTo("1958");
    assertThat(FigurePeriod.of("一九四八年增长6%", 0, 8)).isNull();
    assertThat(FigurePeriod.of("一一九五八年增长6%", 0, 9)).isNull(); // five digits are no year
    assertThat(FigurePeriod.of("三千五百年增长6%", 0, 8)).isNull();
  }

  private static String period(String text) {
    String n = TextNormalizer.normalize(text);
    return FigurePeriod.of(n, 0, FigureReader.read(n, 0, n.length()).get(0).start());
  }

  @Test
  void aYearComparedWithIsNoPeriod() {
    assertThat(period("比1980年预计增长5.5%")).isNull();
    assertThat(period("1981年工农业总产值比1980年增长5.5%")).isEqualTo("1981");
    assertThat(period("较2020年下降13.5%")).isNull();
    assertThat(period("2025年较2020年下降13.5%")).isEqualTo("2025");
    assertThat(period("与2020年相比，能耗下降13.5%")).isNull();
    assertThat(period("同１９５５年国家决算比较，本年收入增长９．２９％")).isNull();
    assertThat(period("同2020年一样，收入增长9%")).isEqualTo("2020");
    assertThat(period("以2020年为基数，能耗下降13.5%")).isNull();
    assertThat(period("比例由2020年的56%提高到60%", 1)).isNull();
    assertThat(period("收入从2020年底的3万元增长到4万元", 1)).isNull();
    assertThat(period("从2021年起，每年增长5%")).isEqualTo("2021");
    assertThat(period("到2030年达到60%")).isEqualTo("2030");
    assertThat(period("产值603亿元（按1952年不变价格计算），比1956年增长3.5%", 1)).isNull();
  }

  @Test
  void aYearWhoseFigureFollowsItsDeIsThatFiguresOwn() {
    assertThat(period("比一九五二年的八百二十七亿元增长百分之六十八")).isEqualTo("1952");
    assertThat(period("财政赤字从1979年的170亿元减少到127亿元")).isEqualTo("1979");
    assertThat(period("积累率由1978年的36.5%降为33.6%")).isEqualTo("1978");
  }

  @Test
  void theYearsBeforeANamedOneAndTheStartOfAChange() {
    String s = "2006 年，单位国内生产总值能耗由前三年分别上升4.9%、5.5%、0.2%，转为下降1.2%";
    assertThat(period(s, 0)).isEqualTo("2003-2005"); // 4.9%、5.5%、0.2%: one figure, three values
    assertThat(period(s, 1)).isEqualTo("2006");
    assertThat(period("1956年，超过了前三年平均每年增加的水平23亿元")).isEqualTo("1953-1955");
    assertThat(period("产量比前两年增长5%")).isNull();
    assertThat(period("前三年增长5%")).isNull(); // no year to count back from
  }

  @Test
  void theFirstYearsOfAPlan() {
    assertThat(period("“十一五”前四年累计能耗下降14.38%")).isEqualTo("2006-2009");
    assertThat(period("\"十二五\"头两年累计能耗下降5%")).isEqualTo("2011-2012");
    assertThat(period("“十一五”时期能耗下降20%")).isEqualTo("2006-2010");
    assertThat(period("“十一五”前八年能耗下降20%")).isEqualTo("2006-2010");
  }

  private static String period(String text, int figure) {
    String n = TextNormalizer.normalize(text);
    return FigurePeriod.of(n, 0, FigureReader.read(n, 0, n.length()).get(figure).start());
  }

  private static Tier tier(String s) {
    return StatusReader.tier(s, 0, s.length());
  }

  @Test
  void tiersAndHeadlines() {
    assertThat(tier("增长7.8%的争取值")).isEqualTo(Tier.STRIVE);
    assertThat(tier("增长7%的目标值、7.8%的争取值")).isEqualTo(Tier.TARGET);
    assertThat(tier("增长12.5%的奋斗值")).isEqualTo(Tier.STRETCH);
    assertThat(tier("增长12.5%")).isNull();
    assertThat(StatusReader.headlineStart("今年的主要预期目标是:增长6%")).isEqualTo(3);
    assertThat(StatusReader.headlineStart("主要经济指标增速高于全国平均水平")).isEqualTo(-1);
    assertThat(StatusReader.headlineStart("主要经济指标的目标值:增长6%")).isZero();
    assertThat(StatusReader.headlineStart("今年计划要求,国民生产总值增长百分之六")).isZero();
  }
}

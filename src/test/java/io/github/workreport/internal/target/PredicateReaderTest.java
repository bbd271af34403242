package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.PredicateReader.Predicate;
import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Bound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredicateReaderTest {
  /** The words before a figure, read: "subject|verb|kind|suffix". */
  private static String read(String before) {
    String n = TextNormalizer.normalize(before);
    PredicateReader.Near near = PredicateReader.near(n, 0, n.length());
    Predicate p = PredicateReader.predicate(n, 0, near.end(), false, false);
    return before.substring(p.subject().from(), p.subject().to())
        + "|"
        + p.verb()
        + "|"
        + p.kind()
        + "|"
        + p.suffix();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "国内生产总值增长; 国内生产总值|增长|GROWTH|",
        "经济增长; 经济增长|增长|GROWTH|",
        "居民消费价格涨幅; 居民消费价格|涨幅|GROWTH|",
        "城镇调查失业率; 城镇调查失业率|null|null|",
        "城镇新增就业; 城镇新增就业|null|null|",
        "农村劳动力转移就业; 农村劳动力转移就业|null|null|",
        "科技创新投入; 科技创新投入|null|null|",
        "国家财政将每年安排支出; 国家财政|null|ACTION|支出",
        "今年中央财政拟安排“三农”投入; “三农”投入|null|ACTION|",
        "高速公路里程从8000公里增加到; 高速公路里程|增加到|TO_LEVEL|",
        "零售物价上涨幅度控制在; 零售物价上涨幅度|null|null|",
        "增速高于全国; 增速|null|COMPARE|",
        "参保人数增加1.4亿、覆盖; |覆盖|ACTION|",
      })
  void readsTheVerbAndItsSubject(String before, String expected) {
    assertThat(read(before)).isEqualTo(expected);
  }

  @Test
  void setsTheBoundAndAdverbsNextToTheFigureAside() {
    String n = "全社会研发投入年均增长超";
    PredicateReader.Near near = PredicateReader.near(n, 0, n.length());
    assertThat(near.bound()).isEqualTo(Bound.AT_LEAST);
    assertThat(n.substring(0, near.end())).isEqualTo("全社会研发投入年均增长");
    String year = "提高到2025年的";
    assertThat(PredicateReader.near(year, 0, year.length()).end()).isEqualTo(3);
  }

  @Test
  void readsYearsBeforeAFigure() {
    assertThat(PredicateReader.yearBefore("由2020年的", 0, 7)).isEqualTo(6);
    assertThat(PredicateReader.yearBefore("由一九五四年的", 0, 7)).isEqualTo(6);
    assertThat(PredicateReader.yearBefore("由20年的", 0, 5)).isZero();
    assertThat(PredicateReader.yearBefore("由十年", 0, 3)).isZero();
  }

  @Test
  void aVerbThatEndsAnotherWordIsNoVerb() {
    assertThat(PredicateReader.rightVerb("城镇化率作为", 0, 6)).isNull();
    assertThat(PredicateReader.rightVerb("涨幅为", 0, 3)).isEqualTo("为");
    assertThat(PredicateReader.rightVerb("城镇新增就业", 0, 6)).isNull();
  }

  @Test
  void findsTheReferenceOfAMultiple() {
    String n = "、是十年前的";
    assertThat(PredicateReader.reference(n, 0, n.length())).isEqualTo(1);
    assertThat(PredicateReader.reference("增长", 0, 2)).isEqualTo(-1);
  }

  @Test
  void listsOfClausesAndOfNouns() {
    assertThat(PredicateReader.hasVerb("水电、风电", 0, 5)).isFalse();
    assertThat(PredicateReader.hasVerb("参保人数增加", 0, 6)).isTrue();
    assertThat(read("水电、风电、光伏发电量占比达")).startsWith("水电、风电、光伏发电量占比|达|LEVEL");
    assertThat(VerbKind.values()).hasSize(8);
  }
}

package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Bound;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureReaderTest {
  private static List<Figure> read(String text) {
    String n = TextNormalizer.normalize(text);
    return FigureReader.read(n, 0, n.length());
  }

  private static String describe(Figure f) {
    StringBuilder sb = new StringBuilder();
    for (Figure.Value v : f.values()) {
      sb.append(v.value().toPlainString())
          .append(v.upper() == null ? "" : "-" + v.upper().toPlainString())
          .append(v.unit() == null ? "" : "(" + v.unit() + ")")
          .append(' ');
    }
    return sb.append(f.unitAsWritten()).append(f.bound() == null ? "" : " " + f.bound()).toString();
  }

  @Test
  void readsTheUnitAndTheBoundAfterIt() {
    assertThat(read("增长7.2%以上").stream().map(FigureReaderTest::describe))
        .containsExactly("7.2 % AT_LEAST");
    assertThat(read("粮食产量1.3万亿斤左右").stream().map(FigureReaderTest::describe))
        .containsExactly("1.3 万亿斤 ABOUT");
    assertThat(read("控制在4.5%以内").get(0).bound()).isEqualTo(Bound.AT_MOST);
  }

  @Test
  void readsACountInWanWithoutAUnit() {
    assertThat(read("农村贫困人口减少1240万。").stream().map(FigureReaderTest::describe))
        .containsExactly("1240 万");
    assertThat(read("再减少1000万以上,").stream().map(FigureReaderTest::describe))
        .containsExactly("1000 万 AT_LEAST");
    assertThat(read("分别增加1753万和2028万;").stream().map(FigureReaderTest::describe))
        .containsExactly("1753 2028 万");
    assertThat(read("分别净减少10.6万、3.8万、3.3万平方公里").stream().map(FigureReaderTest::describe))
        .containsExactly("10.6 3.8 3.3 万平方公里");
    assertThat(read("人口已达14亿")).hasSize(1);
  }

  @Test
  void aCountInWanThatGoesOnIsNoBareCount() {
    assertThat(read("解决6000万农村人口饮水问题")).isEmpty();
    assertThat(read("连续跨越7万亿、8万亿、9万亿三个大台阶")).isEmpty();
    assertThat(read("裁减军队员额20万的任务")).isEmpty();
  }

  @Test
  void aListOfMagnitudesTakesTheUnitWrittenAfterItsLastNumber() {
    // not bare counts: the 元 written once is every number's, each under its own magnitude
    assertThat(read("分别达1.28万亿、1.18万亿、8200亿元").stream().map(FigureReaderTest::describe))
        .containsExactly("1.28 万亿元", "1.18 万亿元", "8200 亿元");
    assertThat(read("分别达到1.2万、8000人").stream().map(FigureReaderTest::describe))
        .containsExactly("1.2 万人", "8000 人");
    assertThat(read("分别为7万亿、8万亿、9万亿三个台阶")).isEmpty();
  }

  @Test
  void readsParallelValuesWithTheirBounds() {
    assertThat(read("分别增长2%、4%和8%").stream().map(FigureReaderTest::describe))
        .containsExactly("2 4 8 %");
    assertThat(read("分别增长3.5%左右、6%左右").stream().map(FigureReaderTest::describe))
        .containsExactly("3.5 6 % ABOUT");
    assertThat(read("分别净减少10.6万、3.8万、3.3万平方公里").stream().map(FigureReaderTest::describe))
        .containsExactly("10.6 3.8 3.3 万平方公里");
    assertThat(read("六十元、七十元或者八十元").stream().map(FigureReaderTest::describe))
        .containsExactly("60 70 80 元");
  }

  @Test
  void aListHoldsAtMostItsLimit() {
    String list = String.join("、", Collections.nCopies(TargetRules.LIST_MAX + 4, "5%"));
    List<Figure> figures = read(list);
    assertThat(figures.get(0).values()).hasSize(TargetRules.LIST_MAX);
    assertThat(figures).hasSize(2);
  }

  @Test
  void aValueWithoutItsUnitEndsAListUnlessAMarkFollows() {
    // "二氧化碳" after a list mark is no value of the list
    assertThat(read("能耗下降8.1%、二氧化碳排放下降14.1%").stream().map(FigureReaderTest::describe))
        .containsExactly("8.1 %", "14.1 %");
  }

  @Test
  void readsRateUnitsAndAsides() {
    assertThat(read("低保标准801元/月、7226元/年").stream().map(FigureReaderTest::describe))
        .containsExactly("801 7226(元/年) 元/月");
    Figure aside = read("改造47.63万户（套）、老旧小区").get(0);
    assertThat(aside.unitAsWritten()).isEqualTo("万户");
    assertThat(aside.end()).isEqualTo(TextNormalizer.normalize("改造47.63万户（套）").length());
  }

  @Test
  void moreThanBeforeTheUnitIsALowerBound() {
    assertThat(read("安排七百多万人就业").stream().map(FigureReaderTest::describe))
        .containsExactly("700 万人 AT_LEAST");
    assertThat(read("三千多万平方米").stream().map(FigureReaderTest::describe))
        .containsExactly("3000 万平方米 AT_LEAST");
    assertThat(read("原油达到一亿一千四百多万吨").stream().map(FigureReaderTest::describe))
        .containsExactly("11400 万吨 AT_LEAST");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "第十九届人民代表大会第五次会议",
        "坚持“1246”总体思路",
        "发生7.1级地震",
        "建设500千伏线路",
        "取消8座以下小汽车限购",
        "实施亿元以上项目",
        "30万吨级航道",
        "三分之一以上的县",
        "14亿多人口大国",
        "0—6岁儿童",
        "3岁以下婴幼儿",
        "超200亿元县",
        "进入前1%",
        "建设一个中心",
        "做到两个维护",
        "实现四个现代化",
        "推进G30沿线"
      })
  void passesOverWhatIsNoQuantity(String text) {
    assertThat(read(text)).isEmpty();
  }

  @Test
  void aSmallChineseCountIsAFigureRightAfterAVerbOfWork() {
    assertThat(read("建设两三个示范点")).hasSize(1);
    assertThat(read("提高一个百分点")).hasSize(1);
    assertThat(read("新增三个园区")).hasSize(1);
    assertThat(read("十一个园区")).hasSize(1); // past the limit a Chinese count is a figure
  }

  @Test
  void aClassAfterAMeasureVerbIsARunOfTargets() {
    assertThat(read("增长7.2%以上社会消费品零售总额增长6%以上")).hasSize(2);
    assertThat(read("粮食产量达到1.3万亿斤以上粮食播种面积稳定在1.7亿亩")).hasSize(2);
  }

  @Test
  void aFractionWordSetsTheUnit() {
    assertThat(read("降到千分之十左右").stream().map(FigureReaderTest::describe))
        .containsExactly("10 ‰ ABOUT");
    assertThat(read("增长百分之八至九").stream().map(FigureReaderTest::describe)).containsExactly("8-9 %");
  }
}

package io.github.workreport.internal.target;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineLengthTest {
  private static Carried after(String subject, String unit) {
    return new Carried(subject, null, null, null, unit);
  }

  @ParameterizedTest
  @CsvSource({
    "运营里程, 地铁新线, 条, 地铁运营里程",
    "总里程, 地铁运营里程, 公里, 地铁总里程",
    "运营里程, 城市轨道交通运营线路, 条, 城市轨道交通运营里程",
    "里程, 新开工铁路, 公里, 铁路里程",
    "總里程, 高速公路通車里程, 公里, 高速公路總里程"
  })
  void aBareLengthTakesTheNetworkOfTheLinesBefore(
      String name, String subject, String unit, String named) {
    assertThat(LineLength.of(name, after(subject, unit))).isEqualTo(named);
  }

  @Test
  void aNamedLengthOrNoLinesBeforeLeavesTheName() {
    assertThat(LineLength.of("高铁营业里程", after("地铁新线", "条"))).isNull();
    assertThat(LineLength.of("里程", after("县", "个"))).isNull();
    assertThat(LineLength.of("里程", after("铁路投资", "亿元"))).isNull();
    assertThat(LineLength.of("里程", new Carried(null, null, null, null))).isNull();
    assertThat(LineLength.of("产量", after("地铁新线", "条"))).isNull();
    assertThat(LineLength.of("总里程", after("运营里程", "公里"))).isNull();
    assertThat(LineLength.of("总里程", after("2号线", "公里"))).isNull();
  }
}

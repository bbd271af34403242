package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2025年1月4日在肃州区|2025-01-04",
        "发布时间:2023-07-02 12:29:08|2023-07-02",
        "2024/05/24|2024-05-24",
        "2024.5.24|2024-05-24",
        "——二〇二五年一月十四日在|2025-01-14",
        "一九五五年七月五日|1955-07-05",
        "2021年04月27日|2021-04-27",
        "2025年3月31号|2025-03-31",
      })
  void findsDates(String s, LocalDate date) {
    assertThat(DateReader.find(s, 0).date()).isEqualTo(date);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "2025年",
        "2025年13月1日",
        "2025年2月30日",
        "增长7.2%",
        "12345-01-01",
        "2025-1-1234",
        "1800年1月1日",
        "2025年一月",
        "2025-01"
      })
  void refusesWhatIsNotAFullDate(String s) {
    assertThat(DateReader.find(s, 0)).isNull();
  }
}

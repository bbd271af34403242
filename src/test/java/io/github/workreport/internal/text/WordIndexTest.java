package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordIndexTest {
  private final WordIndex index = new WordIndex(List.of("增长", "年均增长", "增", "下降", "", "增长"));

  @Test
  void findsTheLongestWordAtAPlaceWithinALimit() {
    String s = "年均增长5%，下降";
    assertThat(index.at(s, 0)).isEqualTo("年均增长");
    assertThat(index.at(s, 2)).isEqualTo("增长");
    assertThat(index.at(s, 2, 3)).isEqualTo("增"); // the limit cuts 增长 off
    assertThat(index.at(s, 1)).isNull();
    assertThat(index.at(s, -1)).isNull();
    assertThat(index.at(s, s.length())).isNull();
  }

  @Test
  void findsTheLongestWordEndingAtAPlace() {
    String s = "人均收入年均增长";
    assertThat(index.endingAt(s, 0, s.length())).isEqualTo("年均增长");
    assertThat(index.endingAt(s, 5, s.length())).isEqualTo("增长"); // 年均增长 would start before 5
    assertThat(index.endingAt(s, 0, 3)).isNull();
    assertThat(index.endingAt(s, 4, 4)).isNull();
  }

  @Test
  void tellsWhetherAWordStandsWhollyInsideARange() {
    String s = "经济增长，物价下降";
    assertThat(index.occursIn(s, 0, 2)).isFalse();
    assertThat(index.occursIn(s, 0, 3)).isTrue(); // 增 alone
    assertThat(index.occursIn(s, 5, 9)).isTrue();
    assertThat(index.occursIn(s, 5, 8)).isFalse();
    assertThat(index.startingWith('增')).containsExactly("增长", "增");
    assertThat(index.startingWith('经')).isNull();
  }

  @Test
  void wordSetsAnswerForEachListAndRange() {
    WordSets sets = new WordSets(List.of(List.of("同比", "已"), List.of("力争", "同比增长")));
    String s = "力争增长5%，同比增长3%，已完成";
    WordSets.Hits hits = sets.hits(s);
    assertThat(hits.any(1, 0, 2)).isTrue();
    assertThat(hits.any(0, 0, 2)).isFalse();
    assertThat(hits.any(0, 7, 9)).isTrue(); // 同比 inside 同比增长: both words are found at one place
    assertThat(hits.any(1, 7, 10)).isFalse(); // 同比增长 does not fit
    assertThat(hits.any(1, 7, 11)).isTrue();
    assertThat(hits.any(0, 14, 15)).isTrue();
    assertThat(hits.any(0, 15, 18)).isFalse();
    List<List<String>> tooMany = Collections.nCopies(32, List.of("x"));
    assertThatThrownBy(() -> new WordSets(tooMany)).isInstanceOf(IllegalArgumentException.class);
  }
}

package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Authors' names in a byline. */
class BylinesTest {

  @Test
  void namesSetWithSpacesBetweenCharactersPairUp() {
    assertThat(Bylines.names("孙 艳 李 云")).containsExactly("孙艳", "李云");
  }

  @Test
  void namesSeparatedBySpacesOrEnumerationCommas() {
    assertThat(Bylines.names("张三 李四")).containsExactly("张三", "李四");
    assertThat(Bylines.names("张三、李四")).containsExactly("张三", "李四");
  }

  @Test
  void keysAndNewsroomWordsAreNotNames() {
    assertThat(Bylines.names("记者 张三")).containsExactly("张三");
  }

  @Test
  void theClosingBylineOfTheLastParagraph() {
    assertThat(Bylines.byline(Stages.blocks("会议强调，要狠抓落实。(孙 艳 李 云)\n"))).containsExactly("孙艳", "李云");
    assertThat(Bylines.byline(Stages.blocks("会议强调，要狠抓落实(2024年)。\n"))).isEmpty();
  }
}

package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineUnitsTest {

  private static List<Block> split(String text) {
    return InlineUnits.split(Stages.blocks(text));
  }

  @Test
  void aParagraphOpeningASequenceIsSplitIntoHeadingAndIntro() {
    String text = "（一）扩大内需。坚持内需主导。\n（二）稳定就业。确保新增就业1万人。";
    List<Block> blocks = split(text);
    assertThat(blocks).hasSize(4);
    Block.Heading h = (Block.Heading) blocks.get(0);
    assertThat(h.inline()).isTrue();
    assertThat(h.number()).isEqualTo("（一）");
    assertThat(h.title()).isEqualTo("扩大内需");
    assertThat(h.span()).isEqualTo(new Span(0, 8));
    Block.Para intro = (Block.Para) blocks.get(1);
    assertThat(intro.intro()).isTrue();
    assertThat(intro.view().text()).isEqualTo("坚持内需主导。");
    assertThat(intro.span().slice(text)).isEqualTo("坚持内需主导。");
  }

  @Test
  void aFirstValueNeedsItsSecondBeforeTheScopeCloses() {
    assertThat(split("（一）扩大内需。坚持内需主导。\n正文。")).allMatch(b -> b instanceof Block.Para);
    // the second comes only after a heading line of another style: the scope closed before it
    assertThat(split("（一）扩大内需。坚持内需主导。\n二、民生\n（二）稳定就业。确保就业。").get(0)).isInstanceOf(Block.Para.class);
  }

  @Test
  void aValueOutOfSequenceStaysText() {
    List<Block> blocks = split("（一）扩大内需。坚持内需主导。\n（二）稳定就业。确保就业。\n（五）号文件要落实。各地要抓紧。");
    assertThat(blocks.get(blocks.size() - 1)).isInstanceOf(Block.Para.class);
  }

  @Test
  void theTitleIsTheLeadSentenceOrABoundedFirstClause() {
    assertThat(InlineUnits.titleEnd("(一)扩大内需。坚持。", 3)).isEqualTo(8);
    assertThat(InlineUnits.titleEnd("(一)扩大“内需。主导”,坚持。", 3)).isEqualTo(16); // not inside quotes
    String longSentence = "(一)" + "扩大内需".repeat(30) + ",坚持" + "。";
    assertThat(InlineUnits.titleEnd(longSentence, 3)).isEqualTo(3 + LineRules.INLINE_TITLE_MAX);
    String longWithClause = "(一)扩大内需,坚持" + "主导".repeat(60) + "。";
    assertThat(InlineUnits.titleEnd(longWithClause, 3)).isEqualTo(7);
    assertThat(InlineUnits.titleEnd("(一)扩大内需", 3)).isEqualTo(7);
  }

  @Test
  void aNumberedLineThatReadsAsASentenceOutOfSequenceIsText() {
    List<Block> blocks = split("一、总体要求\n（3）号文件提出的措施，要落到实处。\n正文。");
    assertThat(blocks.get(1)).isInstanceOf(Block.Para.class);
    assertThat(split("（一）总体要求\n（二）号文件提出的措施，要落到实处。\n正文。").get(1)).isInstanceOf(Block.Heading.class);
  }
}

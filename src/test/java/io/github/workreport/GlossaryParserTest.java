package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.GlossaryEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryParserTest {

  @Test
  void readsAClauseInJShell() {
    List<GlossaryEntry> entries = GlossaryParser.create().parse("【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).items()).containsExactly("稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期");
    assertThat(entries.get(0).definition()).isEqualTo("指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
  }

  @Test
  void mentionsAreFoundOutsideTheEntry() {
    String text = "做好“六稳”工作，落实“六保”任务。\n【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n继续做好六稳。";
    GlossaryEntry e = GlossaryParser.create().parse(text).get(0);
    assertThat(e.mentions()).hasSize(2);
    assertThat(e.mentions().get(0).slice(text)).isEqualTo("六稳");
  }

  @Test
  void sortsByPinyin() {
    List<GlossaryEntry> entries = GlossaryParser.create().parse(String.join("\n",
        "【放管服】指简政放权、放管结合、优化服务。", "【三变】指资源变资产、资金变股金、农民变股东。", "【“八大行动”】指网格提效、社区提档。",
        "【六稳】指稳就业、稳金融。"));
    assertThat(GlossaryParser.sortedByPinyin(entries).stream().map(GlossaryEntry::term).toList())
        .containsExactly("“八大行动”", "放管服", "六稳", "三变");
    assertThat(GlossaryParser.sortedByPinyin(entries).get(0).ordinal()).isEqualTo(3);
  }

  @Test
  void anEntryWithNothingAfterItsTermTakesTheNextLine() {
    // found by random inputs: an empty definition once crashed the continuation check
    List<GlossaryEntry> entries = GlossaryParser.create().parse("【六稳】\n稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).items()).hasSize(6);
  }

  @Test
  void misuseThrows() {
    assertThatThrownBy(() -> GlossaryParser.create().parse(null)).hasMessage("text");
    assertThatThrownBy(() -> GlossaryParser.sortedByPinyin(null)).hasMessage("entries");
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.WorkReport;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryParserTest {

  @Test
  void readsAClauseInJShell() {
    List<GlossaryEntry> entries =
        GlossaryParser.create().parse("【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。").entries();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).items()).containsExactly("稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期");
    assertThat(entries.get(0).definition()).isEqualTo("指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
  }

  @Test
  void mentionsAreFoundOutsideTheEntry() {
    String text = "做好“六稳”工作，落实“六保”任务。\n【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n继续做好六稳。";
    GlossaryEntry e = GlossaryParser.create().parse(text).entries().get(0);
    assertThat(e.mentions()).hasSize(2);
    assertThat(e.mentions().get(0).slice(text)).isEqualTo("六稳");
  }

  @Test
  void overlappingKeysAndRepeatedMentionsAreEachFound() {
    String text = "【六稳】指稳就业、稳金融。\n【稳就业】指保障就业。\n六稳六稳，稳就业；六六稳。";
    List<GlossaryEntry> entries = GlossaryParser.create().parse(text).entries();
    assertThat(entries).extracting(GlossaryEntry::term).containsExactly("六稳", "稳就业");
    // 六稳 three times after the entries; 稳就业 once in the first entry's definition and once after
    assertThat(entries.get(0).mentions())
        .extracting(m -> m.slice(text))
        .containsExactly("六稳", "六稳", "六稳");
    assertThat(entries.get(1).mentions()).hasSize(2);
  }

  @Test
  void mentionsOfOneEntryAreCappedWithADiagnostic() {
    String text =
        "2025年某县政府工作报告\n\n各位代表：\n\n"
            + "做好六稳。".repeat(1500)
            + "\n\n名词解释\n\n1.“六稳”：指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n";
    WorkReport r = WorkReportParser.create().parse(text);
    assertThat(r.glossary()).hasSize(1);
    assertThat(r.glossary().get(0).mentions()).hasSize(1000);
    assertThat(r.diagnostics()).extracting(d -> d.code()).contains("glossary-mentions-capped");
  }

  @Test
  void sortsByPinyin() {
    List<GlossaryEntry> entries =
        GlossaryParser.create()
            .parse(
                String.join(
                    "\n",
                    "【放管服】指简政放权、放管结合、优化服务。",
                    "【三变】指资源变资产、资金变股金、农民变股东。",
                    "【“八大行动”】指网格提效、社区提档。",
                    "【六稳】指稳就业、稳金融。"))
            .entries();
    assertThat(GlossaryParser.sortedByPinyin(entries).stream().map(GlossaryEntry::term).toList())
        .containsExactly("“八大行动”", "放管服", "六稳", "三变");
    assertThat(GlossaryParser.sortedByPinyin(entries).get(0).ordinal()).isEqualTo(3);
  }

  @Test
  void anEntryWithNothingAfterItsTermTakesTheNextLine() {
    // found by random inputs: an empty definition once crashed the continuation check
    List<GlossaryEntry> entries =
        GlossaryParser.create().parse("【六稳】\n稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。").entries();
    assertThat(entries).hasSize(1);
    assertThat(entries.get(0).items()).hasSize(6);
  }

  @Test
  void aNumeralTheItemsDoNotMatchIsADiagnostic() {
    GlossaryParser.Result r = GlossaryParser.create().parse("【六稳】指稳就业、稳金融。");
    assertThat(r.entries())
        .singleElement()
        .satisfies(e -> assertThat(e.items()).containsExactly("稳就业", "稳金融"));
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("glossary-item-count");
    assertThat(r.diagnostics().get(0).span()).isEqualTo(r.entries().get(0).span());
  }

  @Test
  void takesTheLimitsOfTheWholeParse() {
    String text = "【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。\n【三农】指农业、农村、农民。";
    ParseLimits cut = new ParseLimits(text.indexOf('\n'), true);
    GlossaryParser.Result r = GlossaryParser.create(cut).parse(text);
    assertThat(r.text()).isEqualTo(text.substring(0, text.indexOf('\n')));
    assertThat(r.entries()).extracting(GlossaryEntry::term).containsExactly("六稳");
    assertThat(r.diagnostics()).extracting(d -> d.code()).containsExactly("input-truncated");
    assertThatThrownBy(() -> GlossaryParser.create(new ParseLimits(10, false)).parse(text))
        .isInstanceOf(ReportParseException.class)
        .hasMessageContaining("over the limit of 10 characters");
    assertThat(GlossaryParser.create(ParseLimits.DEFAULT).parse(text).entries()).hasSize(2);
    assertThatThrownBy(() -> GlossaryParser.create(null)).hasMessage("limits");
  }

  @Test
  void misuseThrows() {
    assertThatThrownBy(() -> GlossaryParser.create().parse(null)).hasMessage("text");
    assertThatThrownBy(() -> GlossaryParser.sortedByPinyin(null)).hasMessage("entries");
  }
}

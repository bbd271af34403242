package io.github.workreport.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.GlossaryOrigin;
import io.github.workreport.model.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The glossary stage on its own: paragraph views of the block and of the body in, entries out. */
class GlossaryScannerTest {

  /** The views of {@code paragraphs} laid one per line from {@code start} of {@code doc}. */
  private static List<TextView> views(StringBuilder doc, String... paragraphs) {
    List<TextView> out = new ArrayList<>();
    for (String p : paragraphs) {
      out.add(TextView.of(p, TextNormalizer.normalize(p), doc.length()));
      doc.append(p).append('\n');
    }
    return out;
  }

  @Test
  void blockEntriesInlineDefinitionsAndMentionsWithExactSpans() {
    StringBuilder doc = new StringBuilder();
    List<TextView> body =
        views(doc, "坚持稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期“六稳”工作。", "全年新增“四上”企业120家，“六稳”成效明显。");
    int blockStart = doc.length();
    List<TextView> block = views(doc, "1.“四上”企业：指规模以上工业企业、资质等级建筑业企业、限额以上批零住餐企业和规模以上服务业企业。");
    String text = doc.toString();
    GlossaryScanner.Glossary g =
        GlossaryScanner.scan(block, body, text, new Span(blockStart, text.length()));

    assertThat(g.entries()).extracting(GlossaryEntry::term).containsExactly("六稳", "“四上”企业");
    GlossaryEntry sixStable = g.entries().get(0);
    assertThat(sixStable.origin()).isEqualTo(GlossaryOrigin.INLINE);
    assertThat(sixStable.items()).containsExactly("稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期");
    GlossaryEntry fourAbove = g.entries().get(1);
    assertThat(fourAbove.origin()).isEqualTo(GlossaryOrigin.GLOSSARY);
    assertThat(fourAbove.definition()).startsWith("指规模以上工业企业");
    assertThat(fourAbove.items()).hasSize(4).startsWith("规模以上工业企业");
    // every span slices the document where the element stands
    for (GlossaryEntry e : g.entries()) {
      assertThat(text.substring(e.span().start(), e.span().end())).contains(e.term());
      for (Span m : e.mentions()) {
        assertThat(e.term()).contains(text.substring(m.start(), m.end()));
        assertThat(m.start() < blockStart).as("mentions stay outside the block").isTrue();
      }
    }
    assertThat(fourAbove.mentions()).hasSize(1);
  }

  @Test
  void nothingToReadGivesNoEntries() {
    GlossaryScanner.Glossary g = GlossaryScanner.scan(List.of(), List.of(), "", null);
    assertThat(g.entries()).isEmpty();
    assertThat(g.diagnostics()).isEmpty();
  }
}

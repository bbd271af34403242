package io.github.workreport;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.github.workreport.internal.parse.GlossaryScanner;
import io.github.workreport.internal.parse.Line;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.internal.parse.LineSplitter;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Paragraph;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the definitions of coined terms from a piece of text: each line that opens an entry of a
 * glossary block ("【六稳】指稳就业、…", "1.“四强”行动:指…") is one entry (a line that opens none
 * continues the entry before it), and a list closed by a quoted term with a numeral
 * ("网格提效、…和文明提质“八大行动”") is an inline definition. The whole-report parse uses the same
 * engine, on the glossary block and the body.
 *
 * <pre>{@code
 * List<GlossaryEntry> entries = GlossaryParser.create().parse("【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
 * entries.get(0).items();   // [稳就业, 稳金融, 稳外贸, 稳外资, 稳投资, 稳预期]
 * }</pre>
 *
 * <p>Immutable and thread-safe. Spans index the text given; mentions are the places a term's key
 * occurs in that text outside its own entry.
 */
public final class GlossaryParser {
  private static final GlossaryParser INSTANCE = new GlossaryParser();

  private GlossaryParser() {}

  /** The parser. */
  public static GlossaryParser create() {
    return INSTANCE;
  }

  /**
   * Reads the entries of {@code text}, in document order.
   *
   * @param text glossary lines or running text; not null
   */
  public List<GlossaryEntry> parse(String text) {
    Objects.requireNonNull(text, "text");
    List<Line> lines = LineSplitter.split(text, TextNormalizer.normalize(text), Map.of());
    List<TextView> views = new ArrayList<>();
    for (Line l : lines) {
      views.add(TextView.of(l.text(), l.norm(), l.start()));
    }
    return GlossaryScanner.scan(views, views, text, null).entries();
  }

  /**
   * Returns {@code entries} sorted by the pinyin of their terms (ICU collation for Chinese), for
   * readers who look a term up; quotes and brackets around a term are ignored. Ordinals are kept.
   */
  public static List<GlossaryEntry> sortedByPinyin(List<GlossaryEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    Collator collator = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE);
    List<GlossaryEntry> out = new ArrayList<>(entries);
    out.sort(Comparator.comparing((GlossaryEntry e) -> sortKey(e.term()), collator::compare));
    return List.copyOf(out);
  }

  private static String sortKey(String term) {
    return term.replaceAll("[\u201C\u201D\u3010\u3011\"]", "");
  }
}

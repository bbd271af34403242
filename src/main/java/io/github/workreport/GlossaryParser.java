package io.github.workreport;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import io.github.workreport.internal.parse.GlossaryScanner;
import io.github.workreport.internal.parse.Line;
import io.github.workreport.internal.parse.LineSplitter;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.GlossaryEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads the definitions of coined terms from a piece of text: each line that opens an entry of a
 * glossary block ("【六稳】指稳就业、…", "1.“四强”行动:指…") is one entry (a line that opens none continues the
 * entry before it), and a list closed by a quoted term with a numeral ("网格提效、…和文明提质“八大行动”") is an
 * inline definition. The whole-report parse uses the same engine, on the glossary block and the
 * body.
 *
 * <pre>{@code
 * GlossaryParser.Result r = GlossaryParser.create().parse("【六稳】指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。");
 * r.entries().get(0).items();   // [稳就业, 稳金融, 稳外贸, 稳外资, 稳投资, 稳预期]
 * r.diagnostics();              // e.g. glossary-item-count when a numeral and the items disagree
 * }</pre>
 *
 * <p>Immutable and thread-safe. The text is plain text, read as given: spans index it (its first
 * {@code maxInputLength} characters when the limits truncate), and mentions are the places a term's
 * key occurs in it outside its own entry.
 *
 * @since 0.1
 */
public final class GlossaryParser {
  private static final GlossaryParser DEFAULT = new GlossaryParser(ParseLimits.DEFAULT);

  private final ParseLimits limits;

  private GlossaryParser(ParseLimits limits) {
    this.limits = limits;
  }

  /** A parser with the default limits, {@link ParseLimits#DEFAULT}. */
  public static GlossaryParser create() {
    return DEFAULT;
  }

  /**
   * A parser with {@code limits}: a text longer than {@code maxInputLength} is refused or truncated
   * as {@link WorkReportParser} does; the nesting depth does not apply to plain text.
   */
  public static GlossaryParser create(ParseLimits limits) {
    return new GlossaryParser(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Reads the entries of {@code text}, in document order.
   *
   * @param text glossary lines or running text; not null
   * @throws ReportParseException if {@code text} is over the limit and the limits do not truncate
   */
  public Result parse(String text) {
    Objects.requireNonNull(text, "text");
    BoundedInput in = BoundedInput.of(text, limits);
    String t = in.text();
    List<Line> lines = LineSplitter.split(t, TextNormalizer.normalize(t), Map.of());
    List<TextView> views = new ArrayList<>();
    for (Line l : lines) {
      views.add(TextView.of(l.text(), l.norm(), l.start()));
    }
    GlossaryScanner.Glossary glossary = GlossaryScanner.scan(views, views, t, null);
    List<Diagnostic> diagnostics = new ArrayList<>(in.diagnostics());
    diagnostics.addAll(glossary.diagnostics());
    return new Result(t, glossary.entries(), diagnostics);
  }

  /**
   * The glossary entries of a text and what the parse noticed.
   *
   * @param text the text the spans index
   * @param entries the entries, in document order
   * @param diagnostics what the parse noticed (a term whose items do not match its numeral, input
   *     truncated at the limit)
   * @since 0.1
   */
  public record Result(String text, List<GlossaryEntry> entries, List<Diagnostic> diagnostics) {
    /** Validates and copies the components. */
    public Result {
      Objects.requireNonNull(text, "text");
      entries = List.copyOf(entries);
      diagnostics = List.copyOf(diagnostics);
    }
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

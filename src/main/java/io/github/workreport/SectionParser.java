package io.github.workreport;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.util.List;
import java.util.Objects;

/**
 * Reads the structure of a text: its numbered units, whether their markers start heading lines or
 * paragraphs ("（一）着力扩大国内需求。把恢复和扩大消费……"), its bare headings, nested by the order in which their
 * numbering styles appear, and the paragraphs under each. A door onto the whole-report parse, so a
 * part of a report and the whole report give the same sections.
 *
 * <pre>{@code
 * SectionParser.Result r = SectionParser.create().parse("（一）扩大内需。提振消费。\n（二）稳定就业。确保就业。");
 * r.sections().get(0).title();   // 扩大内需
 * }</pre>
 *
 * <p>Plain text is read as a fragment: every line is body, none is taken for a title, a caption or
 * page furniture. Immutable and thread-safe; spans index {@link Result#text()}: the text given, or
 * the text extracted from HTML.
 *
 * @since 0.1
 */
public final class SectionParser {
  private final WorkReportParser parser;

  private SectionParser(WorkReportParser parser) {
    this.parser = parser;
  }

  /** A parser with the default limits, {@link ParseLimits#DEFAULT}. */
  public static SectionParser create() {
    return create(ParseLimits.DEFAULT);
  }

  /** A parser with {@code limits}, applied as {@link WorkReportParser} applies them. */
  public static SectionParser create(ParseLimits limits) {
    Objects.requireNonNull(limits, "limits");
    return new SectionParser(WorkReportParser.builder().limits(limits).build());
  }

  /**
   * The sections of {@code text}.
   *
   * @param text a report or part of one, plain text or HTML; not null
   * @throws ReportParseException if {@code text} is over the limit and the limits do not truncate
   */
  public Result parse(String text) {
    Objects.requireNonNull(text, "text");
    WorkReport r = parser.parseFragment(text);
    return new Result(r.text(), r.preamble(), r.sections(), r.diagnostics());
  }

  /**
   * The structure of a text and what the parse noticed.
   *
   * @param text the text the spans index: the text given, or the text extracted from HTML
   * @param preamble the paragraphs before the first heading
   * @param sections the top-level sections, each with its children, in document order
   * @param diagnostics what the parse of the text noticed (a gap or repeat in a numbering, a line
   *     dropped, input truncated at the limit), in document order
   * @since 0.1
   */
  public record Result(
      String text, List<Paragraph> preamble, List<Section> sections, List<Diagnostic> diagnostics) {
    /** Validates and copies the components. */
    public Result {
      Objects.requireNonNull(text, "text");
      preamble = List.copyOf(preamble);
      sections = List.copyOf(sections);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}

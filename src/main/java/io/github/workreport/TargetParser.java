package io.github.workreport;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.util.List;
import java.util.Objects;

/**
 * Reads every quantified statement of a text: a single clause in JShell ({@code
 * TargetParser.create().parse("地区生产总值增长7.2%以上").targets()}) or a whole report. A door onto the
 * whole-report parse, so a clause and the report it came from give the same target.
 *
 * <p>Plain text is read as a fragment: every line is body, none is taken for a title or a caption.
 * A text without headings is read as a plan unless its clauses say otherwise (同比, 累计, a past year).
 * Immutable and thread-safe; spans index {@link Result#text()}: the text given, or the text
 * extracted from HTML.
 *
 * @since 0.1
 */
public final class TargetParser {
  private final WorkReportParser parser;

  private TargetParser(WorkReportParser parser) {
    this.parser = parser;
  }

  /** A parser with the default limits, {@link ParseLimits#DEFAULT}. */
  public static TargetParser create() {
    return create(ParseLimits.DEFAULT);
  }

  /** A parser with {@code limits}, applied as {@link WorkReportParser} applies them. */
  public static TargetParser create(ParseLimits limits) {
    return new TargetParser(WorkReportParser.builder().limits(limits).build());
  }

  /**
   * The targets of {@code text}, in document order.
   *
   * @param text a clause, a paragraph or a report, plain text or HTML; not null
   * @throws ReportParseException if {@code text} is over the limit and the limits do not truncate
   */
  public Result parse(String text) {
    Objects.requireNonNull(text, "text");
    WorkReport r = parser.parseFragment(text);
    return new Result(r.text(), r.targets(), r.diagnostics());
  }

  /**
   * The targets of a text and what the parse noticed.
   *
   * @param text the text the spans index: the text given, or the text extracted from HTML
   * @param targets the targets, in document order
   * @param diagnostics what the parse of the text noticed (input truncated at the limit, and what
   *     the whole-report parse notices in a longer text), in document order
   * @since 0.1
   */
  public record Result(String text, List<Target> targets, List<Diagnostic> diagnostics) {
    /** Validates and copies the components. */
    public Result {
      Objects.requireNonNull(text, "text");
      targets = List.copyOf(targets);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}

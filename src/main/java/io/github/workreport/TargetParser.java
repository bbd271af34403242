package io.github.workreport;

import io.github.workreport.model.Target;
import java.util.List;
import java.util.Objects;

/**
 * Reads every quantified statement of a text: a single clause in JShell
 * ({@code TargetParser.create().parse("地区生产总值增长7.2%以上")}) or a whole report. A door onto
 * the whole-report parse, so a clause and the report it came from give the same target.
 *
 * <p>Plain text is read as a fragment: every line is body, none is taken for a title or a caption.
 * A text without headings is read as a plan unless its clauses say otherwise (同比, 累计, a past
 * year). Immutable and thread-safe; spans index the text given.
 */
public final class TargetParser {
  private final WorkReportParser parser;

  private TargetParser(WorkReportParser parser) {
    this.parser = parser;
  }

  /** A parser with the default limits. */
  public static TargetParser create() {
    return new TargetParser(WorkReportParser.create());
  }

  /**
   * The targets of {@code text}, in document order.
   *
   * @param text a clause, a paragraph or a report, plain text or HTML; not null
   */
  public List<Target> parse(String text) {
    Objects.requireNonNull(text, "text");
    return parser.parseFragment(text).targets();
  }
}

package io.github.workreport;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.util.List;
import java.util.Objects;

/**
 * Reads the work a text commits to: the numbered and unnumbered tasks of its plan parts, their
 * lead-sentence subtasks and the items of its enumerations ("一是…", "第一,…", "——…"). A door onto the
 * whole-report parse, so a snippet and a whole report give the same tasks.
 *
 * <pre>{@code
 * TaskParser.Result r = TaskParser.create().parse("今年重点抓好以下工作:一是稳投资。二是促消费。");
 * r.tasks();         // 一是 稳投资, 二是 促消费
 * r.diagnostics();   // e.g. task-count-mismatch when the text announces another count
 * }</pre>
 *
 * <p>Plain text is read as a fragment: every line is body, none is taken for a title, a caption or
 * page furniture, so a first line such as "2025年工作安排" is a heading. A text with no heading is read
 * as the plan itself. Immutable and thread-safe; spans index {@link Result#text()}: the text given,
 * or the text extracted from HTML.
 *
 * @since 0.1
 */
public final class TaskParser {
  private final WorkReportParser parser;

  private TaskParser(WorkReportParser parser) {
    this.parser = parser;
  }

  /** A parser with the default limits, {@link ParseLimits#DEFAULT}. */
  public static TaskParser create() {
    return create(ParseLimits.DEFAULT);
  }

  /** A parser with {@code limits}, applied as {@link WorkReportParser} applies them. */
  public static TaskParser create(ParseLimits limits) {
    return new TaskParser(WorkReportParser.builder().limits(limits).build());
  }

  /**
   * The tasks of {@code text}, nested, in document order.
   *
   * @param text a report or part of one, plain text or HTML; not null
   * @throws ReportParseException if {@code text} is over the limit and the limits do not truncate
   */
  public Result parse(String text) {
    Objects.requireNonNull(text, "text");
    WorkReport r = parser.parseFragment(text);
    return new Result(r.text(), r.tasks(), r.diagnostics());
  }

  /**
   * The tasks of a text and what the parse noticed.
   *
   * @param text the text the spans index: the text given, or the text extracted from HTML
   * @param tasks the tasks, nested, in document order
   * @param diagnostics what the parse of the text noticed (a count the text announces that its
   *     tasks do not match, a gap in a numbering, input truncated at the limit), in document order
   * @since 0.1
   */
  public record Result(String text, List<Task> tasks, List<Diagnostic> diagnostics) {
    /** Validates and copies the components. */
    public Result {
      Objects.requireNonNull(text, "text");
      tasks = List.copyOf(tasks);
      diagnostics = List.copyOf(diagnostics);
    }
  }
}

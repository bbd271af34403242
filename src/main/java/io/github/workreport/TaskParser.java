package io.github.workreport;

import io.github.workreport.model.Task;
import java.util.List;
import java.util.Objects;

/**
 * Reads the work a text commits to: the numbered and unnumbered tasks of its plan parts, their
 * lead-sentence subtasks and the items of its enumerations ("一是…", "第一,…", "——…"). A door onto
 * the whole-report parse, so a snippet and a whole report give the same tasks.
 *
 * <pre>{@code
 * List<Task> tasks = TaskParser.create().parse("今年重点抓好以下工作:一是稳投资。二是促消费。");
 * }</pre>
 *
 * <p>Plain text is read as a fragment: every line is body, none is taken for a title, a caption or
 * page furniture, so a first line such as "2025年工作安排" is a heading. A text with no heading is
 * read as the plan itself. Immutable and thread-safe; spans index the text given (the extracted
 * text for HTML).
 */
public final class TaskParser {
  private final WorkReportParser parser;

  private TaskParser(WorkReportParser parser) {
    this.parser = parser;
  }

  /** A parser with the default limits. */
  public static TaskParser create() {
    return new TaskParser(WorkReportParser.create());
  }

  /**
   * The tasks of {@code text}, nested, in document order.
   *
   * @param text a report or part of one, plain text or HTML; not null
   */
  public List<Task> parse(String text) {
    Objects.requireNonNull(text, "text");
    return parser.parseFragment(text).tasks();
  }
}

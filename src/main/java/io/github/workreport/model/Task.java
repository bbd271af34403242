package io.github.workreport.model;

import java.util.List;

/**
 * A piece of work the document commits to.
 *
 * @param id a stable identifier, unique within the report; never null
 * @param number the marker as written ("(一)", "一是"), or null when unnumbered
 * @param ordinal the position among its siblings, from 1
 * @param title the heading or lead sentence without marker and closing punctuation; never blank
 * @param text the whole item; never null
 * @param span where the item stands in the report's text
 * @param sectionId the {@link Section#id()} of the section it stands in, or null
 * @param subtasks the tasks nested under it, in document order
 */
public record Task(
    String id,
    String number,
    int ordinal,
    String title,
    String text,
    Span span,
    String sectionId,
    List<Task> subtasks) {

  /** Validates the components. */
  public Task {
    Checks.required(id, "id");
    Checks.optionalNonBlank(number, "number");
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be >= 1: " + ordinal);
    }
    Checks.text(title, "title");
    Checks.text(text, "text");
    Checks.required(span, "span");
    subtasks = Checks.list(subtasks, "subtasks");
  }
}

package io.github.workreport.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

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
 * @since 0.1
 */
public record Task(
    String id,
    @Nullable String number,
    int ordinal,
    String title,
    String text,
    Span span,
    @Nullable String sectionId,
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

  /**
   * A summary for a person: id, marker, title (cut to a few characters), span, section and how many
   * subtasks it has; the text is not shown.
   */
  @Override
  public String toString() {
    return Summary.of("Task")
        .add("id", id)
        .quoteIfSet("number", number)
        .quote("title", title)
        .add("span", span)
        .addIfSet("sectionId", sectionId)
        .add("subtasks", subtasks.size())
        .toString();
  }
}

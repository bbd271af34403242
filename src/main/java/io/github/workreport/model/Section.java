package io.github.workreport.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A heading of the report with what stands under it, up to the next heading of the same or a higher
 * level.
 *
 * @param id a stable path of ordinals among siblings, "s2" for the second top-level section and
 *     "s2.3" for its third child; never null
 * @param level 1 for a top-level section, 2 for its children, and so on
 * @param number the numbering marker as written ("一、", "(一)", "第一部分", "1."), or null for a bare
 *     heading
 * @param ordinal the marker's value (1 for "一、"), or null for a bare heading
 * @param title the heading without its marker and closing punctuation; never blank
 * @param subtitle a second heading line directly under the first ("着力打造提速进位的新城关"), or null
 * @param part what this part of the report does; children of a review or plan part share its class
 * @param span from the start of the heading to the end of the last paragraph under it, children
 *     included
 * @param headingSpan the heading line or lines alone
 * @param paragraphs the paragraphs directly under the heading, before its first child
 * @param children the sub-sections, in document order
 * @since 0.1
 */
public record Section(
    String id,
    int level,
    @Nullable String number,
    @Nullable Integer ordinal,
    String title,
    @Nullable String subtitle,
    PartClass part,
    Span span,
    Span headingSpan,
    List<Paragraph> paragraphs,
    List<Section> children) {

  /** Validates the components. */
  public Section {
    Checks.required(id, "id");
    if (level < 1) {
      throw new IllegalArgumentException("level must be >= 1: " + level);
    }
    Checks.optionalNonBlank(number, "number");
    Checks.text(title, "title");
    if (title.isBlank()) {
      throw new IllegalArgumentException("title must not be blank");
    }
    Checks.optionalNonBlank(subtitle, "subtitle");
    Checks.required(part, "part");
    Checks.required(span, "span");
    Checks.required(headingSpan, "headingSpan");
    if (!span.contains(headingSpan)) {
      throw new IllegalArgumentException("headingSpan " + headingSpan + " outside span " + span);
    }
    paragraphs = Checks.list(paragraphs, "paragraphs");
    children = Checks.list(children, "children");
  }

  /**
   * A summary for a person: id, level, marker, title (cut to a few characters), part, span, and how
   * many paragraphs and children stand under it.
   */
  @Override
  public String toString() {
    return Summary.of("Section")
        .add("id", id)
        .add("level", level)
        .quoteIfSet("number", number)
        .quote("title", title)
        .quoteIfSet("subtitle", subtitle)
        .add("part", part)
        .add("span", span)
        .add("paragraphs", paragraphs.size())
        .add("children", children.size())
        .toString();
  }
}

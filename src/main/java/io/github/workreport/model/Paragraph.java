package io.github.workreport.model;

import org.jspecify.annotations.Nullable;

/**
 * A body paragraph. A paragraph that a stray line break cut in two is one paragraph; its {@code
 * text} is rejoined without the break and its {@code span} covers both parts.
 *
 * @param span where the paragraph stands in the report's text; never null
 * @param lead the short sentence that opens and heads the paragraph ("经济发展质效实现新跨越。"), with its
 *     closing punctuation, or null when the paragraph has none
 * @param text the paragraph as written, trimmed, line breaks inside it removed; never blank
 * @since 0.1
 */
public record Paragraph(Span span, @Nullable String lead, String text) {

  /** Validates the components. */
  public Paragraph {
    Checks.required(span, "span");
    Checks.optionalNonBlank(lead, "lead");
    Checks.text(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text must not be blank");
    }
    if (lead != null && !text.startsWith(lead)) {
      throw new IllegalArgumentException("lead must open the text: " + lead);
    }
  }

  /** A summary for a person: the span, and the lead and text cut to a few characters. */
  @Override
  public String toString() {
    return Summary.of("Paragraph")
        .add("span", span)
        .quoteIfSet("lead", lead)
        .quote("text", text)
        .add("length", text.length())
        .toString();
  }
}

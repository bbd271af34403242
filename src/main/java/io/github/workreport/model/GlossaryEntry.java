package io.github.workreport.model;

import java.util.List;

/**
 * The definition of a coined term ("六稳", "四上企业").
 *
 * @param ordinal the position among the report's entries, from 1
 * @param term the term as the report writes it; never blank
 * @param definition the text that defines it; never null
 * @param items the parts the definition enumerates, in order; empty when it enumerates none
 * @param origin where it was defined; never null
 * @param span where the definition stands in the report's text
 * @param mentions where the term occurs outside its definition, in document order
 * @since 0.1
 */
public record GlossaryEntry(
    int ordinal,
    String term,
    String definition,
    List<String> items,
    GlossaryOrigin origin,
    Span span,
    List<Span> mentions) {

  /** Validates the components. */
  public GlossaryEntry {
    if (ordinal < 1) {
      throw new IllegalArgumentException("ordinal must be >= 1: " + ordinal);
    }
    Checks.text(term, "term");
    Checks.text(definition, "definition");
    items = Checks.list(items, "items");
    Checks.required(origin, "origin");
    Checks.required(span, "span");
    mentions = Checks.list(mentions, "mentions");
  }
}

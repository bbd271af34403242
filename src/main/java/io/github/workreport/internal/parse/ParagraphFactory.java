package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.Paragraph;

/** Makes a {@link Paragraph} of a paragraph block: its text rejoined and its lead sentence. */
public final class ParagraphFactory {
  private ParagraphFactory() {}

  /** The paragraph of {@code block}; the rest of a numbered unit's paragraph has no lead. */
  public static Paragraph of(Block.Para block) {
    TextView v = block.view();
    return new Paragraph(v.span(), block.intro() ? null : lead(v.text(), v.norm()), v.text());
  }

  /**
   * The short sentence that opens {@code text} (folded: {@code norm}) and heads it
   * ("经济发展质效实现新跨越。"), or null: at most {@link LineRules#LEAD_MAX} characters, followed
   * by more text, and not a quotation.
   */
  static String lead(String text, String norm) {
    if (norm.isEmpty() || norm.charAt(0) == '\u201C' || norm.charAt(0) == '"') {
      return null;
    }
    int limit = Math.min(norm.length() - 1, LineRules.LEAD_MAX);
    for (int i = 0; i < limit; i++) {
      char c = norm.charAt(i);
      if (Punctuation.isSentenceEnd(c) && c != '\u2026') {
        if (Punctuation.countHan(norm, 0, i) >= 4 && Punctuation.openQuotes(norm, 0, i) == 0) {
          return text.substring(0, i + 1);
        }
        return null;
      }
    }
    return null;
  }
}

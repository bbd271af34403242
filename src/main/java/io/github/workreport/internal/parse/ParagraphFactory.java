package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Span;
import java.util.List;

/** Makes a {@link Paragraph} of a paragraph block: its text rejoined and its lead sentence. */
public final class ParagraphFactory {
  private ParagraphFactory() {}

  /** The paragraph of {@code block}. */
  public static Paragraph of(Block.Para block) {
    List<Line> lines = block.lines();
    StringBuilder text = new StringBuilder();
    for (Line l : lines) {
      text.append(l.text());
    }
    String t = text.toString();
    return new Paragraph(new Span(block.start(), block.end()), lead(t), t);
  }

  /**
   * The short sentence that opens {@code text} and heads it ("经济发展质效实现新跨越。"), or null:
   * at most {@link LineRules#LEAD_MAX} characters, followed by more text, and not a quotation.
   */
  static String lead(String text) {
    // a lead ends within LEAD_MAX characters: fold no more than that
    String n = TextNormalizer.normalize(text.subSequence(0, Math.min(text.length(), LineRules.LEAD_MAX + 1)));
    if (n.isEmpty() || n.charAt(0) == '\u201C' || n.charAt(0) == '"') {
      return null;
    }
    int limit = Math.min(n.length() - 1, LineRules.LEAD_MAX);
    for (int i = 0; i < limit; i++) {
      char c = n.charAt(i);
      if (Punctuation.isSentenceEnd(c) && c != '\u2026') {
        if (Punctuation.countHan(n, 0, i) >= 4 && Punctuation.openQuotes(n, 0, i) == 0) {
          return text.substring(0, i + 1);
        }
        return null;
      }
    }
    return null;
  }
}

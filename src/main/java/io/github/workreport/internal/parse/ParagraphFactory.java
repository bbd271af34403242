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
    if (block.intro()) {
      return new Paragraph(v.span(), null, v.text());
    }
    String lead = setApartLead(v);
    return new Paragraph(v.span(), lead != null ? lead : lead(v.text(), v.norm()), v.text());
  }

  /**
   * A lead set on a line of its own with the paragraph's body on the next line (bold leads as
   * scraped): the whole first line when it is one sentence of at most {@link
   * LineRules#SET_APART_LEAD_MAX} characters; else null.
   */
  static String setApartLead(TextView v) {
    int end = v.firstPieceEnd();
    if (!v.isBroken() || end > LineRules.SET_APART_LEAD_MAX) {
      return null;
    }
    String n = v.norm();
    if (n.charAt(end - 1) != '。'
        || Punctuation.countHan(n, 0, end) < 4
        || Punctuation.openQuotes(n, 0, end) > 0) {
      return null;
    }
    for (int i = 0; i < end - 1; i++) {
      if (Punctuation.isSentenceEnd(n.charAt(i))) {
        return null;
      }
    }
    return v.text().substring(0, end);
  }

  /**
   * The short sentence that opens {@code text} (folded: {@code norm}) and heads it
   * ("经济发展质效实现新跨越。"), or null: at most {@link LineRules#LEAD_MAX} characters, followed by more
   * text, and not a quotation.
   */
  static String lead(String text, String norm) {
    if (norm.isEmpty() || norm.charAt(0) == '“' || norm.charAt(0) == '"') {
      return null;
    }
    int limit = Math.min(norm.length() - 1, LineRules.LEAD_MAX);
    for (int i = 0; i < limit; i++) {
      char c = norm.charAt(i);
      if (Punctuation.isSentenceEnd(c) && c != '…') {
        if (Punctuation.countHan(norm, 0, i) >= 4 && Punctuation.openQuotes(norm, 0, i) == 0) {
          return text.substring(0, i + 1);
        }
        return null;
      }
    }
    return null;
  }
}

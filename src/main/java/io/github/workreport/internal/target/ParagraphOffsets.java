package io.github.workreport.internal.target;

import io.github.workreport.model.Paragraph;

/**
 * Maps an index of a paragraph's text to its offset in the report's text. A paragraph that is one
 * unbroken stretch of the text needs no map; one rejoined across line breaks gets one, made once
 * and only when a figure asks for it. Not thread-safe.
 */
final class ParagraphOffsets {
  private static final int[] UNBROKEN = new int[0];
  private final Paragraph paragraph;
  private final String reportText;
  private int[] map;

  ParagraphOffsets(Paragraph paragraph, String reportText) {
    this.paragraph = paragraph;
    this.reportText = reportText;
  }

  /** The offset in the report's text of index {@code i} of the paragraph's text. */
  int offset(int i) {
    if (map == null) {
      int start = paragraph.span().start();
      String t = paragraph.text();
      map =
          t.length() == paragraph.span().end() - start && reportText.startsWith(t, start)
              ? UNBROKEN
              : build();
    }
    return map == UNBROKEN ? paragraph.span().start() + i : map[i];
  }

  private int[] build() {
    String t = paragraph.text();
    int[] m = new int[t.length() + 1];
    int j = paragraph.span().start();
    int end = paragraph.span().end();
    for (int i = 0; i < t.length(); i++) {
      while (j < end && reportText.charAt(j) != t.charAt(i)) {
        j++;
      }
      m[i] = Math.min(j, end - 1);
      j++;
    }
    m[t.length()] = end;
    return m;
  }
}

package io.github.workreport.internal.target;

/**
 * A clause of a paragraph, between commas, colons or sentence ends outside brackets and quotes.
 *
 * @param text the paragraph's text, as the report writes it
 * @param folded the same text folded (see {@code TextNormalizer}): offsets are shared
 * @param from where the clause starts in the paragraph
 * @param to where it ends
 * @param sentenceFrom where its sentence starts
 * @param sentenceTo where its sentence ends
 */
record Clause(String text, String folded, int from, int to, int sentenceFrom, int sentenceTo) {

  Clause {
    if (folded.length() != text.length()
        || from < sentenceFrom
        || to > sentenceTo
        || from > to
        || sentenceFrom < 0
        || sentenceTo > text.length()) {
      throw new IllegalArgumentException("a clause lies inside its sentence and its paragraph");
    }
  }

  /** A clause that is a whole text by itself: the door for tests and single clauses. */
  static Clause of(String text, String folded) {
    return new Clause(text, folded, 0, text.length(), 0, text.length());
  }

  /** The report's own words in {@code [a, b)}. */
  String words(int a, int b) {
    return text.substring(a, b);
  }

  /** The report's own words in a range. */
  String words(SubjectReader.Range r) {
    return text.substring(r.from(), r.to());
  }
}

package io.github.workreport.internal.text;

import io.github.workreport.model.Span;
import java.util.Arrays;
import java.util.Objects;

/**
 * A run of text cut from a document, possibly made of several pieces (the trimmed lines of a
 * paragraph that a stray break cut): its text as read (the pieces joined), its folded text (same
 * length, from {@link TextNormalizer}), and where each piece stands in the document, so that any
 * stretch of the run maps back to document offsets. Later stages read this view instead of folding
 * again or rebuilding offsets. Immutable.
 */
public final class TextView {
  private final String text;
  private final String norm;

  /** Where each piece starts in the run, ascending, the first 0. */
  private final int[] runAt;

  /** Where each piece starts in the document. */
  private final int[] docAt;

  /** The piece starts of a view of one piece, shared since no view writes its arrays. */
  private static final int[] AT_ZERO = {0};

  private TextView(String text, String norm, int[] runAt, int[] docAt) {
    this.text = text;
    this.norm = norm;
    this.runAt = runAt;
    this.docAt = docAt;
  }

  /**
   * A view of one unbroken stretch of a document.
   *
   * @param text the stretch as written
   * @param norm its folded form, the same length
   * @param docStart where it starts in the document
   */
  public static TextView of(String text, String norm, int docStart) {
    check(text, norm);
    return new TextView(text, norm, AT_ZERO, new int[] {docStart});
  }

  /** Builds a view piece by piece. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects the pieces of a view in order. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder norm = new StringBuilder();
    private int[] runAt = new int[4];
    private int[] docAt = new int[4];
    private int pieces;

    private Builder() {}

    /** Appends a piece that stands at {@code docStart} in the document. */
    public Builder add(String pieceText, String pieceNorm, int docStart) {
      check(pieceText, pieceNorm);
      if (pieces == runAt.length) {
        runAt = Arrays.copyOf(runAt, pieces * 2);
        docAt = Arrays.copyOf(docAt, pieces * 2);
      }
      runAt[pieces] = text.length();
      docAt[pieces] = docStart;
      pieces++;
      text.append(pieceText);
      norm.append(pieceNorm);
      return this;
    }

    /** The view of the pieces added; at least one. */
    public TextView build() {
      if (pieces == 0) {
        throw new IllegalStateException("a view needs at least one piece");
      }
      return new TextView(
          text.toString(),
          norm.toString(),
          Arrays.copyOf(runAt, pieces),
          Arrays.copyOf(docAt, pieces));
    }
  }

  private static void check(String text, String norm) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(norm, "norm");
    if (text.length() != norm.length()) {
      throw new IllegalArgumentException(
          "text and norm differ in length: " + text.length() + " vs " + norm.length());
    }
  }

  /** The text as read, pieces joined without what stood between them. */
  public String text() {
    return text;
  }

  /** The folded text, the same length as {@link #text()}. */
  public String norm() {
    return norm;
  }

  /** The length of the run, in UTF-16 code units. */
  public int length() {
    return text.length();
  }

  /** Where the second piece starts in the run, or the run's length when it is one piece. */
  public int firstPieceEnd() {
    return runAt.length > 1 ? runAt[1] : text.length();
  }

  /** Whether the run is made of more than one piece. */
  public boolean isBroken() {
    return runAt.length > 1;
  }

  /** The document offset of the character at run offset {@code i}, {@code 0 <= i < length()}. */
  public int docOffset(int i) {
    if (i < 0 || i >= text.length()) {
      throw new IndexOutOfBoundsException("offset " + i + " outside [0, " + text.length() + ")");
    }
    int k = piece(i);
    return docAt[k] + (i - runAt[k]);
  }

  /**
   * The document span of run offsets {@code [from, to)}: from the first character's place to just
   * past the last one's, so that a stretch across a break covers the break. An empty stretch is an
   * empty span where it stands.
   */
  public Span span(int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException(
          "[" + from + ", " + to + ") outside [0, " + text.length() + "]");
    }
    if (from == to) {
      int at = from < text.length() ? docOffset(from) : docOffset(text.length() - 1) + 1;
      return new Span(at, at);
    }
    return new Span(docOffset(from), docOffset(to - 1) + 1);
  }

  /** The document span of the whole run. */
  public Span span() {
    return span(0, text.length());
  }

  /** The view of run offsets {@code [from, to)}, non-empty. */
  public TextView sub(int from, int to) {
    if (from < 0 || to > text.length() || from >= to) {
      throw new IndexOutOfBoundsException(
          "[" + from + ", " + to + ") is not a non-empty part of [0, " + text.length() + ")");
    }
    if (from == 0 && to == text.length()) {
      return this;
    }
    int first = piece(from);
    int last = piece(to - 1);
    int n = last - first + 1;
    int[] r = new int[n];
    int[] d = new int[n];
    r[0] = 0;
    d[0] = docAt[first] + (from - runAt[first]);
    for (int k = 1; k < n; k++) {
      r[k] = runAt[first + k] - from;
      d[k] = docAt[first + k];
    }
    return new TextView(text.substring(from, to), norm.substring(from, to), r, d);
  }

  /** The index of the piece that holds run offset {@code i}. */
  private int piece(int i) {
    int k = Arrays.binarySearch(runAt, i);
    return k >= 0 ? k : -k - 2;
  }

  @Override
  public String toString() {
    return "TextView"
        + span()
        + "["
        + (text.length() > 20 ? text.substring(0, 20) + "…" : text)
        + "]";
  }
}

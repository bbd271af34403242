package io.github.workreport.internal.target;

/**
 * The period a sentence takes from the text before it when it names no time of its own: the time
 * the sentence it goes on from is about, as its first figure shows, across a semicolon
 * ("1990年工农业总产值达到…；国民生产总值达到…") or after a stop when it opens on 其中 ("…在1957年达到了…。其中，工业总产值…"); and
 * the year that a paragraph ending in a colon names for the list that follows it
 * ("主要产品1957年的计划产量如下:" and the "钢:…" items after it). Not thread-safe: one per parse.
 */
final class PeriodCarry {
  /** The longest head of a list item before its colon ("黄麻、洋麻:"). */
  private static final int ITEM_HEAD_MAX = 12;

  private String n;

  /** The period the list the current paragraph belongs to is for, or null. */
  private String list;

  /** The period announced for the paragraphs after the current one, or null. */
  private String listNext;

  /** Whether the paragraph before the current one announced a list. */
  private boolean announced;

  /** The period the current sentence takes from the one before it, or null. */
  private String inherited;

  /** The time the current sentence is about, as its first figure shows, or what it inherited. */
  private String about;

  /** Whether a figure of the current sentence has been read. */
  private boolean read;

  /** Whether a sentence of the current paragraph has been started. */
  private boolean started;

  /** Starts paragraph {@code folded}. */
  void paragraph(String folded) {
    // the paragraph right after the colon is the list's; later ones while they read as items
    boolean item = listNext != null && (announced || isItem(folded));
    list = item ? listNext : null;
    n = folded;
    inherited = about = null;
    started = false;
    String intro = introduced(folded);
    announced = intro != null;
    listNext = announced ? intro : list;
  }

  /**
   * Starts the sentence {@code [start, end)} of the current paragraph: one that goes on from the
   * sentence before takes the time that sentence is about.
   */
  void sentence(int start, int end) {
    boolean goesOn = started && (n.charAt(start - 1) == ';' || opensOnPart(start, end));
    inherited = goesOn ? about : null;
    about = inherited;
    read = false;
    started = true;
  }

  /** The period of the figure at {@code at} of the sentence starting at {@code sentenceFrom}. */
  String period(int sentenceFrom, int at) {
    String fallback = inherited != null ? inherited : list;
    if (!read) {
      read = true;
      about = FigurePeriod.opening(n, sentenceFrom, at, inherited);
    }
    return FigurePeriod.or(n, sentenceFrom, at, fallback);
  }

  /** Whether the sentence opens on 其中, so that it is part of the one before it. */
  private boolean opensOnPart(int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(n.charAt(i))) {
      i++;
    }
    return n.startsWith("其中", i);
  }

  /** The year a paragraph ending in a colon names for what follows it, or null. */
  private static String introduced(String folded) {
    int end = folded.length();
    while (end > 0 && Character.isWhitespace(folded.charAt(end - 1))) {
      end--;
    }
    if (end == 0 || folded.charAt(end - 1) != ':') {
      return null;
    }
    int start = end - 1;
    while (start > 0 && folded.charAt(start - 1) != '。' && folded.charAt(start - 1) != ';') {
      start--;
    }
    return FigurePeriod.of(folded, start, end - 1);
  }

  /**
   * Whether a paragraph is an item of a list: one sentence with a short head and a colon ("钢:…").
   */
  private static boolean isItem(String folded) {
    int stop = SentenceEnds.next(folded, 0);
    if (stop < folded.length() && !folded.substring(stop + 1).isBlank()) {
      return false;
    }
    int i = 0;
    while (i < folded.length() && Character.isWhitespace(folded.charAt(i))) {
      i++;
    }
    for (int k = i; k < Math.min(folded.length(), i + ITEM_HEAD_MAX + 1); k++) {
      char c = folded.charAt(k);
      if (c == ':') {
        return k > i;
      }
      if (c == ',' || c == '。' || c == ';') {
        return false;
      }
    }
    return false;
  }
}

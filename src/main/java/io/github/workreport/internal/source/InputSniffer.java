package io.github.workreport.internal.source;

/** Tells HTML from plain text by content. Stateless. */
public final class InputSniffer {
  private static final String[] TAGS = {
    "<!doctype html",
    "<html",
    "<body",
    "<head",
    "<div",
    "<p>",
    "<p ",
    "<br",
    "<table",
    "<span",
    "<meta",
    "<h1",
    "<h2",
    "<h3",
    "<article",
    "<section",
    "<ul",
    "<li",
    "<a ",
    "<strong",
    "<title"
  };

  /** How many distinct tag openings a text needs to be taken as HTML. */
  static final int MIN_TAGS = 2;

  private InputSniffer() {}

  /** Returns whether {@code text} is an HTML document or fragment rather than plain text. */
  public static boolean isHtml(String text) {
    // one pass over the '<' of the first 64 KB, tags compared in place whatever their case
    int limit = Math.min(text.length(), 64 * 1024);
    int start = 0;
    while (start < limit && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (text.regionMatches(true, start, "<!doctype html", 0, 14)
        || text.regionMatches(true, start, "<html", 0, 5)) {
      return true;
    }
    boolean[] seen = new boolean[TAGS.length];
    int kinds = 0;
    for (int i = text.indexOf('<', start);
        i >= 0 && i < limit && kinds < MIN_TAGS;
        i = text.indexOf('<', i + 1)) {
      for (int k = 0; k < TAGS.length; k++) {
        if (!seen[k]
            && i + TAGS[k].length() <= limit
            && text.regionMatches(true, i, TAGS[k], 0, TAGS[k].length())) {
          seen[k] = true;
          kinds++;
        }
      }
    }
    return kinds >= MIN_TAGS;
  }
}

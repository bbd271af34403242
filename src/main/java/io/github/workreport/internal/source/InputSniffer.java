package io.github.workreport.internal.source;

import java.util.Locale;

/** Tells HTML from plain text by content. Stateless. */
public final class InputSniffer {
  private static final String[] TAGS = {
    "<!doctype html", "<html", "<body", "<head", "<div", "<p>", "<p ", "<br", "<table", "<span",
    "<meta", "<h1", "<h2", "<h3", "<article", "<section", "<ul", "<li", "<a ", "<strong", "<title"
  };

  /** How many distinct tag openings a text needs to be taken as HTML. */
  static final int MIN_TAGS = 2;

  private InputSniffer() {}

  /** Returns whether {@code text} is an HTML document or fragment rather than plain text. */
  public static boolean isHtml(String text) {
    int limit = Math.min(text.length(), 64 * 1024);
    String head = text.substring(0, limit).toLowerCase(Locale.ROOT);
    String start = head.stripLeading();
    if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
      return true;
    }
    int kinds = 0;
    for (String tag : TAGS) {
      if (head.contains(tag)) {
        kinds++;
      }
    }
    return kinds >= MIN_TAGS;
  }
}

package io.github.workreport.internal.source;

import io.github.workreport.model.Diagnostic;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Builds the text of a page line by line while jsoup walks it once: each block element becomes a
 * line, only what lies in the page's {@link Region} is written, the headline's line is hinted
 * {@link HeadingHint#H1}, and — when the region is an article found on a larger page — a line that
 * is nearly all link text (a headline list, a menu) is left out. The lines between the headline and
 * the first line of prose are kept aside as the dateline. Not thread-safe; one per page.
 */
final class PageText implements NodeVisitor {
  /** A line with at least this many characters and a full stop, or two clause marks, is prose. */
  private static final int PROSE_LINE = 20;

  private final Region region;
  private final boolean dropLinkLines;
  private final StringBuilder out;
  private final Map<Integer, HeadingHint> hints = new HashMap<>();
  private final StringBuilder dateline = new StringBuilder();
  private int lineStart;
  private HeadingHint pending;
  private int deepest;
  private Element activeEnd;
  private int linkDepth;
  private int lineLink;

  /** 0 before the headline, 1 collecting the dateline, 2 done. */
  private int datelineState;

  /** The text of {@code region}, about {@code chars} characters long. */
  PageText(Region region, int chars) {
    this.region = region;
    this.out = new StringBuilder(chars);
    this.dropLinkLines = region.isArticle();
  }

  /** The deepest level of the walk, the walked root at 0. */
  int deepest() {
    return deepest;
  }

  /** The lines between the headline and the first prose line, or "" when no headline was found. */
  String dateline() {
    return dateline.toString();
  }

  @Override
  public void head(Node node, int depth) {
    deepest = Math.max(deepest, depth);
    if (node instanceof TextNode t) {
      if (activeEnd != null) {
        appendText(t.getWholeText());
      }
      return;
    }
    if (!(node instanceof Element e)) {
      return;
    }
    if (activeEnd == null && region.spanEnd(e) != null) {
      activeEnd = region.spanEnd(e);
    }
    if (e.normalName().equals("a")) {
      linkDepth++;
    }
    if (activeEnd != null && (HtmlText.isBlock(e) || e == region.headline())) {
      breakLine();
      HeadingHint h = hintOf(e);
      if (h != null) {
        pending = h;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return;
    }
    if (e.normalName().equals("a")) {
      linkDepth--;
    }
    if (activeEnd != null && (HtmlText.isBlock(e) || e == activeEnd || e == region.headline())) {
      breakLine();
    }
    if (e == region.headline()) {
      datelineState = 1;
    }
    if (e == activeEnd) {
      activeEnd = null;
    }
  }

  /** The headline is the page's one H1; with no headline known, the markup's hints stand. */
  private HeadingHint hintOf(Element e) {
    if (e == region.headline()) {
      return HeadingHint.H1;
    }
    HeadingHint h = HtmlText.hintOf(e);
    return h == HeadingHint.H1 && region.headline() != null ? HeadingHint.HEADING : h;
  }

  private void appendText(String s) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (isFolded(s.charAt(i))) {
        // HTML folds white space; keep one space, never at the start of a line
        if (out.length() > lineStart && out.charAt(out.length() - 1) != ' ') {
          out.append(' ');
        }
        i++;
        continue;
      }
      int start = i;
      while (i < n && !isFolded(s.charAt(i))) {
        i++;
      }
      out.append(s, start, i); // a run of text at once, not a character at a time
      if (linkDepth > 0) {
        // link text is counted as it comes; the line's other text only if it has some
        lineLink += visible(s, start, i);
      }
    }
  }

  /** The white space HTML folds to one space. */
  private static boolean isFolded(char c) {
    return c <= ' ' && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f');
  }

  /** How many characters from {@code from} to {@code to} are not space of any width. */
  private static int visible(CharSequence s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += PageStats.isSpace(s.charAt(i)) ? 0 : 1;
    }
    return n;
  }

  private boolean anyVisible(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!PageStats.isSpace(out.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void breakLine() {
    int end = out.length();
    while (end > lineStart && out.charAt(end - 1) == ' ') {
      end--;
    }
    out.setLength(end);
    if (end > lineStart && !anyVisible(lineStart, end)) {
      out.setLength(lineStart); // only non-breaking or other wide spaces: no line
    } else if (end > lineStart) {
      if (datelineState == 1) {
        collectDateline(out.substring(lineStart, end));
      }
      // a line without link text is no link line: its characters need no count
      boolean links =
          dropLinkLines
              && pending != HeadingHint.H1
              && lineLink > 0
              && lineLink >= visible(out, lineStart, end) * PageVocabulary.LINK_LINE_SHARE;
      if (links) {
        out.setLength(lineStart);
      } else {
        if (pending != null) {
          hints.put(lineStart, pending);
        }
        out.append('\n');
        lineStart = out.length();
      }
    }
    pending = null;
    lineLink = 0;
  }

  private void collectDateline(String line) {
    if (datelineState != 1) {
      return;
    }
    if (isProse(line) || dateline.length() + line.length() > PageVocabulary.DATELINE_MAX) {
      datelineState = 2;
      return;
    }
    dateline.append(line).append('\n');
  }

  /** Whether a line reads as a sentence of the article rather than a byline. */
  static boolean isProse(String line) {
    int stops = 0;
    int clauses = 0;
    int chars = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\u3002') {
        stops++;
      } else if (c == '\uFF0C' || c == '\uFF1B' || c == '\u3001') {
        clauses++;
      }
      if (!Character.isWhitespace(c)) {
        chars++;
      }
    }
    return chars >= PROSE_LINE && (stops > 0 || clauses >= 2);
  }

  /** The text, its hints, {@code diagnostics} and {@code signals}. */
  ExtractedText finish(List<Diagnostic> diagnostics, PageSignals signals) {
    breakLine();
    return new ExtractedText(out.toString(), hints, diagnostics, signals);
  }
}

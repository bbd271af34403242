package io.github.workreport.internal.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text statistics of a DOM, gathered in one walk: for every element, the characters of text in
 * its subtree, how many of them are link text and clause punctuation, and counts of the elements
 * that tell lists and forms from prose; and the text runs — the stretches of text between block
 * boundaries, each owned by its nearest block element — that the content scorer weighs as
 * paragraphs. Not thread-safe; one instance per page.
 */
final class PageStats implements NodeVisitor {
  /** Counts over an element's subtree; white space is not counted. */
  static final class Stats {
    int text;
    int link;
    int punct;
    int paragraphs;
    int items;
    int inputs;
    int elements;
    int owners;
    boolean ownsRun;

    /** The first characters of the first text run (block line) in the subtree, or null. */
    String firstRun;

    double linkDensity() {
      return text == 0 ? 0 : (double) link / text;
    }
  }

  /**
   * A stretch of text between block boundaries.
   *
   * @param owner the nearest block element around it
   * @param text its characters, white space excluded
   * @param link how many of them are link text
   * @param punct its clause and sentence marks
   * @param head its first characters, white space removed
   */
  record Run(Element owner, int text, int link, int punct, String head) {}

  private static final Stats EMPTY = new Stats();
  private static final int HEAD_CHARS = 24;

  private final Map<Element, Stats> stats;
  private final List<Run> runs = new ArrayList<>();
  private final Deque<Element> blocks = new ArrayDeque<>();

  /** The statistics of the open elements, innermost last, and of the open blocks' owners. */
  private final ArrayList<Stats> open = new ArrayList<>();

  private final ArrayList<Stats> blockStats = new ArrayList<>();

  /** The first characters of the open run. */
  private final char[] head = new char[HEAD_CHARS];

  private int headLength;

  /** A text node's characters; reused. */
  private char[] chars = new char[256];

  private int linkDepth;
  private int runText;
  private int runLink;
  private int runPunct;

  private PageStats(int elements) {
    stats = new IdentityHashMap<>(elements);
  }

  /** Walks {@code root} once. */
  static PageStats walk(Element root) {
    return walk(root, 64);
  }

  /** Walks {@code root}, which holds about {@code elements} elements, once. */
  static PageStats walk(Element root, int elements) {
    PageStats s = open(root, elements);
    NodeTraversor.traverse(s, root);
    return s;
  }

  /**
   * Statistics to be gathered by another walk of {@code root}, which holds about {@code elements}
   * elements, that shows this visitor every node of the tree from {@code root} down, in order.
   */
  static PageStats open(Element root, int elements) {
    PageStats s = new PageStats(elements);
    s.blocks.push(root);
    s.blockStats.add(null); // the root's statistics are not made yet: set at its head
    return s;
  }

  /** The statistics of {@code e}; empty counts for an element outside the walked tree. */
  Stats of(Element e) {
    return stats.getOrDefault(e, EMPTY);
  }

  /** The text runs in document order. */
  List<Run> runs() {
    return runs;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      count(t);
    } else if (node instanceof Element e) {
      Stats s = new Stats();
      stats.put(e, s);
      open.add(s);
      if (open.size() == 1) {
        blockStats.set(0, s);
      }
      switch (e.normalName()) {
        case "a" -> linkDepth++;
        case "p" -> s.paragraphs++;
        case "li" -> s.items++;
        case "input", "select", "textarea", "button" -> s.inputs++;
        default -> {}
      }
      if (HtmlText.isBlock(e) && e != blocks.peek()) {
        flush();
        blocks.push(e);
        blockStats.add(s);
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
    if (HtmlText.isBlock(e) && e == blocks.peek()) {
      flush();
      if (blocks.size() > 1) {
        blocks.pop();
        blockStats.remove(blockStats.size() - 1);
      }
    }
    Stats s = open.remove(open.size() - 1);
    s.elements++;
    if (s.ownsRun) {
      s.owners++;
    }
    Stats parent = open.isEmpty() ? null : open.get(open.size() - 1);
    if (parent != null) {
      parent.text += s.text;
      parent.link += s.link;
      parent.punct += s.punct;
      parent.paragraphs += s.paragraphs;
      parent.items += s.items;
      parent.inputs += s.inputs;
      parent.elements += s.elements;
      parent.owners += s.owners;
      if (parent.firstRun == null) {
        parent.firstRun = s.firstRun;
      }
    }
  }

  private void count(TextNode t) {
    if (open.isEmpty()) {
      return;
    }
    Stats s = open.get(open.size() - 1);
    String w = t.getWholeText();
    int n = w.length();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
    }
    w.getChars(0, n, chars, 0);
    int text = 0;
    int punct = 0;
    int i = 0;
    for (; i < n && headLength < HEAD_CHARS; i++) {
      char c = chars[i];
      if (isBlank(c)) {
        continue;
      }
      text++;
      if (isPunct(c)) {
        punct++;
      }
      head[headLength++] = c;
    }
    for (; i < n; i++) { // the run's head full: only counts
      char c = chars[i];
      if (c > '\u3002' && c < '\uFF01') {
        text++; // most of a page's text, Han characters: neither blank nor a mark, in two tests
      } else if (!isBlank(c)) {
        text++;
        if (isPunct(c)) {
          punct++;
        }
      }
    }
    s.text += text;
    runText += text;
    if (linkDepth > 0) {
      s.link += text;
      runLink += text;
    }
    s.punct += punct;
    runPunct += punct;
  }

  /**
   * The first {@link #HEAD_CHARS} characters of the text under {@code e} in document order, white
   * space removed, or null when it has none: read from the tree when asked, for the few elements
   * that need it.
   */
  static String first(Element e) {
    StringBuilder sb = new StringBuilder(HEAD_CHARS);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              String w = t.getWholeText();
              for (int i = 0; i < w.length() && sb.length() < HEAD_CHARS; i++) {
                if (!isBlank(w.charAt(i))) {
                  sb.append(w.charAt(i));
                }
              }
            }
            return sb.length() < HEAD_CHARS ? FilterResult.CONTINUE : FilterResult.STOP;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        e);
    return sb.length() == 0 ? null : sb.toString();
  }

  /** White space of any width: {@link Character#isWhitespace} or {@link Character#isSpaceChar}. */
  static boolean isBlank(char c) {
    return c < '\u3001' && (BLANKS[c >>> 6] & (1L << c)) != 0;
  }

  /** {@link Character#isSpaceChar}, by the same table. */
  static boolean isSpace(char c) {
    return c < '\u3001' && (SPACES[c >>> 6] & (1L << c)) != 0;
  }

  /**
   * The blank and the space characters, one bit each; none is above U+3000, so a Han character
   * answers in one comparison and the others in a table look-up, not two Unicode look-ups.
   */
  private static final long[] BLANKS = table(true);

  private static final long[] SPACES = table(false);

  private static long[] table(boolean whitespaceToo) {
    long[] bits = new long[('\u3001' >>> 6) + 1];
    for (char c = 0; c < '\u3001'; c++) {
      if (Character.isSpaceChar(c) || (whitespaceToo && Character.isWhitespace(c))) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  private void flush() {
    if (runText > 0) {
      Element owner = blocks.peek();
      String first = new String(head, 0, headLength);
      runs.add(new Run(owner, runText, runLink, runPunct, first));
      Stats s = blockStats.get(blockStats.size() - 1);
      if (s != null) {
        s.ownsRun = true;
        if (s.firstRun == null) {
          s.firstRun = first;
        }
      }
    }
    runText = 0;
    runLink = 0;
    runPunct = 0;
    headLength = 0;
  }

  /** Clause and sentence marks, full-width or ASCII: what prose has and link lists lack. */
  static boolean isPunct(char c) {
    if (c < '\u3001') {
      return c == ',' || c == ';';
    }
    // the Han characters between the two ranges answer in two comparisons
    return c <= '\u3002'
        || (c >= '\uFF01' && (c == '\uFF0C' || c == '\uFF1B' || c == '\uFF01' || c == '\uFF1F'));
  }
}

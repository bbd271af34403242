package io.github.workreport.internal.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
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

    /** The first characters of the subtree's text, white space removed, or null. */
    String first;

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
  private final StringBuilder head = new StringBuilder();
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
    PageStats s = new PageStats(elements);
    s.blocks.push(root);
    s.blockStats.add(null); // the root's statistics are not made yet: set at its head
    NodeTraversor.traverse(s, root);
    return s;
  }

  /**
   * Counts text and link text, in one light walk of {@code root}, for {@code root} and the elements
   * {@code wanted} accepts only: no map entry for the others. Returns text in {@link Stats#text}
   * and {@link Stats#link}, the other counts zero.
   */
  static Map<Element, Stats> count(Element root, Predicate<Element> wanted) {
    Map<Element, Stats> out = new IdentityHashMap<>();
    Deque<Stats> open = new ArrayDeque<>();
    int[] links = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
              int n = 0;
              String w = t.getWholeText();
              for (int i = 0; i < w.length(); i++) {
                n += isBlank(w.charAt(i)) ? 0 : 1;
              }
              Stats top = open.peek();
              if (top != null) {
                top.text += n;
                top.link += links[0] > 0 ? n : 0;
              }
            } else if (node instanceof Element e) {
              links[0] += e.normalName().equals("a") ? 1 : 0;
              open.push(new Stats());
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e) {
              links[0] -= e.normalName().equals("a") ? 1 : 0;
              Stats s = open.pop();
              if (!open.isEmpty()) {
                open.peek().text += s.text;
                open.peek().link += s.link;
              }
              if (e == root || wanted.test(e)) {
                out.put(e, s);
              }
            }
          }
        },
        root);
    return out;
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
      parent.first = join(parent.first, s.first);
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
    boolean wantsFirst = s.first == null || s.first.length() < HEAD_CHARS;
    StringBuilder own = wantsFirst ? new StringBuilder() : null;
    int text = 0;
    int punct = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (isBlank(c)) {
        continue;
      }
      text++;
      if (isPunct(c)) {
        punct++;
      }
      if (head.length() < HEAD_CHARS) {
        head.append(c);
      }
      if (wantsFirst && own.length() < HEAD_CHARS) {
        own.append(c);
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
    if (wantsFirst && own.length() > 0) {
      s.first = join(s.first, own.toString());
    }
  }

  /**
   * White space of any width; a test that costs one comparison for the Han characters of a page.
   */
  static boolean isBlank(char c) {
    if (c >= '\u3001') {
      return false;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** {@code a} then {@code b}, kept to the first {@link #HEAD_CHARS} characters. */
  private static String join(String a, String b) {
    if (b == null || (a != null && a.length() >= HEAD_CHARS)) {
      return a;
    }
    String j = a == null ? b : a + b;
    return j.length() > HEAD_CHARS ? j.substring(0, HEAD_CHARS) : j;
  }

  private void flush() {
    if (runText > 0) {
      Element owner = blocks.peek();
      runs.add(new Run(owner, runText, runLink, runPunct, head.toString()));
      Stats s = blockStats.get(blockStats.size() - 1);
      if (s != null) {
        s.ownsRun = true;
        if (s.firstRun == null) {
          s.firstRun = head.toString();
        }
      }
    }
    runText = 0;
    runLink = 0;
    runPunct = 0;
    head.setLength(0);
  }

  /** Clause and sentence marks, full-width or ASCII: what prose has and link lists lack. */
  static boolean isPunct(char c) {
    return c == '\uFF0C'
        || c == '\u3002'
        || c == '\uFF1B'
        || c == '\u3001'
        || c == '\uFF01'
        || c == '\uFF1F'
        || c == ','
        || c == ';';
  }
}

package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The first walk of a parsed page, which does three jobs at once: it reads the meta tags and the
 * title ({@link PageMeta}) wherever they stand; it removes from the body what never is text
 * (scripts, styles, controls, navigation, hidden elements, the site header); and it lists the
 * blocks whose class or id names them furniture, which are then removed unless one holds much of
 * the page's prose (a count of the text made only when the page names some). Not thread-safe; one
 * per page.
 */
final class PagePruner implements NodeFilter {
  private static final Set<String> DROPPED_TAGS =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "iframe",
          "nav",
          "aside",
          "button",
          "select",
          "input",
          "textarea",
          "svg",
          "canvas",
          "object",
          "embed",
          "audio",
          "video",
          "head",
          "footer",
          "menu");

  /** Words that, as a token of an element's class or id, mark page furniture. */
  private static final Set<String> FURNITURE_TOKENS =
      Set.of(
          "nav",
          "navbar",
          "navigation",
          "menu",
          "breadcrumb",
          "breadcrumbs",
          "crumb",
          "crumbs",
          "position",
          "location",
          "share",
          "sharing",
          "bdshare",
          "comment",
          "comments",
          "footer",
          "foot",
          "sidebar",
          "related",
          "relate",
          "recommend",
          "copyright",
          "toolbar",
          "login",
          "topbar",
          "tools",
          "print",
          "fontsize",
          "pager",
          "pagination");

  /** A block named as furniture is kept when it holds at least this share of the page's text... */
  private static final double NAMED_KEEP_SHARE = 1.0 / 3;

  /** ...with fewer links than this share of it: a misnamed article container. */
  private static final double NAMED_KEEP_LINKS = 0.3;

  private final Element body;
  private final PageMeta.Reader meta = new PageMeta.Reader();
  private boolean inBody;
  private int elements;

  /** The elements named as furniture, innermost first (in the order their walk closes them). */
  private final List<Element> named = new ArrayList<>();

  private final Map<String, Boolean> namedClasses = new HashMap<>();

  private PagePruner(Element body) {
    this.body = body;
  }

  /**
   * Walks {@code doc} once, reading its meta tags and pruning its body, then removes the body's
   * blocks named as furniture.
   */
  static PagePruner prune(Document doc) {
    PagePruner p = new PagePruner(doc.body());
    NodeTraversor.filter(p, doc);
    if (!p.named.isEmpty()) {
      p.dropNamedFurniture();
    }
    return p;
  }

  /** What the meta tags and title of the page state. */
  PageMeta meta() {
    return meta.result();
  }

  /** How many elements of the body the walk kept, the body included: an upper bound now. */
  int elements() {
    return elements;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    meta.visit(e);
    if (e == body) {
      inBody = true;
    } else if (!inBody) {
      return FilterResult.CONTINUE; // outside the body only the meta tags are read
    } else if (isPruned(e)) {
      readMetaBelow(e);
      return FilterResult.REMOVE;
    }
    elements++;
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node == body) {
      inBody = false;
    } else if (inBody && node instanceof Element e && isFurnitureByName(e)) {
      named.add(e);
    }
    return FilterResult.CONTINUE;
  }

  /** The meta tags and title inside a pruned element are read all the same, in document order. */
  private void readMetaBelow(Element e) {
    if (e.firstElementChild() == null) {
      return;
    }
    for (Element d : e.getAllElements()) {
      if (d != e) {
        meta.visit(d);
      }
    }
  }

  /**
   * Removes the blocks named as furniture, unless one holds much of the page's prose: a walk that
   * counts the text and link text of the body and of each named block, made only on a page that
   * names some.
   */
  private void dropNamedFurniture() {
    NamedText counts = new NamedText(named);
    NodeTraversor.traverse(counts, body);
    int total = counts.total;
    for (int i = 0; i < named.size(); i++) {
      int text = counts.text[i];
      double linkDensity = text == 0 ? 0 : (double) counts.link[i] / text;
      boolean keep =
          text >= total * NAMED_KEEP_SHARE && linkDensity < NAMED_KEEP_LINKS && total > 0;
      if (!keep) {
        // innermost first: an element's parent is still in the tree when it is removed
        named.get(i).remove();
      }
    }
  }

  /** Counts text and link text, white space excluded, of a body and of its named blocks. */
  private static final class NamedText implements NodeVisitor {
    private final List<Element> named;
    private final int[] text;
    private final int[] link;
    private int next;
    private int total;

    /** Text and link text of the open elements, innermost last. */
    private int[] openText = new int[32];

    private int[] openLink = new int[32];
    private int open;
    private int linkDepth;

    /** A text node's characters; reused. */
    private char[] chars = new char[256];

    NamedText(List<Element> named) {
      this.named = named;
      this.text = new int[named.size()];
      this.link = new int[named.size()];
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        count(t.getWholeText());
      } else if (node instanceof Element e) {
        if (open == openText.length) {
          openText = Arrays.copyOf(openText, open * 2);
          openLink = Arrays.copyOf(openLink, open * 2);
        }
        openText[open] = 0;
        openLink[open] = 0;
        open++;
        if (e.normalName().equals("a")) {
          linkDepth++;
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
      open--;
      if (open > 0) {
        openText[open - 1] += openText[open];
        openLink[open - 1] += openLink[open];
      } else {
        total = openText[0];
      }
      // the walk closes the named blocks in the order the pruning walk listed them
      if (next < named.size() && named.get(next) == e) {
        text[next] = openText[open];
        link[next] = openLink[open];
        next++;
      }
    }

    private void count(String w) {
      int length = w.length();
      if (chars.length < length) {
        chars = new char[Math.max(length, chars.length * 2)];
      }
      w.getChars(0, length, chars, 0);
      int n = 0;
      for (int i = 0; i < length; i++) {
        n += PageStats.isBlank(chars[i]) ? 0 : 1;
      }
      openText[open - 1] += n;
      if (linkDepth > 0) {
        openLink[open - 1] += n;
      }
    }
  }

  private static boolean isPruned(Element e) {
    return DROPPED_TAGS.contains(e.normalName()) || isHidden(e) || isSiteHeader(e);
  }

  static boolean isHidden(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    if (!e.hasAttr("style")) {
      return e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true");
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none")
        || style.contains("visibility:hidden")
        || e.hasAttr("hidden")
        || e.attr("aria-hidden").equalsIgnoreCase("true");
  }

  private static boolean isSiteHeader(Element e) {
    return e.normalName().equals("header") && e.selectFirst("h1, h2") == null;
  }

  /**
   * Whether a token of the class or id of {@code e} names furniture; a class seen before on the
   * page is answered from a per-page table, since pages repeat their few class names.
   */
  private boolean isFurnitureByName(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    String c = e.className();
    String id = e.id();
    if (id.isEmpty()) {
      return !c.isEmpty() && namedClasses.computeIfAbsent(c, PagePruner::namesFurniture);
    }
    return namesFurniture(c) || namesFurniture(id);
  }

  /** Whether a token of {@code name} (split at spaces, "_" and "-", lower-cased) is furniture. */
  private static boolean namesFurniture(String name) {
    for (String token : MainContent.tokens(name)) {
      if (FURNITURE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }
}

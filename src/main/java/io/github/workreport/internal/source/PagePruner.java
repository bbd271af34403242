package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first walk of a parsed page, which does three jobs at once: it reads the meta tags and the
 * title ({@link PageMeta}) wherever they stand; it removes from the body what never is text
 * (scripts, styles, controls, navigation, hidden elements, the site header); and it counts the text
 * and link text of the blocks whose class or id names them furniture, so that those not holding
 * much of the page's prose are then removed without a second walk. Not thread-safe; one per page.
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

  /** Text and link text of the open elements of the body, innermost last. */
  private int[] text = new int[32];

  private int[] link = new int[32];
  private int open;
  private int linkDepth;
  private int elements;

  /** The elements named as furniture, innermost first, with their text and link text. */
  private final List<Element> named = new ArrayList<>();

  private final List<int[]> namedCounts = new ArrayList<>();

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
    p.dropNamedFurniture();
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
    if (node instanceof TextNode t) {
      if (open > 0) {
        countText(t.getWholeText());
      }
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    meta.visit(e);
    if (open == 0 && e != body) {
      return FilterResult.CONTINUE; // outside the body only the meta tags are read
    }
    if (e != body && isPruned(e)) {
      readMetaBelow(e);
      return FilterResult.REMOVE;
    }
    if (open == text.length) {
      text = Arrays.copyOf(text, open * 2);
      link = Arrays.copyOf(link, open * 2);
    }
    text[open] = 0;
    link[open] = 0;
    open++;
    elements++;
    if (e.normalName().equals("a")) {
      linkDepth++;
    }
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (open == 0 || !(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (e.normalName().equals("a")) {
      linkDepth--;
    }
    open--;
    if (open > 0) {
      text[open - 1] += text[open];
      link[open - 1] += link[open];
    }
    if (e != body && isFurnitureByName(e)) {
      named.add(e);
      namedCounts.add(new int[] {text[open], link[open]});
    }
    return FilterResult.CONTINUE;
  }

  private void countText(String w) {
    int n = 0;
    for (int i = 0; i < w.length(); i++) {
      n += PageStats.isBlank(w.charAt(i)) ? 0 : 1;
    }
    text[open - 1] += n;
    if (linkDepth > 0) {
      link[open - 1] += n;
    }
  }

  /** The meta tags and title inside a pruned element are read all the same, in document order. */
  private void readMetaBelow(Element e) {
    if (e.childrenSize() == 0) {
      return;
    }
    for (Element d : e.getAllElements()) {
      if (d != e) {
        meta.visit(d);
      }
    }
  }

  /**
   * Removes the blocks named as furniture, unless one holds much of the page's prose; the body's
   * text is known only once the walk is over.
   */
  private void dropNamedFurniture() {
    int total = text[0];
    for (int i = 0; i < named.size(); i++) {
      int[] c = namedCounts.get(i);
      double linkDensity = c[0] == 0 ? 0 : (double) c[1] / c[0];
      boolean keep =
          c[0] >= total * NAMED_KEEP_SHARE && linkDensity < NAMED_KEEP_LINKS && total > 0;
      if (!keep) {
        // innermost first: an element's parent is still in the tree when it is removed
        named.get(i).remove();
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

  private static boolean isFurnitureByName(Element e) {
    if (e.attributesSize() == 0) {
      return false;
    }
    for (String token : MainContent.tokens(e)) {
      if (FURNITURE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }
}

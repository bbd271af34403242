package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first walk of a parsed page, which does four jobs at once: it reads the meta tags and the
 * title ({@link PageMeta}) wherever they stand; it removes from the body what never is text
 * (scripts, styles, controls, navigation, hidden elements, the site header); it gathers the body's
 * {@link PageStats}; and it lists the blocks whose class or id names them furniture, which are then
 * removed unless one holds much of the page's prose. Only when one is removed are the statistics
 * gathered again. Not thread-safe; one per page.
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
  private PageStats stats;

  /** The elements named as furniture, innermost first (in the order their walk closes them). */
  private final List<Element> named = new ArrayList<>();

  private final Map<String, Boolean> namedClasses = new HashMap<>();

  private PagePruner(Element body, int elements) {
    this.body = body;
    this.stats = PageStats.open(body, elements);
  }

  /**
   * Walks {@code doc} once, reading its meta tags, pruning its body and gathering the body's
   * statistics, then removes the body's blocks named as furniture.
   *
   * @param elements about how many elements the page has, to size the statistics
   */
  static PagePruner prune(Document doc, int elements) {
    PagePruner p = new PagePruner(doc.body(), elements);
    NodeTraversor.filter(p, doc);
    if (p.dropNamedFurniture()) {
      // what was removed counted in its ancestors and split text runs: count the body again
      p.stats = PageStats.walk(p.body, p.elements);
    }
    return p;
  }

  /** What the meta tags and title of the page state. */
  PageMeta meta() {
    return meta.result();
  }

  /** The statistics of the body as pruned. */
  PageStats stats() {
    return stats;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (!(node instanceof Element e)) {
      if (inBody) {
        stats.head(node, depth);
      }
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
    stats.head(e, depth);
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (!inBody) {
      return FilterResult.CONTINUE;
    }
    stats.tail(node, depth);
    if (node == body) {
      inBody = false;
    } else if (node instanceof Element e && isFurnitureByName(e)) {
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
   * Removes the blocks named as furniture, unless one holds much of the page's prose; returns
   * whether any was removed.
   */
  private boolean dropNamedFurniture() {
    int total = stats.of(body).text;
    boolean removed = false;
    for (Element e : named) {
      PageStats.Stats s = stats.of(e);
      boolean keep =
          s.text >= total * NAMED_KEEP_SHARE && s.linkDensity() < NAMED_KEEP_LINKS && total > 0;
      if (!keep) {
        // innermost first: an element's parent is still in the tree when it is removed
        e.remove();
        removed = true;
      }
    }
    return removed;
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
    return e.normalName().equals("header") && !HtmlText.hasBelow(e, "h1", "h2");
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

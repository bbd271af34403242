package io.github.workreport.internal.source;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the text of an HTML page, the only user of jsoup: scripts, styles, navigation, site
 * header and footer, share and comment widgets are dropped; each block element becomes a line; and
 * headings, wholly bold paragraphs and centred short paragraphs are kept as {@link HeadingHint}s.
 * Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "noscript", "template", "iframe", "nav", "aside", "form", "button",
      "select", "input", "textarea", "svg", "canvas", "object", "embed", "audio", "video", "head",
      "footer", "menu");

  /** Words that, as a token of an element's class or id, mark page furniture. */
  private static final Set<String> FURNITURE_TOKENS = Set.of(
      "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
      "position", "location", "share", "sharing", "bdshare", "comment", "comments", "footer",
      "foot", "sidebar", "related", "relate", "recommend", "copyright", "toolbar", "login",
      "topbar", "tools", "print", "fontsize", "pager", "pagination");

  private static final Set<String> BLOCK_TAGS = Set.of(
      "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "section",
      "article", "main", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "header",
      "figure", "figcaption", "hr", "address", "center", "title", "body", "html");

  /** A centred paragraph longer than this is body text, not a heading. */
  static final int CENTERED_MAX = 40;

  private HtmlText() {}

  /** Extracts the text of {@code html} with the default nesting limit; never throws for any input. */
  public static ExtractedText extract(String html) {
    return extract(html, io.github.workreport.ParseLimits.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Extracts the text of {@code html}, building elements at most {@code maxDepth} deep (jsoup puts
   * deeper ones beside the last level, text kept); never throws for any input.
   */
  public static ExtractedText extract(String html, int maxDepth) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(maxDepth));
    Element root = doc.body();
    dropFurniture(root);
    Builder b = new Builder();
    NodeTraversor.traverse(b, root);
    // the body stands two levels down (html, body): the deepest element's level in the page
    int deepest = b.deepest + 2;
    List<Diagnostic> diagnostics = deepest < maxDepth ? List.of()
        : List.of(new Diagnostic(Severity.WARNING, "nesting-limit", "HTML elements nested past the limit of " + maxDepth
            + " were read as siblings at that depth", null));
    return b.finish(diagnostics);
  }

  private static void dropFurniture(Element root) {
    for (Element e : root.getAllElements()) {
      if (e == root || e.parent() == null) {
        continue;
      }
      String tag = e.normalName();
      if (DROPPED_TAGS.contains(tag) || isFurnitureByName(e) || isSiteHeader(e)) {
        e.remove();
      }
    }
  }

  private static boolean isSiteHeader(Element e) {
    return e.normalName().equals("header") && e.selectFirst("h1, h2") == null;
  }

  private static boolean isFurnitureByName(Element e) {
    String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
    if (names.isBlank()) {
      return false;
    }
    for (String token : names.split("[\\s_-]+")) {
      if (FURNITURE_TOKENS.contains(token)) {
        return true;
      }
    }
    return false;
  }

  /** Builds the text line by line while jsoup walks the tree. */
  private static final class Builder implements NodeVisitor {
    private final StringBuilder out = new StringBuilder();
    private final Map<Integer, HeadingHint> hints = new HashMap<>();
    private int lineStart = 0;
    private HeadingHint pending;
    private int deepest;

    @Override
    public void head(Node node, int depth) {
      deepest = Math.max(deepest, depth);
      if (node instanceof TextNode t) {
        appendText(t.getWholeText());
      } else if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        breakLine();
        HeadingHint h = hintOf(e);
        if (h != null) {
          pending = h;
        }
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        breakLine();
      }
    }

    private void appendText(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean space = c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f';
        if (space) {
          // HTML folds white space; keep one space, never at the start of a line
          if (out.length() > lineStart && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
          }
        } else {
          out.append(c);
        }
      }
    }

    private void breakLine() {
      int end = out.length();
      while (end > lineStart && out.charAt(end - 1) == ' ') {
        end--;
      }
      out.setLength(end);
      if (end > lineStart) {
        if (pending != null) {
          hints.put(lineStart, pending);
        }
        out.append('\n');
        lineStart = out.length();
      }
      pending = null;
    }

    ExtractedText finish(List<Diagnostic> diagnostics) {
      breakLine();
      return new ExtractedText(out.toString(), hints, diagnostics);
    }
  }

  static HeadingHint hintOf(Element e) {
    String tag = e.normalName();
    if (tag.equals("h1")) {
      return HeadingHint.H1;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
      return HeadingHint.HEADING;
    }
    if (!tag.equals("p") && !tag.equals("div") && !tag.equals("center")) {
      return null;
    }
    String text = e.text().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (tag.equals("p") && isWhollyBold(e, text)) {
      return HeadingHint.BOLD;
    }
    if (text.length() <= CENTERED_MAX && isCentered(e) && e.children().select("p, div").isEmpty()) {
      return HeadingHint.CENTERED;
    }
    return null;
  }

  private static boolean isWhollyBold(Element p, String text) {
    StringBuilder bold = new StringBuilder();
    for (Element b : p.select("strong, b")) {
      if (b.parents().stream().noneMatch(x -> x.normalName().equals("strong") || x.normalName().equals("b"))) {
        bold.append(b.text());
      }
    }
    return bold.toString().replace(" ", "").equals(text.replace(" ", ""));
  }

  private static boolean isCentered(Element e) {
    if (e.normalName().equals("center")) {
      return true;
    }
    String align = e.attr("align").toLowerCase(Locale.ROOT);
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return align.equals("center") || style.contains("text-align:center");
  }
}

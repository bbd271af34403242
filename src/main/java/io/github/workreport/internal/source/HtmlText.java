package io.github.workreport.internal.source;

import io.github.workreport.ParseLimits;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts the text of an HTML page as a reader sees it, the only user of jsoup. Scripts, styles,
 * navigation, hidden elements, site header and footer and blocks named as furniture are dropped; on
 * a page with more than a little text the article is found ({@link MainContent}), its headline
 * ({@link Headline}) and the furniture inside it removed ({@link RegionCleaner}), and only the
 * headline and the article become text ({@link PageText}); each block element is a line, and
 * headings, wholly bold paragraphs and centred short paragraphs are kept as {@link HeadingHint}s.
 * What the markup states about the article — headline, publication time, source, dateline — goes
 * with the text as {@link PageSignals}. Every step is a walk of the tree or of one element's text,
 * so the cost stays linear in the page. Stateless and thread-safe.
 */
public final class HtmlText {
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "tr",
          "td",
          "th",
          "table",
          "section",
          "article",
          "main",
          "blockquote",
          "pre",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "figure",
          "figcaption",
          "hr",
          "address",
          "center",
          "title",
          "body",
          "html",
          "form");

  /** A centred paragraph longer than this is body text, not a heading. */
  static final int CENTERED_MAX = 40;

  private HtmlText() {}

  /**
   * Extracts the text of {@code html} with the default nesting limit; never throws for any input.
   */
  public static ExtractedText extract(String html) {
    return extract(html, ParseLimits.DEFAULT_MAX_NESTING_DEPTH);
  }

  /**
   * Extracts the text of {@code html}, building elements at most {@code maxDepth} deep (jsoup puts
   * deeper ones beside the last level, text kept); never throws for any input.
   */
  public static ExtractedText extract(String html, int maxDepth) {
    Document doc = Jsoup.parse(html, "", Parser.htmlParser().setMaxDepth(maxDepth));
    // a page has an element for every few dozen characters of its markup (a guess on the low side:
    // the table of statistics grows if it must)
    PagePruner pruned = PagePruner.prune(doc, html.length() / 64);
    PageMeta meta = pruned.meta();
    Element body = doc.body();
    PageStats stats = pruned.stats();
    Region region = region(body, meta, stats);
    // the text's non-blank characters, and a space or line end for some of them
    int chars = stats.of(body).text;
    PageText b = new PageText(region, chars + chars / 8 + 16);
    NodeTraversor.traverse(b, body);
    // the body stands two levels down (html, body): the deepest element's level in the page
    int deepest = b.deepest() + 2;
    List<Diagnostic> diagnostics =
        deepest < maxDepth
            ? List.of()
            : List.of(
                DiagnosticCode.NESTING_LIMIT.at(
                    null,
                    "HTML elements nested past the limit of "
                        + maxDepth
                        + " were read as siblings at that depth"));
    return b.finish(diagnostics, signals(meta, region, b.dateline(), stats));
  }

  /**
   * The part of the page to read: the article with its headline, cleaned, on a page with enough
   * text to have one; else the whole body.
   */
  private static Region region(Element body, PageMeta meta, PageStats stats) {
    if (stats.of(body).text < PageVocabulary.MIN_PAGE_TEXT) {
      return Region.whole(body);
    }
    MainContent.Article article = MainContent.find(body, stats);
    if (article == null) {
      return Region.whole(body);
    }
    List<String> refs = Headline.references(meta.titles(), meta.pageTitle());
    Element headline = Headline.find(body, article.top(), refs, stats);
    Region region = Region.of(article, headline);
    RegionCleaner.clean(region, stats);
    return region;
  }

  private static PageSignals signals(PageMeta meta, Region region, String byline, PageStats stats) {
    String title =
        region.headline() != null
            ? region.headline().text()
            : meta.titles().isEmpty() ? null : meta.titles().get(0);
    String trailer = labelledDate(stats);
    String dateline = trailer == null ? byline : byline + trailer;
    return new PageSignals(
        title == null ? null : foldSpaces(title, " "),
        meta.published(),
        meta.source(),
        dateline,
        region.headline() != null || meta.article());
  }

  /**
   * {@code s} with each run of ASCII white space (the {@code \\s} of a regular expression: space,
   * tab, line ends, form feed, vertical tab) replaced by {@code with}; {@code s} itself when it has
   * none. No pattern is compiled per call.
   */
  static String foldSpaces(String s, String with) {
    int i = 0;
    while (i < s.length() && !isAsciiSpace(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length()).append(s, 0, i);
    while (i < s.length()) {
      char c = s.charAt(i++);
      if (!isAsciiSpace(c)) {
        sb.append(c);
      } else if (i == s.length() || !isAsciiSpace(s.charAt(i))) {
        sb.append(with); // the last space of a run stands for it
      }
    }
    return sb.toString();
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The first text run of the page that opens with a date label and a colon ("发布日期：…"), or null.
   */
  static String labelledDate(PageStats stats) {
    for (PageStats.Run run : stats.runs()) {
      String head = run.head();
      for (String label : PageVocabulary.DATE_LABELS) {
        if (head.length() > label.length()
            && head.startsWith(label)
            && (head.charAt(label.length()) == '\uFF1A' || head.charAt(label.length()) == ':')) {
          return head;
        }
      }
    }
    return null;
  }

  /**
   * Whether an element under {@code e}, not {@code e} itself, is named {@code a} or {@code b}: a
   * walk that stops at the first, where a CSS query would parse its selector at every call.
   */
  static boolean hasBelow(Element e, String a, String b) {
    boolean[] found = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node != e
                && node instanceof Element x
                && (x.normalName().equals(a) || x.normalName().equals(b))) {
              found[0] = true;
              return FilterResult.STOP;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        e);
    return found[0];
  }

  /** Whether {@code e} is a block element: its text stands on lines of its own. */
  static boolean isBlock(Element e) {
    String t = e.normalName();
    // the names of one and two letters, the most frequent, answer without a set look-up
    switch (t.length()) {
      case 1:
        return t.charAt(0) == 'p';
      case 2:
        return isShortBlock(t.charAt(0), t.charAt(1));
      default:
        return BLOCK_TAGS.contains(t);
    }
  }

  /** Whether the tag name of the two letters {@code a} and {@code b} is in {@link #BLOCK_TAGS}. */
  private static boolean isShortBlock(char a, char b) {
    switch (a) {
      case 'b':
        return b == 'r';
      case 'l':
        return b == 'i';
      case 'u':
      case 'o':
        return b == 'l';
      case 'd':
        return b == 'l' || b == 't' || b == 'd';
      case 't':
        return b == 'r' || b == 'd' || b == 'h';
      case 'h':
        return (b >= '1' && b <= '6') || b == 'r';
      default:
        return false;
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
    boolean centered = isCentered(e);
    // only an element child can be bold: a paragraph of text alone is read no further
    String bold = tag.equals("p") && e.firstElementChild() != null ? boldText(e) : "";
    if (!centered && bold.isEmpty()) {
      return null; // the text is read only when it may be a bold or centred heading
    }
    String text = e.text().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (!bold.isEmpty() && bold.replace(" ", "").equals(text.replace(" ", ""))) {
      return HeadingHint.BOLD;
    }
    if (text.length() <= CENTERED_MAX && centered && !hasBelow(e, "p", "div")) {
      return HeadingHint.CENTERED;
    }
    return null;
  }

  /**
   * The text of the outermost bold elements ({@code <strong>}, {@code <b>}) in {@code p}, or "".
   */
  private static String boldText(Element p) {
    StringBuilder bold = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node != p
                && node instanceof Element e
                && (e.normalName().equals("strong") || e.normalName().equals("b"))) {
              bold.append(e.text());
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        p);
    return bold.toString();
  }

  private static boolean isCentered(Element e) {
    if (e.normalName().equals("center")) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    String align = e.attr("align").toLowerCase(Locale.ROOT);
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return align.equals("center") || style.contains("text-align:center");
  }
}

package io.github.workreport.internal.source;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is not article text from a page's region, after Readability's conditional cleaning:
 * link-dense lists and blocks with little prose (related headlines, column menus, community links),
 * forms, blocks headed "相关新闻"/"推荐阅读"/…, page controls (打印/关闭/分享到/字号 大 中 小…) and links to the
 * neighbouring articles (上一篇/下一篇). The article block, the headline and the elements holding them
 * always stay. Stateless.
 */
final class RegionCleaner {
  /** Blocks judged as a whole: lists, tables, forms and generic containers. */
  private static final Set<String> CONTAINERS =
      Set.of(
          "div", "section", "aside", "table", "tbody", "tr", "td", "ul", "ol", "dl", "dd", "li",
          "form", "center");

  /**
   * Most elements under an element whose text is read for a control test; more and it is no
   * control.
   */
  private static final int SMALL_SUBTREE = 50;

  /** Prose has at least this many clause marks; fewer, and a link-dense block is a list. */
  private static final int PROSE_MARKS = 10;

  /** The first characters of the control words. */
  private static final String CONTROL_OPENINGS = controlOpenings();

  private RegionCleaner() {}

  private static String controlOpenings() {
    StringBuilder sb = new StringBuilder();
    for (String w : PageVocabulary.CONTROL_WORDS) {
      if (sb.indexOf(w.substring(0, 1)) < 0) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Removes the furniture inside the spans of {@code region}. */
  static void clean(Region region, PageStats stats) {
    List<Element> doomed = new ArrayList<>();
    for (Element start : region.starts()) {
      Element end = region.spanEnd(start);
      NodeTraversor.filter(
          new SpanFilter(region, stats, start, end, doomed), commonAncestor(start, end));
    }
    doomed.forEach(Element::remove);
  }

  /** The nearest element holding both {@code a} and {@code b}. */
  static Element commonAncestor(Element a, Element b) {
    Set<Element> up = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Element x = a; x != null; x = x.parent()) {
      up.add(x);
    }
    Element x = b;
    while (x.parent() != null && !up.contains(x)) {
      x = x.parent();
    }
    return x;
  }

  /** Collects the furniture between a span's start (its opening) and its end (its close). */
  private static final class SpanFilter implements NodeFilter {
    private final Region region;
    private final PageStats stats;
    private final Element start;
    private final Element end;
    private final List<Element> doomed;
    private boolean inside;
    private boolean inTop;

    SpanFilter(Region region, PageStats stats, Element start, Element end, List<Element> doomed) {
      this.region = region;
      this.stats = stats;
      this.start = start;
      this.end = end;
      this.doomed = doomed;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        return FilterResult.CONTINUE;
      }
      if (e == start) {
        inside = true;
      }
      if (e == region.top()) {
        inTop = true;
      }
      if (!inside || region.isFrame(e)) {
        return e == region.headline() ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
      }
      // between the headline and the article stands the byline: only controls go from there
      if (inTop ? isFurniture(e, stats) : isControl(e, stats)) {
        doomed.add(e);
        return FilterResult.SKIP_ENTIRELY;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      return node == end ? FilterResult.STOP : FilterResult.CONTINUE;
    }
  }

  /**
   * Whether {@code e} is a page control, a link to a neighbouring article or a block of furniture.
   */
  static boolean isFurniture(Element e, PageStats stats) {
    if (isControl(e, stats)) {
      return true;
    }
    PageStats.Stats s = stats.of(e);
    if (s.text == 0 || !CONTAINERS.contains(e.normalName())) {
      return false;
    }
    if (isRelatedHeader(s.firstRun)) {
      return true;
    }
    if (s.punct >= PROSE_MARKS) {
      return false;
    }
    double ld = s.linkDensity();
    return ld > 0.5
        || (MainContent.classWeight(e) < 0 && ld > 0.2)
        || (s.inputs > 0 && s.text < 100)
        || (s.items > s.paragraphs && ld > 0.2);
  }

  /** Whether {@code e} is a page control or a link to a neighbouring article. */
  static boolean isControl(Element e, PageStats stats) {
    PageStats.Stats s = stats.of(e);
    if (s.text == 0 || s.elements > SMALL_SUBTREE) {
      return false;
    }
    boolean brief = s.text <= PageVocabulary.CONTROL_MAX;
    boolean neighbour = s.text <= PageVocabulary.NEIGHBOUR_LINK_MAX && s.link > 0;
    if (!brief && !neighbour) {
      return false; // too long to be either: its first characters are not read
    }
    String first = PageStats.first(e);
    if (brief
        && (opensWith(first, PageVocabulary.SHARE_OPENINGS)
            || (mayOpenControl(first.charAt(0)) && isControl(e.text())))) {
      return true;
    }
    return neighbour && opensWith(first, PageVocabulary.NEIGHBOUR_OPENINGS);
  }

  /**
   * Whether a text opening with {@code c} may be control words: a separator or a word's first
   * character.
   */
  private static boolean mayOpenControl(char c) {
    char f = TextNormalizer.fold(c);
    return isSeparator(f) || CONTROL_OPENINGS.indexOf(f) >= 0;
  }

  private static boolean isSeparator(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || "\u3010\u3011[]()|/:\u00B7>".indexOf(c) >= 0;
  }

  /** Whether the text is only control words ("【打印本页】【关闭窗口】", "字号 大 中 小"). */
  static boolean isControl(String text) {
    String t = TextNormalizer.normalize(text);
    int n = 0;
    String only = null;
    int start = -1;
    for (int i = 0; i <= t.length(); i++) {
      if (i == t.length() || isSeparator(t.charAt(i))) {
        if (start >= 0) {
          String w = t.substring(start, i);
          if (!PageVocabulary.CONTROL_WORDS.contains(w)) {
            return false;
          }
          n++;
          only = w;
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
    return n >= 2 || (n == 1 && only.length() >= 2);
  }

  /** Whether {@code head} (white space removed) opens with one of {@code openings} (Han words). */
  private static boolean opensWith(String head, List<String> openings) {
    String t = head.charAt(0) == '\u3010' || head.charAt(0) == '[' ? head.substring(1) : head;
    for (String o : openings) {
      if (t.startsWith(o)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a block's first text is the header of a related-content list. */
  static boolean isRelatedHeader(String first) {
    if (first == null) {
      return false;
    }
    for (String h : PageVocabulary.RELATED_HEADERS) {
      if (first.startsWith(h)) {
        String rest = first.substring(h.length());
        if (rest.isEmpty()
            || rest.charAt(0) == ':'
            || rest.charAt(0) == '\uFF1A'
            || rest.length() <= 4) {
          return true;
        }
      }
    }
    return false;
  }
}

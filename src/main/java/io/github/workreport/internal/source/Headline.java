package io.github.workreport.internal.source;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element a page shows its headline in, by the page's own signals in order of trust: the
 * article's own {@code <h1>} (inside the chosen block); else an element whose words are the
 * article's title as the head states it ({@code og:title}, {@code ArticleTitle}, or the {@code
 * <title>} without its site-name part), the best-ranked and then nearest such before the article,
 * else the first inside it; else the nearest heading shortly before the article. A {@code <title>}
 * is trusted only where the page shows the same words, because many sites put the column or site
 * name there. Stateless.
 */
final class Headline {
  /** The separators that divide a {@code <title>} into its parts ("_", "-", "|", "—"). */
  private static final Pattern TITLE_PARTS = Pattern.compile("[_|\\-\u2014\uFF5C]+");

  private Headline() {}

  /**
   * Returns the headline element of the page whose article starts at {@code top}, or null.
   *
   * @param refs the reference titles, compact (see {@link #compact})
   */
  static Element find(Element body, Element top, List<String> refs, PageStats stats) {
    Finder f = new Finder(top, refs, stats);
    NodeTraversor.filter(f, body);
    if (f.ownH1 != null) {
      return f.ownH1;
    }
    if (f.matched != null) {
      return f.matched;
    }
    return f.nearest != null && f.since <= PageVocabulary.HEADLINE_REACH ? f.nearest : null;
  }

  /** Folded text with every space removed, the form titles are compared in. */
  static String compact(String s) {
    return HtmlText.foldSpaces(TextNormalizer.normalize(s), "");
  }

  /** Walks the page once, up to the end of the article. */
  private static final class Finder implements NodeFilter {
    private final Element top;
    private final List<String> refs;
    private final PageStats stats;
    private Element matched;
    private int matchedRank;
    private Element ownH1;
    private Element nearest;
    private int since;
    private boolean inTop;
    private int linkDepth;

    Finder(Element top, List<String> refs, PageStats stats) {
      this.top = top;
      this.refs = refs;
      this.stats = stats;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (!(node instanceof Element e)) {
        // past the reach the distance is not needed again until a nearer heading resets it
        if (nearest != null
            && !inTop
            && since <= PageVocabulary.HEADLINE_REACH
            && node instanceof TextNode t
            && linkDepth == 0) {
          since += t.text().strip().length();
        }
        return FilterResult.CONTINUE;
      }
      if (e == top) {
        inTop = true;
      }
      if (e.normalName().equals("a")) {
        linkDepth++;
      }
      if (linkDepth > 0 || !isCandidate(e)) {
        return FilterResult.CONTINUE;
      }
      int rank = rank(e);
      boolean h1 = e.normalName().equals("h1");
      if (!(!refs.isEmpty() && (!inTop || matched == null))
          && (inTop ? !h1 || ownH1 != null : rank < 2)) {
        return FilterResult.CONTINUE; // nothing this element could be: its text is not read
      }
      String text = compact(e.text());
      // before the article the best-ranked, then nearest, match wins; inside it only the first
      if (matches(text) && (inTop ? matched == null : matched == null || rank >= matchedRank)) {
        matched = e;
        matchedRank = rank;
      }
      if (inTop && ownH1 == null && h1) {
        ownH1 = e;
      }
      if (!inTop && rank >= 2 && !PageVocabulary.RELATED_HEADERS.contains(text)) {
        nearest = e;
        since = 0;
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e) {
        if (e.normalName().equals("a")) {
          linkDepth--;
        }
        if (e == top) {
          return FilterResult.STOP; // nothing after the article is read
        }
      }
      return FilterResult.CONTINUE;
    }

    private boolean isCandidate(Element e) {
      PageStats.Stats s = stats.of(e);
      return s.text >= PageVocabulary.HEADLINE_MIN
          && s.text <= PageVocabulary.HEADLINE_MAX
          && s.link == 0
          && s.elements <= 50
          && s.owners <= 1;
    }

    private boolean matches(String text) {
      for (String ref : refs) {
        if (text.equals(ref)) {
          return true;
        }
        if (ref.startsWith(text)
            && text.length() >= ref.length() * PageVocabulary.HEADLINE_PREFIX_SHARE) {
          return true;
        }
        if (text.startsWith(ref)
            && ref.length() >= text.length() * PageVocabulary.HEADLINE_PREFIX_SHARE) {
          return true;
        }
      }
      return false;
    }
  }

  /** h1 3; other headings and elements named as titles 2; anything else 1. */
  static int rank(Element e) {
    String tag = e.normalName();
    if (tag.equals("h1")) {
      return 3;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '2' && tag.charAt(1) <= '6') {
      return 2;
    }
    for (String token : MainContent.tokens(e)) {
      for (String hint : PageVocabulary.TITLE_HINTS) {
        if (token.contains(hint)) {
          return 2;
        }
      }
    }
    return 1;
  }

  /**
   * The reference titles of a page: its meta titles, then its {@code <title>} whole and in the
   * parts its separators ("_", "-", "|", "—") divide it into; each compact and at least {@link
   * PageVocabulary#HEADLINE_MIN} long.
   */
  static List<String> references(List<String> metaTitles, String pageTitle) {
    List<String> out = new ArrayList<>();
    for (String t : metaTitles) {
      add(out, t);
    }
    if (pageTitle != null) {
      add(out, pageTitle);
      for (String part : TITLE_PARTS.split(pageTitle)) {
        add(out, part);
      }
    }
    return out;
  }

  private static void add(List<String> out, String s) {
    String c = compact(s);
    if (c.length() >= PageVocabulary.HEADLINE_MIN && !out.contains(c)) {
      out.add(c);
    }
  }
}

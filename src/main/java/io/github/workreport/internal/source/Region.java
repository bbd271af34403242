package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The part of a page a reader reads: from the headline to the end of the article, plus the siblings
 * that join the article. The text builder emits only what lies in it. A region is a list of spans,
 * each from a start element's opening to an end element's close in document order. Not thread-safe;
 * one per page.
 */
final class Region {
  private final Element headline;
  private final Element top;
  private final Map<Element, Element> spans;
  private final boolean article;
  private final Set<Element> frame = Collections.newSetFromMap(new IdentityHashMap<>());

  private Region(Element headline, Element top, Map<Element, Element> spans, boolean article) {
    this.article = article;
    this.headline = headline;
    this.top = top;
    this.spans = spans;
    for (Element e = top; e != null; e = e.parent()) {
      frame.add(e);
    }
    for (Element e = headline; e != null; e = e.parent()) {
      frame.add(e);
    }
  }

  /** The whole of {@code body}: a short page, or one with no article to find. */
  static Region whole(Element body) {
    Map<Element, Element> spans = new IdentityHashMap<>();
    spans.put(body, body);
    return new Region(null, body, spans, false);
  }

  /**
   * The region of a page whose article is {@code article} and whose headline is {@code headline}
   * (or null).
   */
  static Region of(MainContent.Article article, Element headline) {
    Map<Element, Element> spans = new IdentityHashMap<>();
    Element top = article.top();
    boolean before = headline != null && !MainContent.isAncestor(top, headline);
    spans.put(before ? headline : top, top);
    for (Element s : article.siblings()) {
      boolean afterTop = s.siblingIndex() > top.siblingIndex();
      if (afterTop || !before) {
        spans.put(s, s);
      }
    }
    return new Region(headline, top, spans, true);
  }

  /** Whether the region is an article found on the page rather than the whole page. */
  boolean isArticle() {
    return article;
  }

  /** The headline element, or null. */
  Element headline() {
    return headline;
  }

  /** The article block. */
  Element top() {
    return top;
  }

  /**
   * Returns the element whose close ends the span that {@code start} opens, or null when it opens
   * none.
   */
  Element spanEnd(Element start) {
    return spans.get(start);
  }

  /** The elements that open spans. */
  List<Element> starts() {
    return new ArrayList<>(spans.keySet());
  }

  /** Whether {@code e} must stay: the article block, the headline, or an element holding either. */
  boolean isFrame(Element e) {
    return frame.contains(e);
  }
}

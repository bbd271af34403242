package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * What the meta tags and the {@code <title>} of a page state: its title as the head gives it, the
 * publication time and the source. Read once per page. Values are as written, or null.
 *
 * @param titles the meta titles in order of trust ({@code og:title}, {@code ArticleTitle}, {@code
 *     title}, {@code twitter:title}), non-blank
 * @param pageTitle the {@code <title>} text, or null
 * @param published the first publication-time meta value, or null
 * @param source the {@code ContentSource} meta value, or null
 */
record PageMeta(List<String> titles, String pageTitle, String published, String source) {

  PageMeta {
    titles = List.copyOf(titles);
  }

  /**
   * Gathers a {@link PageMeta} from the elements of a page shown to it in document order, so that a
   * walk with another purpose reads the meta tags on its way. Not thread-safe; one per page.
   */
  static final class Reader {
    private final String[] titles = new String[PageVocabulary.TITLE_META.size()];
    private String published;
    private String source;
    private String pageTitle;
    private boolean titleSeen;

    /** Reads {@code e} when it is a {@code <meta>} or the first {@code <title>}. */
    void visit(Element e) {
      String tag = e.normalName();
      if (tag.equals("meta")) {
        meta(e);
      } else if (!titleSeen && tag.equals("title")) {
        titleSeen = true;
        String t = e.text().strip();
        pageTitle = t.isEmpty() ? null : t;
      }
    }

    private void meta(Element m) {
      String key =
          (m.hasAttr("property") ? m.attr("property") : m.attr("name"))
              .strip()
              .toLowerCase(Locale.ROOT);
      String value = m.attr("content").strip();
      if (key.isEmpty() || value.isEmpty()) {
        return;
      }
      int t = PageVocabulary.TITLE_META.indexOf(key);
      if (t >= 0 && titles[t] == null) {
        titles[t] = value;
      } else if (published == null && PageVocabulary.PUBLISHED_META.contains(key)) {
        published = value;
      } else if (source == null && PageVocabulary.SOURCE_META.contains(key)) {
        source = value;
      }
    }

    /** What the elements shown so far state. */
    PageMeta result() {
      List<String> ordered = new ArrayList<>();
      for (String t : titles) {
        if (t != null) {
          ordered.add(t);
        }
      }
      return new PageMeta(ordered, pageTitle, published, source);
    }
  }

  /** Whether the head states anything of an article: a title of its own or a publication time. */
  boolean article() {
    return !titles.isEmpty() || published != null;
  }
}

package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
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

  /** Reads the meta tags anywhere in {@code doc} and its first {@code <title>}. */
  static PageMeta read(Document doc) {
    String[] titles = new String[PageVocabulary.TITLE_META.size()];
    String published = null;
    String source = null;
    for (Element m : doc.getElementsByTag("meta")) {
      String key =
          (m.hasAttr("property") ? m.attr("property") : m.attr("name"))
              .strip()
              .toLowerCase(Locale.ROOT);
      String value = m.attr("content").strip();
      if (key.isEmpty() || value.isEmpty()) {
        continue;
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
    List<String> ordered = new ArrayList<>();
    for (String t : titles) {
      if (t != null) {
        ordered.add(t);
      }
    }
    Element title = doc.selectFirst("title");
    String pageTitle = title == null ? null : title.text().strip();
    return new PageMeta(
        ordered, pageTitle == null || pageTitle.isEmpty() ? null : pageTitle, published, source);
  }

  /** Whether the head states anything of an article: a title of its own or a publication time. */
  boolean article() {
    return !titles.isEmpty() || published != null;
  }
}

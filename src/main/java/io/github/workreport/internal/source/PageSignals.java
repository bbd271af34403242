package io.github.workreport.internal.source;

/**
 * What a web page's markup says about its article, beside its text: read from the DOM and the
 * head's meta tags, handed to the metadata stage, which trusts the headline and publication time
 * before its text heuristics and takes the source when the text names none. Values are raw page
 * text (dates are not parsed here); each is null when the page does not say.
 *
 * @param title the article's headline: the page's headline element, else a meta title ({@code
 *     og:title}, {@code ArticleTitle}); spaces folded, or null
 * @param published a meta tag's publication time as written ("2019-09-18 06:23"): {@code
 *     article:published_time}, {@code PubDate}, {@code publishdate}…; or null
 * @param source the source a {@code ContentSource} or {@code source} meta tag names, as written (it
 *     may keep a label: "来源：人民网"), or null
 * @param dateline the text between the headline and the article's first paragraph, then the first
 *     labelled date line of the page ("发布日期：2019-03-06"), where a date is looked for when nothing
 *     better states one; at most a few hundred characters, or null
 * @param article whether the page presents itself as an article: it shows a headline, or its head
 *     states a title of its own or a publication time
 */
public record PageSignals(
    String title, String published, String source, String dateline, boolean article) {

  /** No signals: plain text, or a page that states nothing. */
  public static final PageSignals NONE = new PageSignals(null, null, null, null, false);

  /** Strips the values and turns blank ones into null. */
  public PageSignals {
    title = clean(title);
    published = clean(published);
    source = clean(source);
    dateline = clean(dateline);
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.PageSignals;
import io.github.workreport.internal.text.TextNormalizer;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads the {@link PageSignals} of a web page into metadata values, for {@link MetadataExtractor}
 * to start from: what the markup states is trusted before what the text heuristics guess.
 * Stateless.
 */
final class PageSignalReader {
  private PageSignalReader() {}

  /** The publication date a meta tag states ("2019-09-18T06:23:00+08:00"), or null. */
  static LocalDate published(PageSignals signals) {
    return firstDate(signals.published());
  }

  /**
   * The first date of the lines between the headline and the text ("2019-12-10 07:57:40 来源：新华网"),
   * else of the page's first labelled date line; null when they hold none.
   */
  static LocalDate dateline(PageSignals signals) {
    return firstDate(signals.dateline());
  }

  /** The headline the page shows, or null. */
  static String title(PageSignals signals) {
    return signals.title();
  }

  /** The source a meta tag names, its label ("来源：") dropped, or null. */
  static String source(PageSignals signals) {
    String s = signals.source();
    if (s == null) {
      return null;
    }
    List<MetadataLine.Field> fields = MetadataLine.read(TextNormalizer.normalize(s));
    if (!fields.isEmpty() && LineRules.SOURCE_KEYS.contains(fields.get(0).key())) {
      return fields.get(0).value().isEmpty() ? null : fields.get(0).value();
    }
    return s;
  }

  /**
   * Whether a text the metadata stage could not name is a news article: the page presents itself as
   * an article (it shows a headline or states a publication time) and says when or by whom it was
   * published.
   */
  static boolean isNews(PageSignals signals, LocalDate published, String source) {
    return signals.article() && (published != null || source != null);
  }

  private static LocalDate firstDate(String s) {
    if (s == null) {
      return null;
    }
    // "2019-09-18 06:23": the time must not read as part of the date
    DateReader.Found d = DateReader.find(TextNormalizer.normalize(s).replace(' ', 'T'), 0);
    return d == null ? null : d.date();
  }
}

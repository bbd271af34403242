package io.github.workreport.internal.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the block of a page that holds its article, after the content-scoring heuristics of
 * Mozilla's Readability (paragraph scores propagated to ancestors with falling weights, scaled by
 * one minus the link density, class and id names as weak evidence, a common ancestor of several
 * strong candidates preferred, siblings that read like article text kept) and, like trafilatura,
 * with Chinese text in mind: a paragraph scores by its clause punctuation (，。、；) and length, not by
 * English commas. The article is the best block and the siblings that join it. Stateless.
 */
final class MainContent {
  /** Ancestor levels a paragraph's score reaches. */
  private static final int LEVELS = 5;

  /** How many of the best candidates may vote for a common ancestor. */
  private static final int TOP_CANDIDATES = 5;

  private MainContent() {}

  /**
   * The article of a page.
   *
   * @param top the best block; its subtree is the article
   * @param siblings siblings of {@code top} that join it, in document order, {@code top} excluded
   */
  record Article(Element top, List<Element> siblings) {}

  /** Returns the article under {@code root}, or null when no block holds scoring text. */
  static Article find(Element root, PageStats stats) {
    Map<Element, Double> scores = score(root, stats);
    if (scores.isEmpty()) {
      return null;
    }
    List<Element> ranked = best(scores, stats);
    Element top = ranked.get(0);
    top = commonAncestor(top, ranked, scores, stats, root);
    if (stats.of(top).owners <= 1 && top.parent() != null && top != root) {
      top = top.parent(); // a paragraph alone is not an article: its container is
    }
    return new Article(top, siblings(top, scores, stats));
  }

  private static Map<Element, Double> score(Element root, PageStats stats) {
    // jsoup elements hash by identity; insertion order (document order) makes ties go to the first
    Map<Element, Double> scores = new LinkedHashMap<>();
    for (PageStats.Run run : stats.runs()) {
      if (run.text() < PageVocabulary.MIN_RUN_TEXT) {
        continue;
      }
      double s =
          1
              + run.punct()
              + Math.min(
                  run.text() / PageVocabulary.CHARS_PER_POINT, PageVocabulary.MAX_LENGTH_POINTS);
      Element e = run.owner();
      for (int level = 0; level < LEVELS && e != null; level++) {
        Element at = e;
        double add = s / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
        Double before = scores.get(at);
        scores.put(at, (before == null ? initial(at) : before) + add);
        if (e == root) {
          break;
        }
        e = e.parent();
      }
    }
    return scores;
  }

  /** The {@link #TOP_CANDIDATES} best-scoring elements, best first, in one pass over the scores. */
  private static List<Element> best(Map<Element, Double> scores, PageStats stats) {
    List<Element> out = new ArrayList<>(TOP_CANDIDATES + 1);
    List<Double> values = new ArrayList<>(TOP_CANDIDATES + 1);
    for (Element e : scores.keySet()) {
      double v = finalScore(e, scores, stats);
      int at = values.size();
      while (at > 0 && values.get(at - 1) < v) {
        at--;
      }
      if (at < TOP_CANDIDATES) {
        out.add(at, e);
        values.add(at, v);
        if (out.size() > TOP_CANDIDATES) {
          out.remove(TOP_CANDIDATES);
          values.remove(TOP_CANDIDATES);
        }
      }
    }
    return out;
  }

  private static double finalScore(Element e, Map<Element, Double> scores, PageStats stats) {
    return scores.getOrDefault(e, 0.0) * (1 - stats.of(e).linkDensity());
  }

  /** Tag and class evidence an element starts with when it first scores. */
  static double initial(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article", "section", "main" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return s + classWeight(e);
  }

  /** +weight for an article-like class or id token, -weight for a furniture-like one. */
  static int classWeight(Element e) {
    int w = 0;
    for (String token : tokens(e)) {
      if (PageVocabulary.NEGATIVE_TOKENS.contains(token)) {
        w = -PageVocabulary.CLASS_WEIGHT;
        break;
      }
      if (PageVocabulary.POSITIVE_TOKENS.contains(token)) {
        w = PageVocabulary.CLASS_WEIGHT;
      }
    }
    return w;
  }

  /** The class and id of {@code e} in lower-case words, split at spaces, "_" and "-". */
  static List<String> tokens(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty() && id.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(4);
    split(c, out);
    split(id, out);
    return out;
  }

  /** The words of one class or id value, as {@link #tokens(Element)} splits them. */
  static List<String> tokens(String name) {
    List<String> out = new ArrayList<>(4);
    split(name, out);
    return out;
  }

  private static void split(String s, List<String> out) {
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      char ch = i < s.length() ? s.charAt(i) : ' ';
      if (ch == '_' || ch == '-' || Character.isWhitespace(ch)) {
        if (start >= 0) {
          out.add(s.substring(start, i).toLowerCase(Locale.ROOT));
          start = -1;
        }
      } else if (start < 0) {
        start = i;
      }
    }
  }

  /**
   * When several strong candidates (each at least {@link PageVocabulary#ALTERNATIVE_SHARE} of the
   * best) sit under one ancestor, that ancestor is the article: a page split into sections.
   */
  private static Element commonAncestor(
      Element top,
      List<Element> ranked,
      Map<Element, Double> scores,
      PageStats stats,
      Element root) {
    double best = finalScore(top, scores, stats);
    List<Element> strong = new ArrayList<>();
    for (int i = 1; i < Math.min(ranked.size(), TOP_CANDIDATES); i++) {
      if (finalScore(ranked.get(i), scores, stats) >= best * PageVocabulary.ALTERNATIVE_SHARE) {
        strong.add(ranked.get(i));
      }
    }
    if (strong.size() < PageVocabulary.ALTERNATIVE_VOTES) {
      return top;
    }
    for (Element a = top.parent(); a != null && a != root; a = a.parent()) {
      int votes = 0;
      for (Element c : strong) {
        if (isAncestor(a, c)) {
          votes++;
        }
      }
      if (votes >= PageVocabulary.ALTERNATIVE_VOTES) {
        return a;
      }
    }
    return top;
  }

  static boolean isAncestor(Element a, Element e) {
    for (Element x = e; x != null; x = x.parent()) {
      if (x == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * Siblings that join the article: scoring well enough beside it, or a paragraph that reads like
   * article text (long with few links, or short, link-free and ending a sentence).
   */
  private static List<Element> siblings(Element top, Map<Element, Double> scores, PageStats stats) {
    List<Element> out = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      return out;
    }
    double threshold =
        Math.max(
            PageVocabulary.SIBLING_MIN_SCORE,
            finalScore(top, scores, stats) * PageVocabulary.SIBLING_SHARE);
    for (Element s : parent.children()) {
      if (s == top) {
        continue;
      }
      PageStats.Stats st = stats.of(s);
      boolean joins = finalScore(s, scores, stats) >= threshold;
      if (!joins && s.normalName().equals("p") && st.text > 0) {
        String text = s.text().strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        joins =
            (st.text > 80 && st.linkDensity() < 0.25)
                || (st.link == 0
                    && (last == '\u3002' || last == '.' || last == '\uFF01' || last == '\uFF1F'));
      }
      if (joins) {
        out.add(s);
      }
    }
    return out;
  }
}

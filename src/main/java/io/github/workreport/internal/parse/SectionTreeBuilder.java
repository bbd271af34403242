package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Severity;
import io.github.workreport.model.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the section tree of a report from its blocks. A heading's level comes from its numbering
 * style: the first style the document uses is level 1, a style first met under it is one level
 * deeper, and a style met again returns to its level. The glossary block is always level 1.
 * Not thread-safe: one instance per parse.
 */
public final class SectionTreeBuilder {
  private static final String BARE = "BARE";

  private final Integer year;
  private final List<Paragraph> preamble = new ArrayList<>();
  private final List<Node> roots = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** The tree under construction. */
  private static final class Node {
    final Block.Heading heading;
    final int level;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<Node> children = new ArrayList<>();
    int end;

    Node(Block.Heading heading, int level) {
      this.heading = heading;
      this.level = level;
      this.end = heading.end();
    }
  }

  /**
   * A builder for one report.
   *
   * @param year the report's year, or null
   */
  public SectionTreeBuilder(Integer year) {
    this.year = year;
  }

  /** Builds the tree of {@code blocks}; call once. */
  public SectionTreeBuilder build(List<Block> blocks) {
    List<String> styles = new ArrayList<>();
    List<Node> open = new ArrayList<>();
    for (Block b : blocks) {
      if (b instanceof Block.Para p) {
        Paragraph para = ParagraphFactory.of(p);
        if (open.isEmpty()) {
          preamble.add(para);
        } else {
          Node last = open.get(open.size() - 1);
          last.paragraphs.add(para);
          for (Node o : open) {
            o.end = para.span().end();
          }
        }
        continue;
      }
      Block.Heading h = (Block.Heading) b;
      String style = h.glossary() ? "GLOSSARY" : h.marker() == null ? BARE : h.marker().style().name();
      int level;
      if (h.glossary()) {
        styles.clear();
        styles.add(style);
        level = 1;
      } else {
        int at = styles.indexOf(style);
        if (at >= 0) {
          while (styles.size() > at + 1) {
            styles.remove(styles.size() - 1);
          }
          level = at + 1;
        } else {
          styles.add(style);
          level = styles.size();
        }
      }
      while (!open.isEmpty() && open.get(open.size() - 1).level >= level) {
        open.remove(open.size() - 1);
      }
      level = open.size() + 1; // a deeper style under no parent still hangs at the next level
      Node node = new Node(h, level);
      if (open.isEmpty()) {
        roots.add(node);
      } else {
        open.get(open.size() - 1).children.add(node);
      }
      for (Node o : open) {
        o.end = node.end;
      }
      open.add(node);
    }
    checkNumbering(roots);
    return this;
  }

  /** The paragraphs before the first heading. */
  public List<Paragraph> preamble() {
    return List.copyOf(preamble);
  }

  /** What the numbering of the headings showed. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** The sections, top level first. */
  public List<Section> sections() {
    // each paragraph is read for tense once: the document's votes are the sum of its parts'
    PartClassifier.Votes document = PartClassifier.Votes.NONE;
    for (Paragraph p : preamble) {
      document = document.plus(PartClassifier.votes(p.text()));
    }
    List<PartClassifier.Votes> partVotes = new ArrayList<>();
    for (Node n : roots) {
      PartClassifier.Votes v = n.heading.glossary() ? PartClassifier.Votes.NONE : votes(n);
      partVotes.add(v);
      document = document.plus(v);
    }
    PartClass fallback = PartClassifier.byVotes(document, PartClass.OTHER);
    List<Section> out = new ArrayList<>();
    for (int i = 0; i < roots.size(); i++) {
      Node n = roots.get(i);
      PartClass part = n.heading.glossary() ? PartClass.GLOSSARY
          : PartClassifier.classify(title(n), subtitle(n), year, partVotes.get(i), fallback);
      out.add(toSection(n, "s" + (i + 1), part));
    }
    return out;
  }

  private Section toSection(Node n, String id, PartClass part) {
    List<Section> children = new ArrayList<>();
    for (int i = 0; i < n.children.size(); i++) {
      children.add(toSection(n.children.get(i), id + "." + (i + 1), part));
    }
    Marker m = n.heading.marker();
    Line main = n.heading.main();
    String number = m == null ? null : main.text().substring(0, m.length()).strip();
    return new Section(
        id, n.level, number, m == null ? null : m.ordinal(), title(n), subtitle(n), part,
        new Span(n.heading.start(), n.end), new Span(n.heading.start(), n.heading.end()),
        n.paragraphs, children);
  }

  private static String title(Node n) {
    Marker m = n.heading.marker();
    Line main = n.heading.main();
    return headingText(main, m == null ? 0 : m.length());
  }

  private static String subtitle(Node n) {
    Line sub = n.heading.subtitle();
    return sub == null ? null : headingText(sub, 0);
  }

  /** The heading's text from {@code from}, without closing punctuation. */
  static String headingText(Line line, int from) {
    String t = line.text();
    String norm = line.norm();
    int end = t.length();
    while (end > from && (Punctuation.isSentenceEnd(norm.charAt(end - 1)) || norm.charAt(end - 1) == ':'
        || norm.charAt(end - 1) == ' ')) {
      end--;
    }
    String s = t.substring(from, end).strip();
    return s.isEmpty() ? t.strip() : s;
  }

  private static PartClassifier.Votes votes(Node n) {
    PartClassifier.Votes v = PartClassifier.Votes.NONE;
    for (Paragraph p : n.paragraphs) {
      v = v.plus(PartClassifier.votes(p.text()));
    }
    for (Node c : n.children) {
      v = v.plus(votes(c));
    }
    return v;
  }

  /** Reports gaps and repeats in the numbering of sibling headings of one style. */
  private void checkNumbering(List<Node> siblings) {
    Map<Marker.Style, Integer> last = new HashMap<>();
    for (Node n : siblings) {
      Marker m = n.heading.marker();
      if (m != null) {
        int prev = last.getOrDefault(m.style(), 0);
        if (m.ordinal() > prev + 1) {
          diagnostics.add(new Diagnostic(Severity.WARNING, "heading-number-gap",
              "heading numbered " + m.ordinal() + " follows " + (prev == 0 ? "no heading of its style" : "heading " + prev),
              n.heading.main().span()));
        } else if (m.ordinal() <= prev) {
          diagnostics.add(new Diagnostic(Severity.WARNING, "heading-number-repeat",
              "heading numbered " + m.ordinal() + " repeats or goes back after heading " + prev,
              n.heading.main().span()));
        }
        last.put(m.style(), m.ordinal());
      }
      checkNumbering(n.children);
    }
  }
}

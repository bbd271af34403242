package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the section tree of a report from its blocks. A heading's level comes from its numbering
 * style: the first style the document uses is level 1, a style first met under it is one level
 * deeper, and a style met again returns to its level. The glossary block is always level 1.
 *
 * <p>A unit runs to the next heading of its level or higher, except that an address to the audience
 * ("各位代表！…", "同志们：") ends the units open under a top-level part, and a closing paragraph after a
 * run of one-paragraph units does not belong to the last of them: such paragraphs belong to the
 * enclosing part, after its children. Stateless.
 */
public final class SectionTreeBuilder {
  private static final String BARE = "BARE";
  private static final String GLOSSARY = "GLOSSARY";

  private SectionTreeBuilder() {}

  /**
   * The tree of a report.
   *
   * @param preamble the paragraphs before the first heading
   * @param sections the top-level sections, each classed
   * @param views the text view of every paragraph
   * @param diagnostics gaps and repeats in the numbering, in document order
   */
  public record SectionTree(
      List<Paragraph> preamble,
      List<Section> sections,
      ParagraphViews views,
      List<Diagnostic> diagnostics) {
    /** Copies the lists. */
    public SectionTree {
      preamble = List.copyOf(preamble);
      sections = List.copyOf(sections);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** The tree under construction. */
  private static final class Node {
    final Block.Heading heading;
    final int rank;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<Node> children = new ArrayList<>();

    Node(Block.Heading heading, int rank) {
      this.heading = heading;
      this.rank = rank;
    }

    int end() {
      int end = heading.span().end();
      for (Paragraph p : paragraphs) {
        end = Math.max(end, p.span().end());
      }
      for (Node c : children) {
        end = Math.max(end, c.end());
      }
      return end;
    }
  }

  /**
   * Builds the tree of {@code blocks}.
   *
   * @param year the report's year, or null; a part naming it is a plan
   */
  public static SectionTree build(List<Block> blocks, Integer year) {
    List<Paragraph> preamble = new ArrayList<>();
    List<Node> roots = new ArrayList<>();
    ParagraphViews views = new ParagraphViews();
    NextHeadings next = new NextHeadings(blocks);
    StyleRanks styles = new StyleRanks();
    List<Node> open = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Block.Para p) {
        Paragraph para = ParagraphFactory.of(p);
        views.put(para, p.view(), p.intro());
        if (open.isEmpty()) {
          preamble.add(para);
          continue;
        }
        if (open.size() > 1
            && isAddress(p)
            && !next.continues(i, style(open.get(1).heading), style(open.get(0).heading))) {
          open.subList(1, open.size()).clear();
        }
        open.get(open.size() - 1).paragraphs.add(para);
        continue;
      }
      Block.Heading h = (Block.Heading) b;
      // the glossary, the closing remarks and the parts after a bare review heading stand at the
      // top
      int rank =
          h.glossary()
              ? styles.reset(style(h))
              : isClosing(h) || opensPartsAfterReview(h, styles, open, views)
                  ? styles.top(style(h))
                  : styles.rank(style(h));
      while (!open.isEmpty() && open.get(open.size() - 1).rank >= rank) {
        open.remove(open.size() - 1);
      }
      Node node = new Node(h, rank);
      (open.isEmpty() ? roots : open.get(open.size() - 1).children).add(node);
      open.add(node);
    }
    for (Node r : roots) {
      detachClosing(r);
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    checkNumbering(roots, diagnostics);
    diagnostics.sort((a, c) -> Integer.compare(a.span().start(), c.span().start()));
    return new SectionTree(preamble, sections(roots, preamble, year, views), views, diagnostics);
  }

  /**
   * Whether {@code h} heads the closing remarks ("结束语"), which stand at the top like the glossary.
   */
  static boolean isClosing(Block.Heading h) {
    return h.marker() == null
        && LineRules.CLOSING_HEADINGS.contains(
            TextNormalizer.normalize(h.title()).replace(" ", ""));
  }

  /**
   * Whether {@code h} is the first of a sequence of top-style parts ("一、", "第一部分") coming after a
   * bare top-level heading whose text so far reads as a review ("首先报告2001年的工作"): such parts are the
   * plan and stand beside the review, not under it.
   */
  private static boolean opensPartsAfterReview(
      Block.Heading h, StyleRanks styles, List<Node> open, ParagraphViews views) {
    Marker m = h.marker();
    if (m == null
        || m.ordinal() != 1
        || (m.style() != Marker.Style.CHINESE && m.style() != Marker.Style.PART)
        || styles.contains(m.style().name())
        || open.isEmpty()) {
      return false;
    }
    Node root = open.get(0);
    return root.heading.marker() == null
        && !root.heading.glossary()
        && PartClassifier.byVotes(votes(root, views), PartClass.OTHER) == PartClass.REVIEW;
  }

  /** The style of a heading, as the key the levels are kept by. */
  private static String style(Block.Heading h) {
    return h.glossary() ? GLOSSARY : h.marker() == null ? BARE : h.marker().style().name();
  }

  /**
   * For each block, where the next heading of each style stands, so that whether a unit's sequence
   * goes on after a block is one look-up.
   */
  private static final class NextHeadings {
    private final Map<String, int[]> next = new HashMap<>();
    private final int size;

    NextHeadings(List<Block> blocks) {
      size = blocks.size();
      for (Block b : blocks) {
        if (b instanceof Block.Heading h) {
          next.computeIfAbsent(style(h), k -> new int[size]);
        }
      }
      Map<String, Integer> current = new HashMap<>();
      for (int i = size - 1; i >= 0; i--) {
        for (Map.Entry<String, int[]> e : next.entrySet()) {
          e.getValue()[i] = current.getOrDefault(e.getKey(), Integer.MAX_VALUE);
        }
        if (blocks.get(i) instanceof Block.Heading h) {
          current.put(style(h), i);
        }
      }
    }

    /**
     * Whether, after block {@code i}, a heading of {@code unit} style comes before the next of
     * {@code part} style or the glossary: the units' sequence goes on.
     */
    boolean continues(int i, String unit, String part) {
      int u = at(unit, i);
      return u < at(part, i) && u < at(GLOSSARY, i);
    }

    private int at(String style, int i) {
      int[] a = next.get(style);
      return a == null ? Integer.MAX_VALUE : a[i];
    }
  }

  /**
   * The rank of each numbering style by the order in which styles first appeared: 1 for the first.
   * A rank may hold several styles (the bare review heading and the "一、" parts beside it). A unit's
   * depth in the tree may be less than its rank when a deeper style appears under no parent of the
   * style between. Not thread-safe: one per build.
   */
  private static final class StyleRanks {
    private final List<Set<String>> levels = new ArrayList<>();

    /**
     * The rank of {@code style}: its level, the deeper ones closing; a new style goes one deeper.
     */
    int rank(String style) {
      for (int i = 0; i < levels.size(); i++) {
        if (levels.get(i).contains(style)) {
          levels.subList(i + 1, levels.size()).clear();
          return i + 1;
        }
      }
      levels.add(new HashSet<>(List.of(style)));
      return levels.size();
    }

    /** Puts {@code style} at the top beside the styles there; the deeper ones close. */
    int top(String style) {
      if (levels.isEmpty()) {
        levels.add(new HashSet<>());
      }
      levels.subList(1, levels.size()).clear();
      levels.get(0).add(style);
      return 1;
    }

    /** Starts over with {@code style} alone at the top. */
    int reset(String style) {
      levels.clear();
      return top(style);
    }

    boolean contains(String style) {
      for (Set<String> l : levels) {
        if (l.contains(style)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * Whether a paragraph opens with an address to the audience: a salutation standing alone or
   * followed by its mark ("各位代表！", "各位代表，…", "同志们：").
   */
  static boolean isAddress(Block.Para p) {
    String n = p.view().norm();
    for (String s : LineRules.SALUTATIONS) {
      if (n.startsWith(s)) {
        if (n.length() == s.length()) {
          return true;
        }
        char c = n.charAt(s.length());
        return c == '!' || c == ',' || c == ':' || c == '。';
      }
    }
    return false;
  }

  /**
   * When every unit under {@code n} but the last is one paragraph long (the national reports'
   * "（一）…。…" layout), the paragraphs after the last unit's own are a closing passage of {@code n}.
   */
  private static void detachClosing(Node n) {
    for (Node c : n.children) {
      detachClosing(c);
    }
    List<Node> kids = n.children;
    if (kids.size() < 3) {
      return;
    }
    for (Node k : kids) {
      if (!k.heading.inline() || !k.children.isEmpty()) {
        return;
      }
    }
    for (int i = 0; i < kids.size() - 1; i++) {
      if (kids.get(i).paragraphs.size() > 1) {
        return;
      }
    }
    Node last = kids.get(kids.size() - 1);
    if (last.paragraphs.size() > 1) {
      List<Paragraph> closing = last.paragraphs.subList(1, last.paragraphs.size());
      n.paragraphs.addAll(closing);
      closing.clear();
    }
  }

  /** The top-level sections, each classed as a part. */
  private static List<Section> sections(
      List<Node> roots, List<Paragraph> preamble, Integer year, ParagraphViews views) {
    // each paragraph is read for tense once: the document's votes are the sum of its parts'
    PartClassifier.Votes document = PartClassifier.Votes.NONE;
    for (Paragraph p : preamble) {
      document = document.plus(PartClassifier.votes(views.of(p).norm()));
    }
    List<PartClassifier.Votes> partVotes = new ArrayList<>();
    for (Node n : roots) {
      PartClassifier.Votes v = n.heading.glossary() ? PartClassifier.Votes.NONE : votes(n, views);
      partVotes.add(v);
      document = document.plus(v);
    }
    PartClass fallback = PartClassifier.byVotes(document, PartClass.OTHER);
    List<Section> out = new ArrayList<>();
    boolean afterPlan = false;
    for (int i = 0; i < roots.size(); i++) {
      Node n = roots.get(i);
      Block.Heading h = n.heading;
      PartClass part =
          h.glossary()
              ? PartClass.GLOSSARY
              : afterPlan && !isClosing(h)
                  ? PartClassifier.classifyAfterPlan(
                      h.title(), h.subtitle(), year, partVotes.get(i))
                  : PartClassifier.classify(
                      h.title(), h.subtitle(), year, partVotes.get(i), fallback);
      afterPlan |= part == PartClass.PLAN;
      out.add(toSection(n, "s" + (i + 1), 1, part));
    }
    return out;
  }

  private static Section toSection(Node n, String id, int level, PartClass part) {
    List<Section> children = new ArrayList<>();
    for (int i = 0; i < n.children.size(); i++) {
      children.add(toSection(n.children.get(i), id + "." + (i + 1), level + 1, part));
    }
    Block.Heading h = n.heading;
    Marker m = h.marker();
    return new Section(
        id,
        level,
        h.number(),
        m == null ? null : m.ordinal(),
        h.title(),
        h.subtitle(),
        part,
        new Span(h.span().start(), n.end()),
        h.span(),
        n.paragraphs,
        children);
  }

  private static PartClassifier.Votes votes(Node n, ParagraphViews views) {
    PartClassifier.Votes v = PartClassifier.Votes.NONE;
    for (Paragraph p : n.paragraphs) {
      v = v.plus(PartClassifier.votes(views.of(p).norm()));
    }
    for (Node c : n.children) {
      v = v.plus(votes(c, views));
    }
    return v;
  }

  /** Reports gaps and repeats in the numbering of sibling headings of one style. */
  private static void checkNumbering(List<Node> siblings, List<Diagnostic> out) {
    Map<Marker.Style, Integer> last = new EnumMap<>(Marker.Style.class);
    for (Node n : siblings) {
      Marker m = n.heading.marker();
      if (m != null) {
        int prev = last.getOrDefault(m.style(), 0);
        if (m.ordinal() > prev + 1) {
          out.add(
              DiagnosticCode.HEADING_NUMBER_GAP.at(
                  n.heading.span(),
                  "heading numbered "
                      + m.ordinal()
                      + " follows "
                      + (prev == 0 ? "no heading of its style" : "heading " + prev)));
        } else if (m.ordinal() <= prev) {
          out.add(
              DiagnosticCode.HEADING_NUMBER_REPEAT.at(
                  n.heading.span(),
                  "heading numbered "
                      + m.ordinal()
                      + " repeats or goes back after heading "
                      + prev));
        }
        last.put(m.style(), m.ordinal());
      }
      checkNumbering(n.children, out);
    }
  }
}

package io.github.workreport.cli;

import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Renders a report's text as HTML elements: each heading, paragraph and other line of the text in
 * document order, with its {@link Marks} (targets, leads, glossary definitions and mentions, task
 * numbers, diagnostics) as inline elements. The text goes in only as jsoup text nodes and attribute
 * values, which jsoup escapes. One instance renders one report once.
 */
final class AnnotatedText {
  /** How a block of the text is shown. */
  private enum BlockKind {
    HEADING,
    PREAMBLE,
    PARAGRAPH,
    OTHER
  }

  private record Block(int start, int end, BlockKind kind, Section section) {}

  private static final int TOOLTIP_DEFINITION_CHARS = 160;

  private final ReportIndex index;
  private final WorkReport report;
  private final String text;
  private final Marks marks;
  private final List<Marks.Range> active = new ArrayList<>();
  private int nextRange;
  private int nextPoint;

  AnnotatedText(ReportIndex index) {
    this.index = index;
    this.report = index.report();
    this.text = report.text();
    this.marks = Marks.of(index);
  }

  /** Appends the text's blocks to {@code into}. */
  void render(Element into) {
    Element last = into;
    for (Block b : blocks()) {
      last = into.appendElement(tag(b));
      decorate(last, b);
      inline(last, b);
    }
    while (nextPoint < marks.points.size()) {
      last.appendChild(point(marks.points.get(nextPoint++)));
    }
  }

  private List<Block> blocks() {
    List<Block> found = new ArrayList<>();
    for (Paragraph p : report.preamble()) {
      found.add(new Block(p.span().start(), p.span().end(), BlockKind.PREAMBLE, null));
    }
    for (Section s : index.allSections()) {
      found.add(new Block(s.headingSpan().start(), s.headingSpan().end(), BlockKind.HEADING, s));
      for (Paragraph p : s.paragraphs()) {
        found.add(new Block(p.span().start(), p.span().end(), BlockKind.PARAGRAPH, null));
      }
    }
    found.sort(Comparator.comparingInt(Block::start));
    List<Block> all = new ArrayList<>();
    int at = 0;
    for (Block b : found) {
      if (b.end() <= at) {
        continue; // overlaps the block before: its text is shown there
      }
      otherLines(all, at, b.start());
      int start = Math.max(at, b.start());
      all.add(new Block(start, b.end(), b.kind(), b.section()));
      at = b.end();
    }
    otherLines(all, at, text.length());
    return all;
  }

  /**
   * Adds each non-blank line of {@code [from, to)} as a block of text the parser did not read as
   * body.
   */
  private void otherLines(List<Block> into, int from, int to) {
    int i = from;
    while (i < to) {
      int end = i;
      while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int s = i;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (s < e) {
        into.add(new Block(s, e, BlockKind.OTHER, null));
      }
      i = end + 1;
    }
  }

  private static String tag(Block b) {
    return switch (b.kind()) {
      case HEADING -> "h" + Math.min(6, b.section().level() + 1);
      case PREAMBLE, PARAGRAPH -> "p";
      case OTHER -> "div";
    };
  }

  private void decorate(Element e, Block b) {
    switch (b.kind()) {
      case HEADING -> {
        e.id("sec-" + b.section().id())
            .addClass("h")
            .addClass("part-" + b.section().part().name().toLowerCase(Locale.ROOT));
        if (index.taskOf(b.section()) != null) {
          e.addClass("is-task");
        }
      }
      case PREAMBLE -> e.addClass("pre");
      case PARAGRAPH -> e.addClass("para");
      case OTHER ->
          e.addClass("skip")
              .attr("title", "not read as body text: title, metadata or page furniture");
    }
  }

  private void inline(Element into, Block b) {
    List<Marks.Range> ranges = marks.ranges;
    while (nextRange < ranges.size() && ranges.get(nextRange).start() < b.end()) {
      active.add(ranges.get(nextRange++));
    }
    active.removeIf(r -> r.end() <= b.start());
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(b.start());
    cuts.add(b.end());
    for (Marks.Range r : active) {
      cuts.add(Math.max(b.start(), Math.min(b.end(), r.start())));
      cuts.add(Math.max(b.start(), Math.min(b.end(), r.end())));
    }
    for (int i = nextPoint; i < marks.points.size() && marks.points.get(i).at() < b.end(); i++) {
      cuts.add(Math.max(b.start(), marks.points.get(i).at()));
    }
    Integer a = cuts.first();
    for (Integer z = cuts.higher(a); z != null; a = z, z = cuts.higher(z)) {
      while (nextPoint < marks.points.size() && marks.points.get(nextPoint).at() <= a) {
        into.appendChild(point(marks.points.get(nextPoint++)));
      }
      into.appendChild(segment(a, z, b.kind()));
    }
  }

  private Node segment(int from, int to, BlockKind kind) {
    Node node = new TextNode(shown(from, to, kind));
    List<Integer> targets = new ArrayList<>();
    int mention = -1;
    boolean definition = false;
    boolean starts = false;
    for (Marks.Range r : active) {
      if (r.start() <= from && r.end() >= to) {
        switch (r.kind()) {
          case TARGET -> {
            targets.add(r.ref());
            starts |= r.start() == from;
          }
          case MENTION -> mention = r.ref();
          case DEFINITION -> definition = true;
          case LEAD -> node = wrap("b", node).addClass("lead");
        }
      }
    }
    if (!targets.isEmpty()) {
      node = targetMark(targets, node);
      if (starts) {
        ((Element) node)
            .addClass("start"); // where a figure's clause begins: run-on clauses stay told apart
      }
    }
    if (mention >= 0) {
      GlossaryEntry e = report.glossary().get(mention);
      node =
          wrap("a", node)
              .addClass("mention")
              .attr("href", "#g-" + (mention + 1))
              .attr("title", e.term() + ": " + cut(e.definition(), TOOLTIP_DEFINITION_CHARS));
    }
    if (definition) {
      node = wrap("span", node).addClass("def");
    }
    return node;
  }

  /**
   * The text of {@code [from, to)} as shown: a line break inside a paragraph is a stray one that
   * the parser repaired, so it goes; in a heading it parts title and subtitle, so it shows as " /
   * ".
   */
  private String shown(int from, int to, BlockKind kind) {
    StringBuilder sb = new StringBuilder(to - from);
    boolean broken = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        broken = true;
        continue;
      }
      if (broken && kind == BlockKind.HEADING) {
        sb.append(" / ");
      }
      broken = false;
      sb.append(c);
    }
    return sb.toString();
  }

  private Element targetMark(List<Integer> refs, Node inner) {
    Element mark = wrap("mark", inner).addClass("t");
    StringBuilder ids = new StringBuilder();
    StringBuilder tip = new StringBuilder();
    for (int ref : refs) {
      Target t = report.targets().get(ref);
      mark.addClass(t.status() == TargetStatus.PLANNED ? "planned" : "reported");
      if (t.headline()) {
        mark.addClass("headline");
      }
      ids.append(ids.length() == 0 ? "" : " ").append(ref + 1);
      tip.append(tip.length() == 0 ? "" : "\n").append(tooltip(t));
    }
    return mark.attr("data-targets", ids.toString()).attr("title", tip.toString());
  }

  /** "地区生产总值: 7.2 % — GROWTH, AT_LEAST, PLANNED, headline, 2025". */
  static String tooltip(Target t) {
    StringBuilder sb =
        new StringBuilder(t.indicator()).append(": ").append(t.value().toPlainString());
    if (t.upper() != null) {
      sb.append("\u2013").append(t.upper().toPlainString());
    }
    if (t.unit() != null) {
      sb.append(' ').append(t.unit());
    }
    sb.append(" \u2014 ")
        .append(t.measure())
        .append(", ")
        .append(t.bound())
        .append(", ")
        .append(t.status());
    if (t.tier() != null) {
      sb.append(", ").append(t.tier());
    }
    if (t.headline()) {
      sb.append(", headline");
    }
    if (t.period() != null) {
      sb.append(", ").append(t.period());
    }
    return sb.toString();
  }

  private static Element point(Marks.Point p) {
    Element e = new Element("span").id(p.id()).attr("title", p.title());
    switch (p.kind()) {
      case TASK -> e.addClass("task").addClass("d" + Math.min(p.depth(), 4)).text(p.label());
      case DIAGNOSTIC -> e.addClass("diag").text(p.label());
      case ENTRY -> e.addClass("entry");
    }
    return e;
  }

  private static Element wrap(String tag, Node inner) {
    Element e = new Element(tag);
    e.appendChild(inner);
    return e;
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "\u2026";
  }
}

package io.github.workreport.cli;

import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the annotated view marks in a report's text: ranges (targets, glossary definitions and
 * mentions, paragraph leads) and points (task numbers, diagnostics, glossary anchors), each sorted
 * by offset. Built once per page; not shared.
 */
final class Marks {
  /** What a range marks. */
  enum Kind {
    TARGET,
    DEFINITION,
    MENTION,
    LEAD
  }

  /** A range of the text; {@code ref} is the 0-based index of the target or glossary entry. */
  record Range(int start, int end, Kind kind, int ref) {}

  /** What a point marks. */
  enum PointKind {
    TASK,
    DIAGNOSTIC,
    ENTRY
  }

  /**
   * A place in the text with a label: {@code id} is the HTML id, {@code label} the visible text,
   * {@code title} the tooltip, {@code depth} a task's depth (0 for other kinds).
   */
  record Point(int at, PointKind kind, String id, String label, String title, int depth) {}

  final List<Range> ranges = new ArrayList<>();
  final List<Point> points = new ArrayList<>();

  private Marks() {}

  /** The marks of {@code index}'s report. */
  static Marks of(ReportIndex index) {
    Marks m = new Marks();
    WorkReport r = index.report();
    int length = r.text().length();
    List<Target> targets = r.targets();
    for (int i = 0; i < targets.size(); i++) {
      m.range(targets.get(i).span(), Kind.TARGET, i, length);
    }
    List<GlossaryEntry> glossary = r.glossary();
    for (int i = 0; i < glossary.size(); i++) {
      GlossaryEntry e = glossary.get(i);
      m.range(e.span(), Kind.DEFINITION, i, length);
      m.point(e.span().start(), PointKind.ENTRY, "g-" + (i + 1), "", e.term(), 0, length);
      for (Span s : e.mentions()) {
        m.range(s, Kind.MENTION, i, length);
      }
    }
    for (Paragraph p : r.preamble()) {
      m.lead(p, r.text());
    }
    for (Section s : index.allSections()) {
      for (Paragraph p : s.paragraphs()) {
        m.lead(p, r.text());
      }
    }
    m.tasks(index, r.tasks(), length);
    List<Diagnostic> diagnostics = r.diagnostics();
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      if (d.span() != null) {
        m.point(
            d.span().start(),
            PointKind.DIAGNOSTIC,
            "diag-" + (i + 1),
            "\u26A0",
            d.code() + ": " + d.message(),
            0,
            length);
      }
    }
    m.ranges.sort(Comparator.comparingInt(Range::start).thenComparingInt(Range::end));
    m.points.sort(Comparator.comparingInt(Point::at));
    return m;
  }

  private void tasks(ReportIndex index, List<Task> tasks, int length) {
    for (Task t : tasks) {
      String path = index.path(t);
      point(
          t.span().start(),
          PointKind.TASK,
          "task-" + path,
          path,
          t.title(),
          index.depth(t),
          length);
      tasks(index, t.subtasks(), length);
    }
  }

  /** Marks the lead sentence when the paragraph's text starts with it as written. */
  private void lead(Paragraph p, String text) {
    if (p.lead() != null && text.startsWith(p.lead(), p.span().start())) {
      ranges.add(new Range(p.span().start(), p.span().start() + p.lead().length(), Kind.LEAD, 0));
    }
  }

  private void range(Span s, Kind kind, int ref, int length) {
    // a span past the text cannot come from the parser, but a view must never fail on one
    if (s.end() <= length && s.length() > 0) {
      ranges.add(new Range(s.start(), s.end(), kind, ref));
    }
  }

  private void point(
      int at, PointKind kind, String id, String label, String title, int depth, int length) {
    points.add(new Point(Math.min(at, length), kind, id, label, title, depth));
  }
}

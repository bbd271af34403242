package io.github.workreport.internal.view;

import io.github.workreport.internal.text.LineIndex;
import io.github.workreport.model.Section;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Look-ups over one report that every view of it needs: sections by id, the line of an offset, the
 * depth of a task, and which tasks are sections. Immutable once built; thread-safe.
 *
 * <p>A numbered unit ("(一)聚力建好园区…") is both a section and a task; a view shows it once, as the
 * section, marked as a task. A task is a section when it starts inside the heading of the section
 * it stands in.
 */
public final class ReportIndex {
  private final WorkReport report;
  private final LineIndex lines;
  private final Map<String, Section> sections = new HashMap<>();
  private final List<Section> allSections = new ArrayList<>();
  private final Map<String, Task> taskOfSection = new HashMap<>();
  private final Map<Task, Integer> depths = new IdentityHashMap<>();
  private final Map<Task, String> paths = new IdentityHashMap<>();

  private ReportIndex(WorkReport report) {
    this.report = report;
    this.lines = LineIndex.of(report.text());
    for (Section s : report.sections()) {
      addSection(s);
    }
    for (Task t : report.tasks()) {
      addTask(t, 1, Integer.toString(t.ordinal()));
    }
  }

  /** Indexes {@code report}. */
  public static ReportIndex of(WorkReport report) {
    return new ReportIndex(report);
  }

  private void addSection(Section s) {
    sections.put(s.id(), s);
    allSections.add(s);
    for (Section c : s.children()) {
      addSection(c);
    }
  }

  private void addTask(Task t, int depth, String path) {
    depths.put(t, depth);
    paths.put(t, path);
    Section s = t.sectionId() == null ? null : sections.get(t.sectionId());
    if (s != null
        && s.headingSpan().start() <= t.span().start()
        && t.span().start() < s.headingSpan().end()) {
      taskOfSection.putIfAbsent(s.id(), t);
    }
    for (Task c : t.subtasks()) {
      addTask(c, depth + 1, path + "." + c.ordinal());
    }
  }

  /** The report indexed. */
  public WorkReport report() {
    return report;
  }

  /** Every section, depth first in document order. */
  public List<Section> allSections() {
    return Collections.unmodifiableList(allSections);
  }

  /** The section with {@code id}, or null when {@code id} is null or names none. */
  public Section section(String id) {
    return id == null ? null : sections.get(id);
  }

  /** The heading of the section with {@code id} as written, marker and title ("(一)聚力…"), or "". */
  public String heading(String id) {
    Section s = section(id);
    if (s == null) {
      return "";
    }
    return s.number() == null ? s.title() : s.number() + s.title();
  }

  /** The task that {@code section} is, or null when it is none. */
  public Task taskOf(Section section) {
    return taskOfSection.get(section.id());
  }

  /** Whether {@code task} is shown as the section it starts in. */
  public boolean isSection(Task task) {
    Section s = section(task.sectionId());
    return s != null && taskOfSection.get(s.id()) == task;
  }

  /** The depth of a task of this report: 1 for a top-level task, 2 for its subtasks, and so on. */
  public int depth(Task task) {
    Integer d = depths.get(task);
    if (d == null) {
      throw new IllegalArgumentException("not a task of this report: " + task.id());
    }
    return d;
  }

  /** The ordinals from the top-level task down to {@code task}, joined by dots ("2.3"). */
  public String path(Task task) {
    String p = paths.get(task);
    if (p == null) {
      throw new IllegalArgumentException("not a task of this report: " + task.id());
    }
    return p;
  }

  /** The 1-based line of {@code offset} in the report's text. */
  public int line(int offset) {
    return lines.line(offset);
  }
}

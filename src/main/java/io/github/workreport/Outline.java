package io.github.workreport;

import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The readable outline of a report, for a person: the metadata, the heading tree with each
 * heading's part class, line range and number of paragraphs, the tasks as a numbered tree under
 * their sections, the diagnostics, and a closing line of counts.
 *
 * <pre>{@code
 * System.out.print(Outline.render(report));
 * }</pre>
 *
 * <p>A task that is a section (a numbered unit such as "(一)聚力建好园区…") is shown once, on the
 * section's line, which ends with its task mark ({@code task 1}); its subtasks follow as {@code *}
 * lines. Line numbers are 1-based lines of {@link WorkReport#text()}. The layout is meant for
 * reading, not for parsing: use the JSON of {@code io.github.workreport.json.ReportJson} for that.
 * Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class Outline {
  private Outline() {}

  /**
   * The outline of {@code report}, one item a line, each line ending with {@code "\n"}.
   *
   * @param report the report; not null
   */
  public static String render(WorkReport report) {
    Objects.requireNonNull(report, "report");
    ReportIndex index = ReportIndex.of(report);
    StringBuilder sb = new StringBuilder();
    metadata(sb, report.metadata());
    if (!report.preamble().isEmpty()) {
      Paragraph first = report.preamble().get(0);
      Paragraph last = report.preamble().get(report.preamble().size() - 1);
      sb.append("preamble: ")
          .append(report.preamble().size())
          .append(" paragraph(s), lines ")
          .append(index.line(first.span().start()))
          .append('-')
          .append(index.line(last.span().end()))
          .append('\n');
    }
    Map<String, List<Task>> tasks = new HashMap<>();
    for (Task t : report.tasks()) {
      tasks.computeIfAbsent(t.sectionId(), k -> new ArrayList<>()).add(t);
    }
    for (Section s : report.sections()) {
      section(sb, s, index, tasks);
    }
    for (Task t : tasks.getOrDefault(null, List.of())) {
      task(sb, t, 1, index);
    }
    for (Diagnostic d : report.diagnostics()) {
      sb.append("! ")
          .append(d.code())
          .append(d.span() == null ? "" : " at line " + index.line(d.span().start()))
          .append(": ")
          .append(d.message())
          .append('\n');
    }
    sb.append(summary(report)).append('\n');
    return sb.toString();
  }

  /**
   * The closing line of the outline: the counts of sections (all levels), tasks (with their
   * subtasks), targets (planned, reported, headline), glossary entries and diagnostics, as {@code
   * "= 12 sections, 37 tasks, 61 targets (24 planned, 37 reported, 9 headline), 38 glossary
   * entries, 0 diagnostics"}.
   *
   * @param report the report; not null
   */
  public static String summary(WorkReport report) {
    Objects.requireNonNull(report, "report");
    int sections = report.allSections().size();
    int planned = 0;
    int headline = 0;
    for (Target t : report.targets()) {
      planned += t.status() == TargetStatus.PLANNED ? 1 : 0;
      headline += t.headline() ? 1 : 0;
    }
    return "= "
        + count(sections, "section", "sections")
        + ", "
        + count(report.allTasks().size(), "task", "tasks")
        + ", "
        + count(report.targets().size(), "target", "targets")
        + " ("
        + planned
        + " planned, "
        + (report.targets().size() - planned)
        + " reported, "
        + headline
        + " headline), "
        + count(report.glossary().size(), "glossary entry", "glossary entries")
        + ", "
        + count(report.diagnostics().size(), "diagnostic", "diagnostics");
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static void metadata(StringBuilder sb, Metadata m) {
    field(sb, "title", m.title());
    field(sb, "subtitle", m.subtitle());
    field(sb, "kind", m.kind().name());
    field(sb, "region", m.region());
    field(sb, "date", m.date() == null ? null : m.date().toString());
    field(sb, "published", m.published() == null ? null : m.published().toString());
    field(sb, "year", m.year() == null ? null : m.year().toString());
    field(sb, "source", m.source());
    field(sb, "authors", m.authors().isEmpty() ? null : String.join(", ", m.authors()));
    field(sb, "venue", m.venue());
    field(
        sb,
        "speaker",
        m.speaker() == null
            ? null
            : (m.speakerTitle() == null ? "" : m.speakerTitle() + " ") + m.speaker());
  }

  private static void field(StringBuilder sb, String key, String value) {
    if (value != null) {
      sb.append(key).append(": ").append(value).append('\n');
    }
  }

  private static void section(
      StringBuilder sb, Section s, ReportIndex index, Map<String, List<Task>> tasks) {
    sb.append("  ".repeat(s.level() - 1))
        .append(s.number() == null ? "" : s.number() + " ")
        .append(s.title());
    if (s.subtitle() != null) {
      sb.append(" / ").append(s.subtitle());
    }
    sb.append("  [")
        .append(s.part().name().toLowerCase(Locale.ROOT))
        .append(", L")
        .append(index.line(s.span().start()))
        .append('-')
        .append(index.line(Math.max(s.span().start(), s.span().end() - 1)))
        .append(", ")
        .append(s.paragraphs().size())
        .append(" para]");
    Task own = index.taskOf(s);
    if (own != null) {
      sb.append(" task ").append(index.path(own));
    }
    sb.append('\n');
    if (own != null) {
      for (Task c : own.subtasks()) {
        task(sb, c, s.level() + 1, index);
      }
    }
    for (Task t : tasks.getOrDefault(s.id(), List.of())) {
      if (t != own) {
        task(sb, t, s.level() + 1, index);
      }
    }
    for (Section c : s.children()) {
      section(sb, c, index, tasks);
    }
  }

  /** A task and its subtasks as a numbered tree: "* (一) title", "* 1. title"; sections skipped. */
  private static void task(StringBuilder sb, Task t, int depth, ReportIndex index) {
    if (index.isSection(t)) {
      return; // shown on its section's line
    }
    sb.append("  ".repeat(depth - 1))
        .append("* ")
        .append(t.number() == null ? t.ordinal() + "." : t.number())
        .append(' ')
        .append(t.title())
        .append('\n');
    for (Task c : t.subtasks()) {
      task(sb, c, depth + 1, index);
    }
  }
}

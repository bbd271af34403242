package io.github.workreport.internal.parse;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the task list of a report: the work it commits to for the period ahead.
 *
 * <p>The list comes from the parts that set out this year's work ({@link PartRole#WORK}); when no
 * part says so, from the plan parts that are not a framework, a five-year plan, the government's
 * own conduct or an attachment; when there are none of those either, from any plan part. Within
 * those parts the forms are tried in this order, the first that finds something giving the
 * top-level tasks:
 *
 * <ol>
 *   <li>numbered units (heading lines or paragraphs that open with a marker): each is a task;
 *   <li>a run of two or more parts without units (older reports number their tasks as parts, a news
 *       text sets them as bare headings): each part is a task;
 *   <li>groups of parallel lead paragraphs ({@link LeadGroups});
 *   <li>enumerations ("一是…", "第一,…", "首先…", "——…") in the part's paragraphs.
 * </ol>
 *
 * Each task's subtasks are the lead sentences of its paragraphs, its deeper units and its
 * enumerations ({@link UnitTasks}). A count announced just before a list ("重点抓好八个方面的工作") is checked
 * against it. Stateless.
 */
public final class TaskScanner {
  /** How many paragraphs before a list are searched for the sentence that announces its count. */
  static final int ANNOUNCE_WINDOW = 3;

  private TaskScanner() {}

  /**
   * The tasks of a report and what their reading noticed.
   *
   * @param tasks the top-level tasks, in document order
   * @param diagnostics announced counts the tasks do not match
   */
  public record TaskList(List<Task> tasks, List<Diagnostic> diagnostics) {
    /** Copies the lists. */
    public TaskList {
      tasks = List.copyOf(tasks);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Reads the tasks of {@code tree}, a report for {@code year} (may be null) whose text is {@code
   * text}. A text without sections is read as a plan when {@code preamblePart} is PLAN.
   */
  public static TaskList scan(
      SectionTreeBuilder.SectionTree tree, Integer year, PartClass preamblePart, String text) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<TaskDraft> top = new ArrayList<>();
    ParagraphViews views = tree.views();
    if (tree.sections().isEmpty()) {
      if (preamblePart == PartClass.PLAN) {
        top.addAll(paragraphForms(tree.preamble(), views, null));
        check(tree.preamble(), top, views, diagnostics);
      }
      return new TaskList(TaskDraft.toTasks(top), diagnostics);
    }
    List<Section> sections = tree.sections();
    List<Integer> sources = sources(sections, year, tree.preamble(), views);
    for (int k = 0; k < sources.size(); k++) {
      Section s = sections.get(sources.get(k));
      List<TaskDraft> found = new ArrayList<>();
      List<Paragraph> before;
      if (!s.children().isEmpty()) {
        for (Section c : s.children()) {
          found.add(UnitTasks.of(c, views, text));
        }
        before = beforeChildren(s);
      } else {
        int end = k;
        while (end + 1 < sources.size()
            && sources.get(end + 1) == sources.get(end) + 1
            && sections.get(sources.get(end + 1)).children().isEmpty()) {
          end++;
        }
        if (end > k) {
          for (int j = k; j <= end; j++) {
            found.add(UnitTasks.of(sections.get(sources.get(j)), views, text));
          }
          int prev = sources.get(k) - 1;
          before = prev < 0 ? tree.preamble() : beforeChildren(sections.get(prev));
          k = end;
        } else {
          found.addAll(paragraphForms(s.paragraphs(), views, s.id()));
          before =
              found.isEmpty() ? List.of() : paragraphsBefore(s.paragraphs(), found.get(0).start);
        }
      }
      check(before, found, views, diagnostics);
      top.addAll(found);
    }
    return new TaskList(TaskDraft.toTasks(top), diagnostics);
  }

  /**
   * The indexes of the top-level sections that hold the task list, in document order: the work
   * parts; else the other plan parts, with a part on the government's own conduct that stands among
   * them (older reports number it as one of their tasks) but not one that closes them unless the
   * count announced before them takes it in; else any plan part but the closing remarks and
   * attachments; else any plan part.
   */
  static List<Integer> sources(
      List<Section> sections, Integer year, List<Paragraph> preamble, ParagraphViews views) {
    List<Integer> work = new ArrayList<>();
    List<Integer> others = new ArrayList<>();
    List<Integer> plan = new ArrayList<>();
    List<Integer> all = new ArrayList<>();
    int lastOther = -1;
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (s.part() != PartClass.PLAN) {
        continue;
      }
      PartRole role = PartRoles.of(s.title(), s.subtitle(), year);
      all.add(i);
      if (role == PartRole.WORK) {
        work.add(i);
      }
      if (role == PartRole.OTHER || role == PartRole.SELF) {
        others.add(i);
        lastOther = role == PartRole.OTHER ? i : lastOther;
      }
      if (role != PartRole.CLOSING && role != PartRole.ANNEX) {
        plan.add(i);
      }
    }
    if (!work.isEmpty()) {
      return work;
    }
    if (!others.isEmpty()) {
      int last = lastOther;
      List<Integer> closed = new ArrayList<>(others);
      closed.removeIf(i -> i > last);
      int first = others.get(0);
      List<Paragraph> before = first == 0 ? preamble : beforeChildren(sections.get(first - 1));
      boolean counted = announced(before, views) == others.size() && others.size() > closed.size();
      if (!closed.isEmpty() || counted) {
        return counted ? others : closed;
      }
    }
    return plan.isEmpty() ? all : plan;
  }

  /** Tasks of a plan made of paragraphs: groups of parallel leads, else enumerations. */
  private static List<TaskDraft> paragraphForms(
      List<Paragraph> ps, ParagraphViews views, String sectionId) {
    List<TaskDraft> groups = LeadGroups.find(ps, views, sectionId);
    return groups.isEmpty() ? ParagraphTasks.enumerations(ps, views, sectionId) : groups;
  }

  /** The paragraphs of {@code s} that stand before its first child (all when it has none). */
  private static List<Paragraph> beforeChildren(Section s) {
    if (s.children().isEmpty()) {
      return s.paragraphs();
    }
    return paragraphsBefore(s.paragraphs(), s.children().get(0).span().start());
  }

  private static List<Paragraph> paragraphsBefore(List<Paragraph> ps, int offset) {
    List<Paragraph> out = new ArrayList<>();
    for (Paragraph p : ps) {
      if (p.span().end() <= offset) {
        out.add(p);
      }
    }
    return out;
  }

  /** The count the last paragraphs of {@code before} announce, or -1. */
  private static int announced(List<Paragraph> before, ParagraphViews views) {
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - ANNOUNCE_WINDOW); i--) {
      int n = AnnouncedCount.in(views.of(before.get(i)).norm());
      if (n >= 0) {
        return n;
      }
    }
    return -1;
  }

  /** Compares the tasks found with the count the paragraphs just before them announce. */
  private static void check(
      List<Paragraph> before, List<TaskDraft> found, ParagraphViews views, List<Diagnostic> out) {
    if (found.isEmpty()) {
      return;
    }
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - ANNOUNCE_WINDOW); i--) {
      int announced = AnnouncedCount.in(views.of(before.get(i)).norm());
      if (announced < 0) {
        continue;
      }
      if (announced != found.size()) {
        Span where = before.get(i).span();
        out.add(
            DiagnosticCode.TASK_COUNT_MISMATCH.at(
                where,
                "the text announces "
                    + announced
                    + " parts of the work but "
                    + found.size()
                    + " were found"));
      }
      return;
    }
  }
}

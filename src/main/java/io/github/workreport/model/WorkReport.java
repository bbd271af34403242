package io.github.workreport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The structure of one work report. Immutable and thread-safe; every span indexes {@link #text()}.
 *
 * <p>Besides its components, a report answers the look-ups a reader of it needs: a section by its
 * id ({@link #section(String)}), every section or task of the trees in document order ({@link
 * #allSections()}, {@link #allTasks()}), and the line of an offset ({@link #lineOf(int)}, {@link
 * #lineRange(Span)}). Each look-up walks the report anew: keep its result when it is asked often.
 *
 * @param text the text every span refers to: the input as given for plain text, the extracted text
 *     for HTML; never null
 * @param metadata what the document says about itself; never null
 * @param preamble the body paragraphs before the first heading (salutation, opening, editor's note)
 * @param sections the heading tree, top level first
 * @param tasks the work committed to, nested, in document order
 * @param targets every quantified statement, in document order
 * @param glossary the definitions of coined terms, in document order
 * @param diagnostics what the parser could not reconcile, in document order
 * @since 0.1
 */
public record WorkReport(
    String text,
    Metadata metadata,
    List<Paragraph> preamble,
    List<Section> sections,
    List<Task> tasks,
    List<Target> targets,
    List<GlossaryEntry> glossary,
    List<Diagnostic> diagnostics) {

  /** Validates the components, including that every paragraph and section span lies in the text. */
  public WorkReport {
    Checks.required(text, "text");
    Checks.required(metadata, "metadata");
    preamble = Checks.list(preamble, "preamble");
    sections = Checks.list(sections, "sections");
    tasks = Checks.list(tasks, "tasks");
    targets = Checks.list(targets, "targets");
    glossary = Checks.list(glossary, "glossary");
    diagnostics = Checks.list(diagnostics, "diagnostics");
    int length = text.length();
    for (Paragraph p : preamble) {
      checkInside(p.span(), length);
    }
    for (Section s : sections) {
      checkSection(s, length);
    }
  }

  private static void checkSection(Section s, int length) {
    checkInside(s.span(), length);
    for (Paragraph p : s.paragraphs()) {
      checkInside(p.span(), length);
    }
    for (Section c : s.children()) {
      checkSection(c, length);
    }
  }

  private static void checkInside(Span span, int length) {
    if (span.end() > length) {
      throw new IllegalArgumentException("span " + span + " outside a text of length " + length);
    }
  }

  /**
   * The section with {@link Section#id() id} {@code id} ("s2.3"), at any level, or empty when there
   * is none; {@code id} may be null (a {@link Task#sectionId()} or {@link Target#sectionId()}
   * outside every section), which finds none.
   */
  public Optional<Section> section(@Nullable String id) {
    if (id == null) {
      return Optional.empty();
    }
    for (Section s : allSections()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Every section of the tree, depth first in document order: a section, then its children. */
  public List<Section> allSections() {
    List<Section> all = new ArrayList<>();
    addSections(sections, all);
    return List.copyOf(all);
  }

  private static void addSections(List<Section> level, List<Section> all) {
    for (Section s : level) {
      all.add(s);
      addSections(s.children(), all);
    }
  }

  /** Every task of the tree, depth first in document order: a task, then its subtasks. */
  public List<Task> allTasks() {
    List<Task> all = new ArrayList<>();
    addTasks(tasks, all);
    return List.copyOf(all);
  }

  private static void addTasks(List<Task> level, List<Task> all) {
    for (Task t : level) {
      all.add(t);
      addTasks(t.subtasks(), all);
    }
  }

  /**
   * The 1-based line of {@link #text()} that {@code offset} falls in; "\n", "\r\n" and "\r" each
   * end a line, and an offset just after a line break is on the next line. Linear in {@code
   * offset}.
   *
   * @param offset a UTF-16 offset, {@code 0 <= offset <= text().length()}
   * @throws IndexOutOfBoundsException if {@code offset} is outside the text
   */
  public int lineOf(int offset) {
    Objects.checkFromToIndex(0, offset, text.length());
    int line = 1;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
      }
    }
    return line;
  }

  /**
   * The lines that {@code span} covers: from the line of its first character to the line of its
   * last (an empty span covers the line it stands on). Linear in {@code span.end()}.
   *
   * @throws IndexOutOfBoundsException if {@code span} reaches past the end of the text
   */
  public LineRange lineRange(Span span) {
    Objects.requireNonNull(span, "span");
    Objects.checkFromToIndex(span.start(), span.end(), text.length());
    int first = lineOf(span.start());
    int last = span.length() == 0 ? first : first + breaksBefore(span.start(), span.end() - 1);
    return new LineRange(first, last);
  }

  private int breaksBefore(int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
        n++;
      }
    }
    return n;
  }

  /**
   * A summary for a person: the title, kind and year, the length of the text, and how many
   * sections, tasks (at all levels), targets, glossary entries and diagnostics the report has.
   */
  @Override
  public String toString() {
    return Summary.of("WorkReport")
        .quote("title", metadata.title())
        .add("kind", metadata.kind())
        .add("year", metadata.year())
        .add("text", text.length() + " chars")
        .add("preamble", preamble.size())
        .add("sections", sections.size() + " (" + allSections().size() + " in all)")
        .add("tasks", tasks.size() + " (" + allTasks().size() + " in all)")
        .add("targets", targets.size())
        .add("glossary", glossary.size())
        .add("diagnostics", diagnostics.size())
        .toString();
  }
}

package io.github.workreport.model;

import java.util.List;

/**
 * The structure of one work report. Immutable and thread-safe; every span indexes {@link #text()}.
 *
 * @param text the text every span refers to: the input as given for plain text, the extracted
 *     text for HTML; never null
 * @param metadata what the document says about itself; never null
 * @param preamble the body paragraphs before the first heading (salutation, opening, editor's note)
 * @param sections the heading tree, top level first
 * @param tasks the work committed to, nested, in document order
 * @param targets every quantified statement, in document order
 * @param glossary the definitions of coined terms, in document order
 * @param diagnostics what the parser could not reconcile, in document order
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
}

package io.github.workreport.internal.parse;

import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;

/**
 * A numbered unit (or a part standing for one) as a task: its heading is the title; the lead
 * sentences of its paragraphs, its deeper units and its enumerations are the subtasks, in document
 * order. Stateless.
 */
final class UnitTasks {
  private UnitTasks() {}

  /** The task of section {@code s}, whose text is in {@code text}. */
  static TaskDraft of(Section s, ParagraphViews views, String text) {
    TaskDraft d = new TaskDraft(s.number(), s.title(), s.span(), s.id(), body(s, text));
    d.subtasks.addAll(ParagraphTasks.subtasks(s.paragraphs(), views, s.id()));
    for (Section c : s.children()) {
      d.subtasks.add(of(c, views, text));
    }
    return d;
  }

  /** The heading and paragraphs of a section, each paragraph whole across stray breaks. */
  private static String body(Section s, String text) {
    // sized to the section's span, which the heading and paragraphs fill, so that it never grows
    StringBuilder sb = new StringBuilder(s.span().length() + 16);
    sb.append(s.headingSpan().slice(text).strip());
    appendParagraphs(s, text, sb);
    return sb.toString();
  }

  private static void appendParagraphs(Section s, String text, StringBuilder sb) {
    int childStart =
        s.children().isEmpty() ? Integer.MAX_VALUE : s.children().get(0).span().start();
    for (Paragraph p : s.paragraphs()) {
      if (p.span().start() < childStart) {
        sb.append('\n').append(p.text());
      }
    }
    for (Section c : s.children()) {
      sb.append('\n').append(c.headingSpan().slice(text).strip());
      appendParagraphs(c, text, sb);
    }
    for (Paragraph p : s.paragraphs()) {
      if (p.span().start() >= childStart) {
        sb.append('\n').append(p.text());
      }
    }
  }
}

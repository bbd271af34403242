package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Span;
import io.github.workreport.model.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A task while the recognisers build it: mutable, so that a group can take the paragraphs after its
 * head. Becomes a {@link Task} once the list is settled. Not thread-safe.
 */
final class TaskDraft {
  final String number;
  final String title;
  final int start;
  int end;
  final String sectionId;
  String body;
  final List<TaskDraft> subtasks = new ArrayList<>();

  TaskDraft(String number, String title, Span span, String sectionId, String body) {
    this.number = number;
    this.title = strip(title);
    this.start = span.start();
    this.end = span.end();
    this.sectionId = sectionId;
    this.body = body;
  }

  /** Puts the subtasks in document order. */
  void sortSubtasks() {
    subtasks.sort(Comparator.comparingInt(d -> d.start));
  }

  /** The task, with id {@code id} and position {@code ordinal} among its siblings. */
  Task toTask(String id, int ordinal) {
    sortSubtasks();
    List<Task> subs = new ArrayList<>(subtasks.size());
    for (int i = 0; i < subtasks.size(); i++) {
      subs.add(subtasks.get(i).toTask(id + "." + (i + 1), i + 1));
    }
    String t = title.isBlank() ? body.strip() : title;
    return new Task(
        id, number, ordinal, t, body, new Span(start, Math.max(start, end)), sectionId, subs);
  }

  /** Tasks of {@code drafts}, numbered from 1 with ids "t1", "t2"… */
  static List<Task> toTasks(List<TaskDraft> drafts) {
    List<Task> out = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      out.add(drafts.get(i).toTask("t" + (i + 1), i + 1));
    }
    return out;
  }

  /** {@code s} without surrounding space and closing sentence, clause or colon marks. */
  static String strip(String s) {
    int end = s.length();
    while (end > 0) {
      char c = TextNormalizer.fold(s.charAt(end - 1));
      if (Punctuation.isSentenceEnd(c) || c == ',' || c == ':' || c == ' ') {
        end--;
      } else {
        break;
      }
    }
    return s.substring(0, end).strip();
  }
}

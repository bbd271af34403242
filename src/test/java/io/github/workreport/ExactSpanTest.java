package io.github.workreport;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task, target, glossary entry and mention of the seeds and of the development corpus has a
 * span whose slice of the report's text is the element itself: a task's slice is its text, a
 * target's slice its clause, a mention's slice its key, and a glossary entry's slice holds its term
 * and definition. Slices and texts are compared folded and without white space, since a paragraph
 * cut by a stray line break keeps the break in its slice and not in its text.
 */
class ExactSpanTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();
  private static final Path CORPUS = Path.of("..", "shared", "corpus");

  static Stream<Path> documents() throws IOException {
    List<Path> docs = new ArrayList<>(Seeds.all());
    if (Files.isDirectory(CORPUS)) {
      try (Stream<Path> s = Files.walk(CORPUS)) {
        s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(docs::add);
      }
    }
    return docs.stream();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void everySpanIsItsElement(Path doc) throws IOException {
    WorkReport r = PARSER.parse(doc);
    String text = r.text();
    SoftAssertions soft = new SoftAssertions();
    for (Task t : r.tasks()) {
      task(soft, text, t);
    }
    for (Target t : r.targets()) {
      soft.assertThat(squeeze(t.span().slice(text)))
          .as("target %s at %s", t.indicator(), t.span())
          .isEqualTo(squeeze(t.text()));
    }
    for (GlossaryEntry e : r.glossary()) {
      String slice = squeeze(e.span().slice(text));
      soft.assertThat(slice).as("glossary entry %s", e.term()).contains(squeeze(e.term()));
      soft.assertThat(slice).as("definition of %s", e.term()).contains(squeeze(e.definition()));
      for (Span m : e.mentions()) {
        soft.assertThat(squeeze(m.slice(text)))
            .as("mention of %s", e.term())
            .isEqualTo(squeeze(key(e)));
      }
    }
    soft.assertAll();
  }

  private static void task(SoftAssertions soft, String text, Task t) {
    soft.assertThat(squeeze(t.span().slice(text)))
        .as("task %s %s at %s", t.id(), t.title(), t.span())
        .isEqualTo(squeeze(t.text()));
    soft.assertThat(squeeze(t.text())).as("task %s title", t.id()).contains(squeeze(t.title()));
    for (Task c : t.subtasks()) {
      task(soft, text, c);
    }
  }

  /** The key a mention stands for: the quoted part of the term, else the term without brackets. */
  private static String key(GlossaryEntry e) {
    String term = e.term();
    int open = term.indexOf('\u201C');
    int close = open < 0 ? -1 : term.indexOf('\u201D', open + 1);
    return open >= 0 && close > open + 1
        ? term.substring(open + 1, close)
        : term.replace("\u3010", "").replace("\u3011", "");
  }

  private static String squeeze(String s) {
    return TextNormalizer.normalize(s).replaceAll("\\s+", "");
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.workreport.internal.text.LineIndex;
import io.github.workreport.model.LineRange;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The look-ups of a report: sections by id, all sections and tasks, lines of offsets and spans. */
class NavigationTest {
  private static final WorkReport HAND = HandMadeReport.report();

  @Test
  void aSectionIsFoundByItsIdAtAnyLevel() {
    assertThat(HAND.section("s2.1")).get().extracting(Section::title).isEqualTo("抓好工业");
    assertThat(HAND.section("s1")).get().extracting(Section::title).isEqualTo("2024年工作回顾");
    assertThat(HAND.section("s9")).isEmpty();
    assertThat(HAND.section(null)).isEmpty();
    // the id a task or a target names leads to its section
    assertThat(HAND.section(HAND.tasks().get(0).sectionId()))
        .get()
        .extracting(Section::number)
        .isEqualTo("（一）");
  }

  @Test
  void allSectionsAndAllTasksGoDepthFirstInDocumentOrder() {
    assertThat(HAND.allSections()).extracting(Section::id).containsExactly("s1", "s2", "s2.1");
    assertThat(HAND.allTasks()).extracting(Task::id).containsExactly("t1", "t1.1", "t1.2");
    WorkReport seed = WorkReportParser.create().parseText(Seeds.text("002"));
    List<Section> all = seed.allSections();
    for (int i = 1; i < all.size(); i++) {
      assertThat(all.get(i).span().start())
          .as("document order")
          .isGreaterThanOrEqualTo(all.get(i - 1).span().start());
    }
    assertThat(all).hasSizeGreaterThan(seed.sections().size());
    assertThat(seed.allTasks()).hasSizeGreaterThan(seed.tasks().size());
    assertThatThrownBy(() -> seed.allTasks().add(seed.tasks().get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void linesOfOffsetsAndSpans() {
    // HandMadeReport's comments number its lines
    assertThat(HAND.lineOf(0)).isEqualTo(1);
    assertThat(HAND.lineOf(HandMadeReport.TEXT.indexOf("全县"))).isEqualTo(3);
    assertThat(HAND.lineOf(HandMadeReport.TEXT.length())).isEqualTo(8);
    Section plan = HAND.section("s2").orElseThrow();
    assertThat(HAND.lineRange(plan.span())).isEqualTo(new LineRange(4, 7));
    assertThat(HAND.lineRange(plan.headingSpan())).isEqualTo(new LineRange(4, 4));
    assertThat(HAND.lineRange(new Span(3, 3))).isEqualTo(new LineRange(1, 1));
    assertThatThrownBy(() -> HAND.lineOf(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> HAND.lineOf(HandMadeReport.TEXT.length() + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> HAND.lineRange(new Span(0, HandMadeReport.TEXT.length() + 1)))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> HAND.lineRange(null)).hasMessage("span");
    assertThatThrownBy(() -> new LineRange(0, 1)).hasMessageContaining("first");
    assertThatThrownBy(() -> new LineRange(3, 2)).hasMessageContaining("last");
  }

  @Test
  void everyKindOfLineBreakCountsOnceAsTheOutlineCountsIt() {
    String text = "一\r\n二\r三\n\n四\u2028五\r\n";
    WorkReport r = WorkReportParser.create().parseText(text);
    LineIndex index = LineIndex.of(text);
    for (int offset = 0; offset <= text.length(); offset++) {
      assertThat(r.lineOf(offset)).as("offset " + offset).isEqualTo(index.line(offset));
    }
    assertThat(r.lineOf(text.indexOf('二'))).isEqualTo(2);
    assertThat(r.lineOf(text.indexOf('\n'))).as("between \\r and \\n").isEqualTo(1);
    assertThat(r.lineOf(text.indexOf('四'))).isEqualTo(5);
    assertThat(r.lineRange(new Span(0, text.indexOf('三') + 1))).isEqualTo(new LineRange(1, 3));
    assertThat(r.lineRange(new Span(0, text.indexOf('三') + 2)))
        .as("a span that ends with its line's break")
        .isEqualTo(new LineRange(1, 3));
    for (int s = 0; s <= text.length(); s++) {
      for (int e = s + 1; e <= text.length(); e++) {
        assertThat(r.lineRange(new Span(s, e)))
            .isEqualTo(new LineRange(index.line(s), index.line(e - 1)));
      }
    }
  }
}

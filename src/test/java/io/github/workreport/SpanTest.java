package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every span's slice of the text contains the element's text (line breaks inside aside). */
class SpanTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  static Stream<String> inputs() {
    Stream<String> seeds = Seeds.all().stream().map(Seeds::text);
    Stream<String> variants =
        Seeds.all().stream()
            .map(Seeds::text)
            .flatMap(
                t ->
                    Stream.of(
                        MetamorphicTest.toHtml(t),
                        MetamorphicTest.toFullWidth(t).replace("\n", "\r\n")));
    return Stream.concat(Stream.concat(seeds, variants), Stream.of(WorkReportParserTest.COUNTY));
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void everySpanContainsItsElement(String input) {
    WorkReport r = PARSER.parse(input);
    String text = r.text();
    for (Paragraph p : r.preamble()) {
      check(text, p);
    }
    for (Section s : r.sections()) {
      check(text, s, null);
    }
  }

  private static void check(String text, Paragraph p) {
    String slice = unbroken(p.span().slice(text));
    assertThat(slice).contains(unbroken(p.text()));
    assertThat(slice).startsWith(unbroken(p.text()).substring(0, 1));
  }

  private static void check(String text, Section s, Section parent) {
    assertThat(s.headingSpan().slice(text)).contains(s.title());
    if (s.subtitle() != null) {
      assertThat(s.headingSpan().slice(text)).contains(s.subtitle());
    }
    if (s.number() != null) {
      assertThat(s.headingSpan().slice(text)).startsWith(s.number());
    }
    if (parent != null) {
      assertThat(parent.span().contains(s.span())).isTrue();
    }
    int last = s.headingSpan().end();
    for (Paragraph p : s.paragraphs()) {
      check(text, p);
      assertThat(s.span().contains(p.span())).isTrue();
      assertThat(p.span().start()).isGreaterThanOrEqualTo(last);
      last = p.span().end();
    }
    for (Section c : s.children()) {
      check(text, c, s);
    }
  }

  private static String unbroken(String s) {
    return s.replace("\r", "").replace("\n", "");
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Relations that hold for every seed: the same report with its ASCII punctuation turned full-width,
 * with CRLF line ends, wrapped as an HTML page, or encoded as GBK bytes gives the same section
 * titles and metadata.
 */
class MetamorphicTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();

  static Stream<Path> seeds() {
    return Seeds.all().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void fullWidthPunctuationGivesTheSameStructure(Path seed) {
    String text = Seeds.text(seed);
    WorkReport plain = PARSER.parseText(text);
    WorkReport wide = PARSER.parseText(toFullWidth(text));
    assertSameStructure(plain, wide);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void crlfLineEndsGiveTheSameStructure(Path seed) {
    String text = Seeds.text(seed);
    assertSameStructure(PARSER.parseText(text), PARSER.parseText(text.replace("\n", "\r\n")));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anHtmlPageGivesTheSameStructure(Path seed) {
    String text = Seeds.text(seed);
    WorkReport html = PARSER.parse(toHtml(text));
    assertThat(html.text()).isNotEqualTo(text);
    assertSameStructure(PARSER.parseText(text), html);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void gbkBytesGiveTheSameStructure(Path seed) {
    String text = Seeds.text(seed);
    // a character GBK cannot encode (NBSP) is written as the one the parser folds it to
    CharsetEncoder enc = Charset.forName("GBK").newEncoder();
    StringBuilder encodable = new StringBuilder();
    for (char c : text.toCharArray()) {
      encodable.append(enc.canEncode(c) ? c : TextNormalizer.fold(c));
    }
    WorkReport gbk = PARSER.parse(encodable.toString().getBytes(Charset.forName("GBK")));
    assertSameStructure(PARSER.parseText(text), gbk);
  }

  static void assertSameStructure(WorkReport a, WorkReport b) {
    assertThat(titles(b.sections())).isEqualTo(titles(a.sections()));
    assertThat(normalized(b.metadata())).isEqualTo(normalized(a.metadata()));
  }

  private static List<String> titles(List<Section> sections) {
    List<String> out = new ArrayList<>();
    for (Section s : sections) {
      out.add(s.level() + " " + fold(s.title()) + " / " + fold(s.subtitle()));
      out.addAll(titles(s.children()));
    }
    return out;
  }

  private static Metadata normalized(Metadata m) {
    return new Metadata(
        fold(m.title()),
        fold(m.subtitle()),
        m.kind(),
        m.region(),
        m.date(),
        m.published(),
        fold(m.source()),
        m.authors(),
        fold(m.venue()),
        m.speaker(),
        m.speakerTitle(),
        m.year());
  }

  private static String fold(String s) {
    return s == null ? null : TextNormalizer.normalize(s);
  }

  /** Turns ASCII punctuation into its full-width form, as the originals of the seeds have it. */
  static String toFullWidth(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      sb.append(",:;()!?".indexOf(c) >= 0 ? (char) (c + 0xFEE0) : c);
    }
    return sb.toString();
  }

  /** Wraps a text as a simple page: each line a paragraph, inside site furniture. */
  static String toHtml(String text) {
    StringBuilder sb =
        new StringBuilder(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>"
                + "<script>var x = '<p>not text</p>';</script></head><body><nav class=\"nav\"><a href=\"/\">首页</a></nav>"
                + "<div class=\"article\">\n");
    for (String line : text.split("\r?\n", -1)) {
      if (line.isBlank()) {
        continue;
      }
      sb.append("<p>")
          .append(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
          .append("</p>\n");
    }
    sb.append("</div><footer>版权所有 ©</footer></body></html>");
    return sb.toString();
  }
}

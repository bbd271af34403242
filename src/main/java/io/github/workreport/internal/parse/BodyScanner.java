package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.internal.text.Units;
import io.github.workreport.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the body lines into headings and paragraphs: numbered and bare headings, heading and
 * subheading pairs, paragraphs rejoined across stray line breaks, and the glossary block.
 * Stateless.
 */
public final class BodyScanner {
  /** A glossary heading counts only past this share of the body's lines. */
  static final double GLOSSARY_FROM = 0.3;

  /**
   * When at least this share of the body's lines stand after a blank line, blank lines separate
   * paragraphs, and lines with no blank between them are one paragraph cut by stray breaks.
   */
  static final double BLANK_SEPARATED = 0.6;

  private BodyScanner() {}

  /** Scans the lines of role {@link LineRole#BODY} of {@code layout}. */
  public static List<Block> scan(Layout layout) {
    List<Line> body = layout.linesOf(LineRole.BODY);
    long blankBefore = body.stream().filter(Line::blankBefore).count();
    boolean blankMode = body.size() > 2 && blankBefore >= body.size() * BLANK_SEPARATED;
    List<Block> blocks = new ArrayList<>();
    boolean glossary = false;
    boolean closed = true;
    int glossaryFrom = (int) (body.size() * GLOSSARY_FROM);
    int i = 0;
    while (i < body.size()) {
      Line line = body.get(i);
      if (!glossary && i >= glossaryFrom && closed && isGlossaryOpening(body, i)) {
        List<Line> head = new ArrayList<>();
        if (!LineShapes.isGlossaryHeading(line)) {
          head.add(line);
          i++;
        }
        Line main = body.get(i);
        head.add(main);
        blocks.add(heading(head, main, null, null, true));
        glossary = true;
        i++;
        continue;
      }
      if (!glossary) {
        int quoted = quotedHeadingEnd(body, i);
        if (quoted > i + 1) {
          blocks.add(quotedHeading(body.subList(i, quoted)));
          i = quoted;
          closed = true;
          continue;
        }
        List<Line> h = headingLines(body, i, closed, blankMode);
        if (h != null) {
          Line main = h.get(0);
          blocks.add(
              heading(
                  h, main, MarkerReader.read(main.norm()), h.size() > 1 ? h.get(1) : null, false));
          i += h.size();
          closed = true;
          continue;
        }
      }
      int end = paragraphEnd(body, i, blankMode);
      List<Line> para = body.subList(i, end);
      blocks.add(new Block.Para(view(para), glossary, false));
      closed = !joinsNext(para.get(para.size() - 1));
      i = end;
    }
    return blocks;
  }

  private static boolean isGlossaryOpening(List<Line> body, int i) {
    Line line = body.get(i);
    if (LineShapes.isGlossaryHeading(line)) {
      return i + 1 < body.size();
    }
    return LineRules.ATTACHMENT_WORDS.contains(line.compact().replace(":", ""))
        && i + 2 < body.size()
        && LineShapes.isGlossaryHeading(body.get(i + 1));
  }

  /** The lines of the heading that starts at {@code i}: the heading and its subtitle, or null. */
  private static List<Line> headingLines(
      List<Line> body, int i, boolean closed, boolean blankMode) {
    Line line = body.get(i);
    if (i + 1 >= body.size()) {
      return null; // a heading heads something
    }
    Marker m = MarkerReader.read(line.norm());
    if (m != null) {
      return HeadingRules.isNumberedHeading(line, m) ? List.of(line) : null;
    }
    if (!closed || !HeadingRules.isBareHeadingShape(line)) {
      return null;
    }
    Line next = body.get(i + 1);
    if (continuesFigure(next) || continuesWord(next)) {
      return null;
    }
    if (blankMode
        && !next.blankBefore()
        && line.hint() == null
        && MarkerReader.read(next.norm()) == null) {
      return null; // the first piece of a paragraph cut by stray breaks
    }
    if (i + 2 < body.size()
        && MarkerReader.read(next.norm()) == null
        && HeadingRules.isBareHeadingShape(next)
        && !LineShapes.isGlossaryHeading(next)) {
      return List.of(line, next);
    }
    return List.of(line);
  }

  /**
   * A numbered heading that a line break cut inside a quoted title ("三、关于《" / "国民经济和社会发展
   * 第十一个五年规划纲要（草案）" / "》的说明"): the index past its last line, or -1. The quote must close within
   * {@link #QUOTED_HEADING_LINES} lines, and the whole must have a heading's shape.
   */
  private static int quotedHeadingEnd(List<Line> body, int i) {
    Line line = body.get(i);
    Marker m = MarkerReader.read(line.norm());
    if (m == null || Punctuation.openQuotes(line.norm(), 0, line.length()) == 0) {
      return -1;
    }
    StringBuilder joined = new StringBuilder(line.norm());
    for (int j = i + 1; j < body.size() && j <= i + QUOTED_HEADING_LINES; j++) {
      joined.append(body.get(j).norm());
      if (Punctuation.openQuotes(joined, 0, joined.length()) == 0) {
        String n = joined.toString();
        Line whole =
            new Line(
                line.index(), line.start(), line.start() + n.length(), n, n, line.hint(), false);
        return j + 1 < body.size() && HeadingRules.isNumberedHeading(whole, m) ? j + 1 : -1;
      }
    }
    return -1;
  }

  /** Most lines a quoted heading title is cut into. */
  static final int QUOTED_HEADING_LINES = 3;

  private static Block.Heading quotedHeading(List<Line> lines) {
    TextView v = view(lines);
    Marker m = MarkerReader.read(v.norm());
    String number = v.text().substring(0, m.length()).strip();
    return new Block.Heading(
        v.span(), m, number, headingText(v.text(), v.norm(), m.length()), null, false, false, null);
  }

  /** The heading made of {@code lines}, whose heading line is {@code main}. */
  private static Block.Heading heading(
      List<Line> lines, Line main, Marker m, Line subtitle, boolean glossary) {
    Span span = new Span(lines.get(0).start(), lines.get(lines.size() - 1).end());
    String number = m == null ? null : main.text().substring(0, m.length()).strip();
    String sub = subtitle == null ? null : headingText(subtitle.text(), subtitle.norm(), 0);
    TextView line = m != null && lines.size() == 1 ? view(lines) : null;
    return new Block.Heading(
        span,
        m,
        number,
        headingText(main.text(), main.norm(), m == null ? 0 : m.length()),
        sub,
        glossary,
        false,
        line);
  }

  /** The view of a paragraph's lines, joined. */
  static TextView view(List<Line> lines) {
    if (lines.size() == 1) {
      Line l = lines.get(0);
      return TextView.of(l.text(), l.norm(), l.start());
    }
    TextView.Builder b = TextView.builder();
    for (Line l : lines) {
      b.add(l.text(), l.norm(), l.start());
    }
    return b.build();
  }

  /** A heading's text from {@code from}, without closing punctuation or colon. */
  static String headingText(String text, String norm, int from) {
    int end = text.length();
    while (end > from
        && (Punctuation.isSentenceEnd(norm.charAt(end - 1))
            || norm.charAt(end - 1) == ':'
            || norm.charAt(end - 1) == ' ')) {
      end--;
    }
    String s = text.substring(from, end).strip();
    return s.isEmpty() ? text.strip() : s;
  }

  /** The index past the last line of the paragraph that starts at {@code i}. */
  private static int paragraphEnd(List<Line> body, int i, boolean blankMode) {
    int j = i;
    while (j + 1 < body.size()
        && !startsBlock(body.get(j + 1))
        && (joinsNext(body.get(j))
            || blankMode && !body.get(j + 1).blankBefore()
            || (!LineShapes.closes(body.get(j))
                && (continuesFigure(body.get(j + 1)) || continuesWord(body.get(j + 1)))))) {
      j++;
    }
    return j + 1;
  }

  /**
   * Whether a line continues on the next: it ends without closing punctuation and is long enough to
   * be cut text, or leaves a quote open.
   */
  static boolean joinsNext(Line line) {
    if (LineShapes.closes(line)) {
      return false;
    }
    char last = line.last();
    return line.length() >= LineRules.JOIN_MIN_LENGTH
        || last == ','
        || last == '、'
        || LineClassifier.opens(line)
        || Punctuation.openQuotes(line.norm(), 0, line.length()) > 0
        || hasClauseMark(line.norm()); // "…以下工作：一是推动" is no heading: a sentence cut short
  }

  private static boolean hasClauseMark(String n) {
    for (int i = 0; i < n.length(); i++) {
      if (Punctuation.isClauseMark(n.charAt(i)) || Punctuation.isSentenceEnd(n.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line goes on a figure cut from the line before ("4300人以上。"): it opens with a number
   * and a unit, which no paragraph opens with.
   */
  static boolean continuesFigure(Line line) {
    String n = line.norm();
    int i = 0;
    while (i < n.length() && (Character.isDigit(n.charAt(i)) || n.charAt(i) == '.')) {
      i++;
    }
    return i > 0 && Units.unitAt(n, i) != null;
  }

  /**
   * Whether a line goes on a word cut from the line before ("要全面深化各领域改" / "革，加快…"): it opens with
   * punctuation, or with one character and a clause or sentence mark, which no paragraph opens
   * with.
   */
  static boolean continuesWord(Line line) {
    String n = line.norm();
    char first = n.charAt(0);
    if (Punctuation.isClauseMark(first)
        || Punctuation.isSentenceEnd(first)
        || isClosingMark(first)) {
      return true;
    }
    return n.length() > 1
        && Punctuation.isHan(first)
        && (Punctuation.isClauseMark(n.charAt(1)) || Punctuation.isSentenceEnd(n.charAt(1)));
  }

  private static boolean isClosingMark(char c) {
    return c == '”' || c == ')' || c == '》' || c == '」' || c == '』' || c == '】' || c == ']';
  }

  /** Whether a line starts a block of its own whatever precedes it: a numbered or a "——" item. */
  private static boolean startsBlock(Line line) {
    return MarkerReader.read(line.norm()) != null || line.norm().startsWith("——");
  }
}

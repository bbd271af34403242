package io.github.workreport.internal.parse;

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
        blocks.add(new Block.Heading(head, main, null, null, true));
        glossary = true;
        i++;
        continue;
      }
      if (!glossary) {
        Block.Heading h = heading(body, i, closed, blankMode);
        if (h != null) {
          blocks.add(h);
          i += h.lines().size();
          closed = true;
          continue;
        }
      }
      int end = paragraphEnd(body, i, blankMode);
      List<Line> para = body.subList(i, end);
      blocks.add(new Block.Para(para, glossary));
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
        && i + 2 < body.size() && LineShapes.isGlossaryHeading(body.get(i + 1));
  }

  /** The heading that starts at {@code i}, or null. */
  private static Block.Heading heading(List<Line> body, int i, boolean closed, boolean blankMode) {
    Line line = body.get(i);
    if (i + 1 >= body.size()) {
      return null; // a heading heads something
    }
    Marker m = MarkerReader.read(line.norm());
    if (m != null) {
      return HeadingRules.isNumberedHeading(line, m) ? new Block.Heading(List.of(line), line, m, null, false) : null;
    }
    if (!closed || !HeadingRules.isBareHeadingShape(line)) {
      return null;
    }
    Line next = body.get(i + 1);
    if (continuesFigure(next)) {
      return null;
    }
    if (blankMode && !next.blankBefore() && line.hint() == null && MarkerReader.read(next.norm()) == null) {
      return null; // the first piece of a paragraph cut by stray breaks
    }
    if (i + 2 < body.size() && MarkerReader.read(next.norm()) == null && HeadingRules.isBareHeadingShape(next)
        && !LineShapes.isGlossaryHeading(next)) {
      return new Block.Heading(List.of(line, next), line, null, next, false);
    }
    return new Block.Heading(List.of(line), line, null, null, false);
  }

  /** The index past the last line of the paragraph that starts at {@code i}. */
  private static int paragraphEnd(List<Line> body, int i, boolean blankMode) {
    int j = i;
    while (j + 1 < body.size() && !startsBlock(body.get(j + 1))
        && (joinsNext(body.get(j)) || blankMode && !body.get(j + 1).blankBefore()
            || (!LineShapes.closes(body.get(j)) && continuesFigure(body.get(j + 1))))) {
      j++;
    }
    return j + 1;
  }

  /**
   * Whether a line continues on the next: it ends without closing punctuation and is long enough
   * to be cut text, or leaves a quote open.
   */
  static boolean joinsNext(Line line) {
    if (LineShapes.closes(line)) {
      return false;
    }
    char last = line.last();
    return line.length() >= LineRules.JOIN_MIN_LENGTH || last == ',' || last == '\u3001'
        || io.github.workreport.internal.text.Punctuation.openQuotes(line.norm(), 0, line.length()) > 0;
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
    return i > 0 && io.github.workreport.internal.text.Units.unitAt(n, i) != null;
  }

  /** Whether a line starts a block of its own whatever precedes it: a numbered or a "——" item. */
  private static boolean startsBlock(Line line) {
    return MarkerReader.read(line.norm()) != null || line.norm().startsWith("\u2014\u2014");
  }
}

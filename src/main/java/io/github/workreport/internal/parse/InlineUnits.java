package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextView;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the numbered units that open a paragraph rather than stand on a heading line
 * ("（一）着力扩大国内需求。把恢复和扩大消费摆在优先位置……") and splits each such paragraph into a heading (marker and lead
 * sentence) and the paragraph that follows it.
 *
 * <p>A marker at the start of a paragraph is structure only inside a sequence at one level: it goes
 * on the sequence of its style that is open ("（二）" after "（一）"), or it is the first value and the
 * next marker of its style before the scope closes is the second. So a lone "(3)" or a "1." that no
 * "2." follows stays text. Levels follow the order in which styles appear, as for heading lines; a
 * heading line of a style already open closes the deeper levels. Stateless.
 */
public final class InlineUnits {
  private InlineUnits() {}

  /** The blocks with every paragraph that opens a unit split into its heading and the rest. */
  public static List<Block> split(List<Block> blocks) {
    Markers markers = new Markers(blocks);
    List<Block> out = new ArrayList<>(blocks.size());
    List<Marker.Style> open = new ArrayList<>();
    Map<Marker.Style, Integer> last = new EnumMap<>(Marker.Style.class);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b instanceof Block.Heading h) {
        if (h.glossary()) {
          open.clear();
          last.clear();
        } else if (h.marker() != null) {
          if (h.line() != null
              && h.marker().ordinal() != 1
              && readsAsSentence(h.line().norm())
              && !continues(h.marker(), open, last, markers, i)) {
            out.add(new Block.Para(h.line(), false, false)); // "（3）号文件提出…，确保…。": text
            continue;
          }
          enter(open, last, h.marker());
        }
        out.add(b);
        continue;
      }
      Marker m = markers.at(i);
      if (m == null || !continues(m, open, last, markers, i)) {
        out.add(b);
        continue;
      }
      enter(open, last, m);
      splitInto(((Block.Para) b).view(), m, out);
    }
    return out;
  }

  /** Whether the unit marked {@code m} at block {@code i} belongs to a sequence. */
  private static boolean continues(
      Marker m, List<Marker.Style> open, Map<Marker.Style, Integer> last, Markers markers, int i) {
    Integer prev = open.contains(m.style()) ? last.get(m.style()) : null;
    if (prev != null && m.ordinal() == prev + 1) {
      return true;
    }
    return m.ordinal() == 1 && markers.secondFollows(i, m.style(), open, last);
  }

  /** Whether a line reads as a sentence: clauses inside and a closing sentence mark. */
  private static boolean readsAsSentence(String n) {
    if (n.isEmpty() || !Punctuation.isSentenceEnd(n.charAt(n.length() - 1))) {
      return false;
    }
    for (int i = 0; i < n.length() - 1; i++) {
      if (n.charAt(i) == ',') {
        return true;
      }
    }
    return false;
  }

  /** Records that a unit of {@code m}'s style is entered: deeper styles close. */
  private static void enter(List<Marker.Style> open, Map<Marker.Style, Integer> last, Marker m) {
    int at = open.indexOf(m.style());
    if (at >= 0) {
      while (open.size() > at + 1) {
        last.remove(open.remove(open.size() - 1));
      }
    } else {
      open.add(m.style());
    }
    last.put(m.style(), m.ordinal());
  }

  /** Adds the heading of the unit that opens {@code v} and the paragraph after it, if any. */
  private static void splitInto(TextView v, Marker m, List<Block> out) {
    int titleEnd = titleEnd(v.norm(), m.length());
    String number = v.text().substring(0, m.length()).strip();
    String title =
        BodyScanner.headingText(
            v.text().substring(0, titleEnd), v.norm().substring(0, titleEnd), m.length());
    out.add(new Block.Heading(v.span(0, titleEnd), m, number, title, null, false, true, null));
    int rest = titleEnd;
    while (rest < v.length() && v.norm().charAt(rest) == ' ') {
      rest++;
    }
    if (rest < v.length()) {
      out.add(new Block.Para(v.sub(rest, v.length()), false, true));
    }
  }

  /**
   * Where a unit's title ends: past its lead sentence when that ends within {@link
   * LineRules#INLINE_TITLE_MAX} characters, else past its first clause, else at the bound.
   */
  static int titleEnd(String norm, int from) {
    int max = Math.min(norm.length(), from + LineRules.INLINE_TITLE_MAX);
    int clause = -1;
    for (int i = from; i < max; i++) {
      char c = norm.charAt(i);
      boolean mark =
          Punctuation.isSentenceEnd(c) && c != '…'
              || clause < 0 && (c == ',' || c == ':') && i > from;
      if (!mark || Punctuation.openQuotes(norm, from, i) > 0) {
        continue; // marks inside quotes end nothing
      }
      if (Punctuation.isSentenceEnd(c)) {
        return i + 1;
      }
      clause = i;
    }
    if (max == norm.length()) {
      return norm.length(); // the whole paragraph is the title
    }
    return clause > 0 ? clause : max;
  }

  /** The markers that open paragraphs, and a look ahead over them. */
  private static final class Markers {
    private final List<Block> blocks;
    private final Marker[] at;

    Markers(List<Block> blocks) {
      this.blocks = blocks;
      this.at = new Marker[blocks.size()];
      for (int i = 0; i < blocks.size(); i++) {
        if (blocks.get(i) instanceof Block.Para p && !p.glossary()) {
          at[i] = MarkerReader.read(p.view().norm());
        }
      }
    }

    Marker at(int i) {
      return at[i];
    }

    /**
     * Whether the next marker of {@code style} after block {@code i} is the second of a sequence,
     * before the scope of the first closes: at a heading line, or at a paragraph marker that goes
     * on a sequence already open. Each look ahead stops at the next marker of its style, so the
     * looks of a document cost linear time per style.
     */
    boolean secondFollows(
        int i, Marker.Style style, List<Marker.Style> open, Map<Marker.Style, Integer> last) {
      for (int j = i + 1; j < blocks.size(); j++) {
        Marker m = blocks.get(j) instanceof Block.Heading h ? h.marker() : at[j];
        if (blocks.get(j) instanceof Block.Heading h
            && (h.glossary() || m == null || m.style() != style)) {
          return false;
        }
        if (m == null) {
          continue;
        }
        if (m.style() == style) {
          return m.ordinal() == 2;
        }
        Integer prev = open.contains(m.style()) ? last.get(m.style()) : null;
        if (prev != null && m.ordinal() == prev + 1) {
          return false;
        }
      }
      return false;
    }
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.HeadingHint;
import io.github.workreport.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides the role of every line: page furniture, metadata, captions and the title block around the
 * body, and the body itself. The vocabulary and thresholds live in {@link LineRules}, the shape
 * tests in {@link LineShapes}; this class only combines them with the lines around each line.
 * Stateless.
 */
public final class LineClassifier {
  private LineClassifier() {}

  /** Classifies {@code lines} of a text {@code textLength} code units long. */
  public static Layout classify(List<Line> lines, int textLength) {
    int n = lines.size();
    LineRole[] roles = new LineRole[n];
    for (int i = 0; i < n; i++) {
      roles[i] = contextFree(lines.get(i));
    }
    markBreadcrumbParts(lines, roles);
    markSplitMetadata(lines, roles);
    int tail = tailStart(lines, textLength);
    for (int i = tail; i < n; i++) {
      roles[i] = LineRole.FURNITURE;
    }
    int body = bodyStart(lines, roles, tail);
    classifyHead(lines, roles, body);
    keepCutPunctuation(lines, roles, body, tail);
    return new Layout(lines, List.of(roles), body, tail);
  }

  /** The layout of a fragment: every line is body. */
  public static Layout allBody(List<Line> lines) {
    return new Layout(lines, Collections.nCopies(lines.size(), LineRole.BODY), 0, lines.size());
  }

  /** The role a line has whatever stands around it; BODY when nothing marks it. */
  static LineRole contextFree(Line line) {
    if (LineShapes.isWidgetLine(line)
        || LineShapes.isBreadcrumb(line)
        || LineShapes.isBanner(line)
        || LineShapes.isClickPrompt(line)
        || LineShapes.isNotice(line)) {
      return LineRole.FURNITURE;
    }
    if (!MetadataLine.read(line.norm()).isEmpty() || isReprintNote(line)) {
      return LineRole.METADATA;
    }
    if (LineShapes.isCaption(line)) {
      return LineRole.CAPTION;
    }
    return LineRole.BODY;
  }

  /** "(原载5月20日央广网)": where a press text first ran. */
  static boolean isReprintNote(Line line) {
    String c = LineShapes.stripBrackets(line.compact());
    return line.length() <= LineRules.FURNITURE_MAX && (c.startsWith("原载") || c.startsWith("转自"));
  }

  /**
   * A breadcrumb broken over lines ("首页", "&gt;", "政务信息", "&gt;"): the parts beside an arrow line,
   * and later head lines that repeat a part (the column name), are furniture.
   */
  private static void markBreadcrumbParts(List<Line> lines, LineRole[] roles) {
    Set<String> parts = new HashSet<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!isArrowLine(lines.get(i))) {
        continue;
      }
      roles[i] = LineRole.FURNITURE;
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < lines.size() && isShortLabel(lines.get(j))) {
          roles[j] = LineRole.FURNITURE;
          parts.add(lines.get(j).compact());
        }
      }
    }
    if (parts.isEmpty()) {
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      if (parts.contains(lines.get(i).compact())) {
        roles[i] = LineRole.FURNITURE;
      }
    }
  }

  private static boolean isArrowLine(Line line) {
    String c = line.compact();
    return c.equals(">") || c.equals("\u00BB") || c.equals("\u203A") || c.equals(">>");
  }

  /** Longest part of a breadcrumb broken over lines. */
  static final int LABEL_MAX = 16;

  private static boolean isShortLabel(Line line) {
    return line.length() <= LABEL_MAX && !hasSentenceOrComma(line.norm());
  }

  /** Whether folded text holds a sentence mark or a comma: it reads as running text. */
  private static boolean hasSentenceOrComma(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (Punctuation.isSentenceEnd(c) || c == ',') {
        return true;
      }
    }
    return false;
  }

  /** A metadata key alone on its line ("来源:") takes the next short line as its value. */
  private static void markSplitMetadata(List<Line> lines, LineRole[] roles) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      List<MetadataLine.Field> f = MetadataLine.read(lines.get(i).norm());
      if (f.size() == 1 && f.get(0).value().isEmpty()) {
        Line next = lines.get(i + 1);
        if (roles[i + 1] == LineRole.BODY && next.length() <= 40 && !LineShapes.isBodyLike(next)) {
          roles[i + 1] = LineRole.METADATA;
        }
      }
    }
  }

  /**
   * Where trailing furniture starts: the first related-content header or notice past the middle of
   * the text; everything from it on is furniture.
   */
  static int tailStart(List<Line> lines, int textLength) {
    int from = (int) (textLength * LineRules.TAIL_FROM);
    for (Line line : lines) {
      if (line.start() < from) {
        continue;
      }
      String c = line.compact();
      while (c.endsWith(":")) {
        c = c.substring(0, c.length() - 1);
      }
      if (LineRules.RELATED_HEADERS.contains(c) || LineShapes.isNotice(line)) {
        return line.index();
      }
    }
    return lines.size();
  }

  /**
   * Where the body starts: the first salutation, editor's note, numbered heading or line of body
   * text that is not furniture; the lines before it are the title block.
   */
  static int bodyStart(List<Line> lines, LineRole[] roles, int tail) {
    for (int i = 0; i < tail; i++) {
      if (roles[i] != LineRole.BODY) {
        continue;
      }
      Line line = lines.get(i);
      if (LineShapes.isSalutation(line)
          || line.compact().startsWith("编者按")
          || (isTopMarker(line) && !isDelivery(line))
          || (LineShapes.isBodyLike(line) && !isDelivery(line) && !isTitleWithSubtitle(line))) {
        return i;
      }
    }
    // No line reads as body: the first plain line is the title and the rest is body, unless it
    // is the only line (a clause given alone is body).
    int first = -1;
    int plain = 0;
    for (int i = 0; i < tail; i++) {
      if (roles[i] == LineRole.BODY) {
        plain++;
        first = first < 0 ? i : first;
      }
    }
    if (first < 0) {
      return tail;
    }
    return plain == 1 ? first : first + 1;
  }

  private static boolean isTopMarker(Line line) {
    Marker m = MarkerReader.read(line.norm());
    return m != null
        && (m.style() == Marker.Style.PART
            || m.style() == Marker.Style.CHINESE
            || m.style() == Marker.Style.CHINESE_PAREN)
        && HeadingRules.isNumberedHeading(line, m);
  }

  /** "提升城市品质 擦亮幸福底色——书写…": a title and its subtitle on one line, no sentence mark. */
  private static boolean isTitleWithSubtitle(Line line) {
    String n = line.norm();
    return n.indexOf("——") > 0 && !hasSentenceOrComma(n);
  }

  /**
   * A line of punctuation alone inside the body, between two lines of text, is a piece of a
   * sentence a line break cut ("《建筑法" / "》、《" / "招标投标法》"), not a widget: it stays body.
   */
  private static void keepCutPunctuation(List<Line> lines, LineRole[] roles, int body, int tail) {
    for (int i = Math.max(body, 1); i + 1 < tail; i++) {
      Line line = lines.get(i);
      if (roles[i] == LineRole.FURNITURE
          && roles[i - 1] == LineRole.BODY
          && roles[i + 1] == LineRole.BODY
          && LineShapes.isPunctuationOnly(line.norm())
          && (!LineShapes.closes(lines.get(i - 1)) || opens(line))) {
        roles[i] = LineRole.BODY;
      }
    }
  }

  /** Whether a line ends with an opening quote or bracket, so it goes on on the next line. */
  static boolean opens(Line line) {
    char c = line.last();
    return c == '《' || c == '“' || c == '(' || c == '【' || c == '[';
  }

  /** Whether the line names when and where a report was delivered ("——2025年1月4日在…会议上"). */
  public static boolean isDelivery(Line line) {
    return DeliveryLine.read(line.norm()) != null;
  }

  private static void classifyHead(List<Line> lines, LineRole[] roles, int body) {
    List<Integer> candidates = new ArrayList<>();
    boolean delivery = false;
    for (int i = 0; i < body; i++) {
      if (roles[i] != LineRole.BODY) {
        continue;
      }
      Line line = lines.get(i);
      if (isDelivery(line)) {
        roles[i] = LineRole.DELIVERY;
        delivery = true;
      } else if (i + 1 < body
          && roles[i + 1] == LineRole.BODY
          && DeliveryLine.read(line.norm() + lines.get(i + 1).norm()) != null) {
        roles[i] = LineRole.DELIVERY; // a delivery line broken in two ("…人民代表大会" / "第四次会议上")
        roles[i + 1] = LineRole.DELIVERY;
        delivery = true;
        i++;
      } else if (delivery && SpeakerReader.isName(line.norm())) {
        roles[i] = LineRole.SPEAKER; // a name alone under the delivery line
      } else if (SpeakerReader.read(line.norm()) != null) {
        roles[i] = LineRole.SPEAKER;
      } else if (SpeakerReader.isOffice(line.norm())
          && i + 1 < body
          && SpeakerReader.isName(lines.get(i + 1).norm())) {
        roles[i] = LineRole.SPEAKER;
        roles[i + 1] = LineRole.SPEAKER;
        i++;
      } else if (LineShapes.isDateOnly(line)) {
        roles[i] = LineRole.METADATA;
      } else {
        candidates.add(i);
      }
    }
    int title = chooseTitle(lines, candidates);
    for (int i : candidates) {
      roles[i] = LineRole.CAPTION;
    }
    if (title < 0) {
      return;
    }
    headingsBeforeBody(lines, roles, candidates, title, body);
    roles[title] = LineRole.TITLE;
    // a title broken by a stray line break ("政府工作报" / "告") continues on short lines after it
    int next = title + 1;
    while (next < body && candidates.contains(next) && lines.get(next).compact().length() <= 2) {
      roles[next] = LineRole.TITLE;
      next++;
    }
    if (next < body && candidates.contains(next) && lines.get(next).compact().startsWith("—")) {
      roles[next] = LineRole.SUBTITLE;
    }
  }

  /**
   * One or two heading-shaped lines right before the body, after the title, are the first heading
   * (and its subtitle), not captions: captions come in longer runs.
   */
  private static void headingsBeforeBody(
      List<Line> lines, LineRole[] roles, List<Integer> candidates, int title, int body) {
    List<Integer> after = new ArrayList<>();
    for (int i : candidates) {
      if (i > title && !(i == title + 1 && lines.get(i).compact().startsWith("—"))) {
        after.add(i);
      }
    }
    if (after.isEmpty()
        || after.size() > 2
        || after.get(after.size() - 1) != lastBefore(roles, body)) {
      return;
    }
    if (after.size() == 2 && after.get(1) != after.get(0) + 1) {
      return;
    }
    for (int i : after) {
      Line l = lines.get(i);
      DateReader.Found date = DateReader.find(l.compact(), 0);
      if (!HeadingRules.isBareHeadingShape(l)
          || SpeakerReader.isName(l.norm())
          || (date != null && date.start() == 0)) {
        return;
      }
    }
    for (int i : after) {
      roles[i] = LineRole.BODY;
    }
  }

  /** The last line before {@code body} that is not furniture or metadata. */
  private static int lastBefore(LineRole[] roles, int body) {
    int i = body - 1;
    while (i >= 0 && (roles[i] == LineRole.FURNITURE || roles[i] == LineRole.METADATA)) {
      i--;
    }
    return i;
  }

  /** The title: a line the markup calls H1, else the first naming a report, else the first. */
  private static int chooseTitle(List<Line> lines, List<Integer> candidates) {
    for (int i : candidates) {
      if (lines.get(i).hint() == HeadingHint.H1) {
        return i;
      }
    }
    for (int i : candidates) {
      String joined =
          lines.get(i).compact() + (i + 1 < lines.size() ? lines.get(i + 1).compact() : "");
      if (lines.get(i).compact().contains("报告")
          || (joined.contains("工作报告") && lines.get(i + 1).compact().length() <= 2)) {
        return i;
      }
    }
    for (int i : candidates) {
      if (Punctuation.countHan(lines.get(i).norm(), 0, lines.get(i).length()) >= 4) {
        return i;
      }
    }
    return -1;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.PageSignals;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.model.DocumentKind;
import io.github.workreport.model.Metadata;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report's {@link Metadata} from the title block, the metadata lines (read before they are
 * dropped as furniture), the salutation and a closing byline. Stateless.
 */
public final class MetadataExtractor {
  private static final String REPORT = "政府工作报告";
  private static final String NATION = "中华人民共和国";

  private MetadataExtractor() {}

  /** Reads the metadata of a classified text whose body is made of {@code blocks}. */
  public static Metadata extract(Layout layout, List<Block> blocks) {
    return extract(layout, blocks, PageSignals.NONE);
  }

  /**
   * Reads the metadata of a classified text with what its page's markup states ({@code signals}): a
   * headline or publication time stated there wins over the text's; a source stated there stands in
   * when the text shows none.
   */
  public static Metadata extract(Layout layout, List<Block> blocks, PageSignals signals) {
    Fields f = new Fields();
    f.published = PageSignalReader.published(signals);
    List<Line> lines = layout.lines();
    StringBuilder titleText = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      switch (layout.roles().get(i)) {
        case TITLE -> titleText.append(line.text().strip());
        case SUBTITLE -> f.subtitle = stripDashes(line.text());
        case DELIVERY -> {
          DeliveryLine.Delivery d = DeliveryLine.read(line.norm());
          if (d == null && i + 1 < lines.size() && layout.roles().get(i + 1) == LineRole.DELIVERY) {
            d =
                DeliveryLine.read(
                    line.norm() + lines.get(++i).norm()); // a delivery line broken in two
          }
          f.delivery(d);
        }
        case SPEAKER -> i = speaker(lines, i, f);
        case METADATA -> i = metadataLine(layout, i, f);
        default -> {}
      }
    }
    if (PageSignalReader.title(signals) != null) {
      titleText.setLength(0);
      titleText.append(PageSignalReader.title(signals));
    }
    f.published = f.published != null ? f.published : PageSignalReader.dateline(signals);
    f.source = f.source != null ? f.source : PageSignalReader.source(signals);
    title(titleText, f);
    if (f.authors.isEmpty()) {
      f.authors.addAll(byline(blocks));
    }
    OpeningStatement.Statement opening = OpeningStatement.read(openingText(blocks));
    if (f.delivered == null) {
      f.delivered = opening.date();
    }
    if (f.venue == null) {
      f.venue = opening.venue();
    }
    if (f.speaker == null && opening.speaker() != null) {
      f.speaker = opening.speaker().name();
      f.speakerTitle = opening.speaker().title();
    }
    boolean salutation = false;
    for (Block b : blocks) {
      if (b instanceof Block.Para p
          && !p.intro()
          && LineShapes.isSalutation(compactPrefix(p.view().norm()))) {
        salutation = true;
        break;
      }
    }
    DocumentKind kind = kind(f, salutation || opening.delivered(), layout);
    if (kind == DocumentKind.OTHER && PageSignalReader.isNews(signals, f.published, f.source)) {
      kind = DocumentKind.NEWS_ARTICLE;
    }
    Integer year =
        f.delivered != null ? Integer.valueOf(f.delivered.getYear()) : titleYear(f.title);
    if (year == null && f.published != null) {
      year = f.published.getYear();
    }
    // the rules read folded words ("政府工作報告" as "政府工作报告"); the values go out as written
    String region = region(fold(f.title), f.venue, f.speakerTitle);
    LocalDate date = f.delivered != null ? f.delivered : f.published;
    AsWritten w = AsWritten.of(layout, blocks);
    return new Metadata(
        f.title,
        f.subtitle,
        kind,
        w.of(region),
        date,
        f.published,
        w.of(emptyToNull(f.source)),
        List.copyOf(w.all(f.authors)),
        w.of(emptyToNull(f.venue)),
        w.of(f.speaker),
        w.of(emptyToNull(f.speakerTitle)),
        year);
  }

  /** What the lines have told so far. Not thread-safe: one per extraction. */
  private static final class Fields {
    String title;
    String subtitle;
    LocalDate delivered;
    LocalDate published;
    String venue;
    String source;
    String speaker;
    String speakerTitle;
    final List<String> authors = new ArrayList<>();
    boolean newsMark;

    /** Takes a delivery line's date, venue and the speaker it names, where none is known yet. */
    void delivery(DeliveryLine.Delivery d) {
      if (d == null) {
        return;
      }
      if (delivered == null) {
        delivered = d.date();
        venue = d.venue();
      }
      SpeakerReader.Speaker s = SpeakerReader.read(" " + d.rest());
      if (s == null) {
        s = SpeakerReader.readRunOn(d.rest());
      }
      if (s != null && speaker == null) {
        speaker = s.name();
        speakerTitle = s.title();
      }
    }
  }

  /**
   * Reads the speaker line at {@code i} (and its name on the next line); returns the last line
   * read.
   */
  private static int speaker(List<Line> lines, int i, Fields f) {
    if (f.speaker != null) {
      return i;
    }
    Line line = lines.get(i);
    SpeakerReader.Speaker s = SpeakerReader.read(line.norm());
    if (s == null && SpeakerReader.isName(line.compact())) {
      f.speaker = line.compact(); // a name standing alone under the delivery line; no office given
      return i;
    }
    if (s == null && i + 1 < lines.size()) {
      s = new SpeakerReader.Speaker(line.compact(), lines.get(i + 1).norm().strip());
      i++;
    }
    if (s != null) {
      f.speaker = s.name();
      f.speakerTitle = s.title();
    }
    return i;
  }

  /**
   * Reads the metadata line at {@code i} (and a value on the next line); returns the last line
   * read.
   */
  private static int metadataLine(Layout layout, int i, Fields f) {
    List<Line> lines = layout.lines();
    Line line = lines.get(i);
    List<MetadataLine.Field> fields = MetadataLine.read(line.norm());
    if (fields.size() == 1
        && fields.get(0).value().isEmpty()
        && i + 1 < lines.size()
        && layout.roles().get(i + 1) == LineRole.METADATA
        && MetadataLine.read(lines.get(i + 1).norm()).isEmpty()) {
      fields =
          List.of(new MetadataLine.Field(fields.get(0).key(), lines.get(i + 1).norm().strip()));
      i++;
    }
    for (MetadataLine.Field field : fields) {
      if (field.value().isEmpty()) {
        continue;
      }
      if (LineRules.SOURCE_KEYS.contains(field.key()) && f.source == null) {
        f.source = field.value();
      } else if (LineRules.DATE_KEYS.contains(field.key()) && f.published == null) {
        DateReader.Found d = DateReader.find(field.value().replace(" ", "T"), 0);
        f.published = d == null ? null : d.date();
      } else if (LineRules.AUTHOR_KEYS.contains(field.key())) {
        f.authors.addAll(names(field.value()));
      }
    }
    if (fields.isEmpty() && f.published == null) {
      DateReader.Found d = DateReader.find(line.compact(), 0);
      f.published = d == null ? null : d.date();
    }
    f.newsMark |= isReprint(line);
    return i;
  }

  /**
   * The title from the title lines: a "——" part is the delivery line merged onto the title
   * ("政府工作报告——2024年3月5日在…会议上国务院总理 李强") when it reads as one, else the subtitle.
   */
  private static void title(StringBuilder titleText, Fields f) {
    if (titleText.length() == 0) {
      return;
    }
    String t = unspace(titleText.toString());
    int dash = t.indexOf("——");
    int ascii = t.indexOf("--");
    if (ascii > 0 && (dash < 0 || ascii < dash)) {
      dash = ascii;
    }
    if (dash > 0) {
      String after = t.substring(dash);
      DeliveryLine.Delivery d =
          DeliveryLine.read(io.github.workreport.internal.text.TextNormalizer.normalize(after));
      if (d != null) {
        f.delivery(d);
        t = t.substring(0, dash).strip();
      } else if (f.subtitle == null) {
        f.subtitle = emptyToNull(stripDashes(after));
        t = t.substring(0, dash).strip();
      }
    }
    f.title = emptyToNull(t);
  }

  /** The folded text of the first body paragraphs, where an opening statement stands. */
  private static String openingText(List<Block> blocks) {
    StringBuilder sb = new StringBuilder();
    for (Block b : blocks) {
      if (b instanceof Block.Heading || sb.length() >= OpeningStatement.WINDOW) {
        break;
      }
      sb.append(((Block.Para) b).view().norm()).append('\n');
    }
    return sb.toString();
  }

  private static boolean isReprint(Line line) {
    return LineClassifier.isReprintNote(line);
  }

  private static DocumentKind kind(Fields f, boolean salutation, Layout layout) {
    String title = fold(f.title);
    String venue = f.venue;
    String source = f.source;
    if (title != null && title.contains(REPORT)) {
      return DocumentKind.GOVERNMENT_WORK_REPORT;
    }
    if (title == null && salutation && venue == null) {
      return DocumentKind.GOVERNMENT_WORK_REPORT; // a transcript that opens on "各位代表"
    }
    if (salutation && venue != null) {
      return DocumentKind.GOVERNMENT_WORK_REPORT;
    }
    boolean news = f.newsMark || !f.authors.isEmpty();
    if (source != null) {
      for (String w : LineRules.NEWS_MARKERS) {
        news |= source.contains(w);
      }
    }
    for (Line l : layout.lines()) {
      if (l.compact().startsWith("编者按") || l.compact().startsWith("原标题")) {
        news = true;
      }
    }
    return news ? DocumentKind.NEWS_ARTICLE : DocumentKind.OTHER;
  }

  private static Integer titleYear(String title) {
    if (title == null) {
      return null;
    }
    String n = io.github.workreport.internal.text.TextNormalizer.normalize(title);
    int at = n.indexOf('年');
    while (at >= 4) {
      long y = io.github.workreport.internal.text.ChineseNumerals.parse(n, at - 4, at);
      if (y >= LineRules.YEAR_MIN && y <= LineRules.YEAR_MAX) {
        return (int) y;
      }
      at = n.indexOf('年', at + 1);
    }
    return null;
  }

  /** The issuing government: from the title, else the venue, else the speaker's office. */
  static String region(String title, String venue, String speakerTitle) {
    if ((venue != null && venue.contains("全国人民代表大会"))
        || (speakerTitle != null && speakerTitle.startsWith("国务院"))) {
      return NATION;
    }
    if (title != null) {
      int at = title.indexOf(REPORT);
      if (at > 0) {
        String r = stripYear(title.substring(0, at));
        if (r.endsWith("人民")) {
          r = r.substring(0, r.length() - 2);
        }
        if (isRegionName(r)) {
          return r;
        }
      }
    }
    if (venue != null) {
      int at = venue.indexOf('第');
      if (at > 0 && isRegionName(venue.substring(0, at))) {
        return venue.substring(0, at);
      }
    }
    return null;
  }

  private static String stripYear(String s) {
    String t = s.strip();
    if (t.length() >= 5
        && t.charAt(4) == '年'
        && io.github.workreport.internal.text.ChineseNumerals.parse(t, 0, 4) > 0) {
      t = t.substring(5);
    }
    if (t.length() >= 5
        && t.charAt(t.length() - 1) == '年'
        && io.github.workreport.internal.text.ChineseNumerals.parse(
                t, t.length() - 5, t.length() - 1)
            > 0) {
      t = t.substring(0, t.length() - 5);
    }
    return t.strip();
  }

  private static boolean isRegionName(String r) {
    if (r.length() < 2 || r.length() > 20) {
      return false;
    }
    for (int i = 0; i < r.length(); i++) {
      if (!Punctuation.isHan(r.charAt(i))) {
        return false;
      }
    }
    char last = r.charAt(r.length() - 1);
    return LineRules.PLACE_SUFFIXES.indexOf(last) >= 0;
  }

  /** Names in a byline: "孙 艳 李 云" is two names, "张三 李四" two, "张三、李四" two. */
  static List<String> names(String value) {
    String v = value.replace('、', ' ').replace(',', ' ').strip();
    List<String> tokens = new ArrayList<>();
    for (String t : v.split(" +")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    List<String> out = new ArrayList<>();
    tokens.removeIf(t -> LineRules.METADATA_KEYS.contains(t) || t.startsWith("本报"));
    boolean singles = !tokens.isEmpty() && tokens.stream().allMatch(t -> t.length() == 1);
    if (singles && tokens.size() % 2 == 0) {
      for (int i = 0; i < tokens.size(); i += 2) {
        out.add(tokens.get(i) + tokens.get(i + 1));
      }
      return out;
    }
    for (String t : tokens) {
      if (SpeakerReader.isName(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A closing byline: "(孙 艳 李 云)" at the end of the last body paragraph. */
  static List<String> byline(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (!(blocks.get(i) instanceof Block.Para p) || p.glossary()) {
        continue;
      }
      String n = p.view().norm();
      if (!n.endsWith(")")) {
        return List.of();
      }
      int open = n.lastIndexOf('(');
      if (open < 0 || n.length() - open > 20) {
        return List.of();
      }
      String inner = n.substring(open + 1, n.length() - 1);
      for (int k = 0; k < inner.length(); k++) {
        char c = inner.charAt(k);
        if (!(Punctuation.isHan(c) || c == ' ' || c == '、' || c == '·')) {
          return List.of();
        }
      }
      return names(inner);
    }
    return List.of();
  }

  /** The first characters of folded text, spaces removed: enough to hold a salutation. */
  private static String compactPrefix(String norm) {
    String head = norm.length() > 16 ? norm.substring(0, 16) : norm;
    return head.replace(" ", "");
  }

  private static String unspace(String t) {
    // "政 府 工 作 报 告": a title set with spaces between single characters
    String[] parts = t.strip().split(" +");
    boolean spaced = parts.length > 2;
    for (String p : parts) {
      spaced &= p.length() == 1;
    }
    return spaced ? String.join("", parts) : t.strip();
  }

  private static String stripDashes(String s) {
    String t = io.github.workreport.internal.text.TextNormalizer.normalize(s);
    int i = 0;
    while (i < t.length() && (t.charAt(i) == '—' || t.charAt(i) == '-' || t.charAt(i) == ' ')) {
      i++;
    }
    return s.substring(i).strip();
  }

  private static String fold(String s) {
    return s == null ? null : io.github.workreport.internal.text.TextNormalizer.normalize(s);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

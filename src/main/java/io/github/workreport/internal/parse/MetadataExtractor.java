package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.PageSignals;
import io.github.workreport.internal.text.TextNormalizer;
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
    String titleText = readLines(layout, f);
    if (PageSignalReader.title(signals) != null) {
      titleText = PageSignalReader.title(signals);
    }
    f.published = f.published != null ? f.published : PageSignalReader.dateline(signals);
    f.source = f.source != null ? f.source : PageSignalReader.source(signals);
    title(titleText, f);
    if (f.authors.isEmpty()) {
      f.authors.addAll(Bylines.byline(blocks));
    }
    OpeningStatement.Statement opening = OpeningStatement.read(openingText(blocks));
    f.opening(opening);
    DocumentKind kind = kind(f, hasSalutation(blocks) || opening.delivered(), layout);
    if (kind == DocumentKind.OTHER && PageSignalReader.isNews(signals, f.published, f.source)) {
      kind = DocumentKind.NEWS_ARTICLE;
    }
    Integer year =
        f.delivered != null
            ? Integer.valueOf(f.delivered.getYear())
            : RegionNames.titleYear(f.title);
    if (year == null && f.published != null) {
      year = f.published.getYear();
    }
    // the rules read folded words ("政府工作報告" as "政府工作报告"); the values go out as written
    String region = RegionNames.region(fold(f.title), f.venue, f.speakerTitle);
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

  /**
   * Reads the lines of the title block and the metadata lines into {@code f}; returns the title.
   */
  private static String readLines(Layout layout, Fields f) {
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
            d = DeliveryLine.read(line.norm() + lines.get(++i).norm()); // broken in two
          }
          f.delivery(d);
        }
        case SPEAKER -> i = speaker(lines, i, f);
        case METADATA -> i = metadataLine(layout, i, f);
        default -> {}
      }
    }
    return titleText.toString();
  }

  /** Whether a body paragraph is a salutation ("各位代表："). */
  private static boolean hasSalutation(List<Block> blocks) {
    for (Block b : blocks) {
      if (b instanceof Block.Para p
          && !p.intro()
          && LineShapes.isSalutation(compactPrefix(p.view().norm()))) {
        return true;
      }
    }
    return false;
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

    /** Takes what the opening statement names (date, venue, speaker) where none is known yet. */
    void opening(OpeningStatement.Statement opening) {
      if (delivered == null) {
        delivered = opening.date();
      }
      if (venue == null) {
        venue = opening.venue();
      }
      if (speaker == null && opening.speaker() != null) {
        speaker = opening.speaker().name();
        speakerTitle = opening.speaker().title();
      }
    }

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
        f.authors.addAll(Bylines.names(field.value()));
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
  private static void title(String titleText, Fields f) {
    if (titleText.isEmpty()) {
      return;
    }
    String t = unspace(titleText);
    int dash = t.indexOf("——");
    int ascii = t.indexOf("--");
    if (ascii > 0 && (dash < 0 || ascii < dash)) {
      dash = ascii;
    }
    if (dash > 0) {
      String after = t.substring(dash);
      DeliveryLine.Delivery d = DeliveryLine.read(TextNormalizer.normalize(after));
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
    if (title != null && title.contains(RegionNames.REPORT)) {
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
    String t = TextNormalizer.normalize(s);
    int i = 0;
    while (i < t.length() && (t.charAt(i) == '—' || t.charAt(i) == '-' || t.charAt(i) == ' ')) {
      i++;
    }
    return s.substring(i).strip();
  }

  private static String fold(String s) {
    return s == null ? null : TextNormalizer.normalize(s);
  }

  private static String emptyToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}

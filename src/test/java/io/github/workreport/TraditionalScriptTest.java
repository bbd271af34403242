package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.ibm.icu.text.Transliterator;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Bound;
import io.github.workreport.model.DocumentKind;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report in Traditional script reads like the same report in Simplified: each seed converted with
 * ICU's {@code Hans-Hant} (in context, as a converter of documents would) gives the same sections,
 * tasks, targets (numbers, measures, bounds, status, tiers, headline, period) and glossary terms,
 * at the same offsets, while every string of the result keeps the Traditional characters of its
 * text.
 */
class TraditionalScriptTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();
  private static final Transliterator TO_TRADITIONAL = Transliterator.getInstance("Hans-Hant");

  static Stream<Path> seeds() {
    return Seeds.all().stream();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aSeedInTraditionalScriptGivesTheSameReport(Path seed) {
    String simplified = Seeds.text(seed);
    String traditional = TO_TRADITIONAL.transliterate(simplified);
    assertThat(traditional)
        .as("the conversion keeps offsets")
        .hasSameSizeAs(simplified)
        .isNotEqualTo(simplified);
    WorkReport s = PARSER.parseText(simplified);
    WorkReport t = PARSER.parseText(traditional);
    assertThat(t.text()).isEqualTo(traditional);
    assertThat(t.preamble())
        .extracting(p -> p.span())
        .isEqualTo(s.preamble().stream().map(p -> p.span()).toList());
    sameMetadata(s.metadata(), t.metadata());
    assertThat(t.allSections()).hasSameSizeAs(s.allSections());
    for (int i = 0; i < s.allSections().size(); i++) {
      sameSection(s.allSections().get(i), t.allSections().get(i), traditional);
    }
    assertThat(t.allTasks()).hasSameSizeAs(s.allTasks());
    for (int i = 0; i < s.allTasks().size(); i++) {
      sameTask(s.allTasks().get(i), t.allTasks().get(i), traditional);
    }
    assertThat(t.targets()).hasSameSizeAs(s.targets());
    for (int i = 0; i < s.targets().size(); i++) {
      sameTarget(s.targets().get(i), t.targets().get(i), traditional);
      // an indicator in the document's own words reads the same; one the engine writes out
      // (一产 as 第一产业, 城乡 as 城镇 and 农村) is built from the words as written
      if (simplified.contains(s.targets().get(i).indicator())) {
        sameWords(s.targets().get(i).indicator(), t.targets().get(i).indicator());
      }
    }
    assertThat(t.glossary()).hasSameSizeAs(s.glossary());
    for (int i = 0; i < s.glossary().size(); i++) {
      sameEntry(s.glossary().get(i), t.glossary().get(i));
    }
    assertThat(t.diagnostics())
        .extracting(d -> d.code())
        .isEqualTo(s.diagnostics().stream().map(d -> d.code()).toList());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void big5BytesOfTheTraditionalSeedGiveTheReportOfItsText(Path seed) {
    String traditional = TO_TRADITIONAL.transliterate(Seeds.text(seed));
    // the few characters Big5 lacks are written as the variants it has
    CharsetEncoder big5 = Charset.forName("Big5").newEncoder();
    StringBuilder encodable = new StringBuilder();
    for (char c : traditional.toCharArray()) {
      char v =
          switch (c) {
            case '\u555F' -> '\u555F';
            case '\u5553' -> '\u555F'; // 啓 as 啟
            case '\u52E0' -> '\u622E'; // 勠 as 戮
            case '\u2236' -> ':';
            case '\u00A0' -> ' ';
            default -> c;
          };
      assertThat(big5.canEncode(v)).as("Big5 has " + v).isTrue();
      encodable.append(v);
    }
    String text = encodable.toString();
    WorkReport fromBytes = PARSER.parse(text.getBytes(Charset.forName("Big5")));
    assertThat(fromBytes).isEqualTo(PARSER.parseText(text));
    assertThat(fromBytes.targets()).hasSameSizeAs(PARSER.parseText(Seeds.text(seed)).targets());
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theTraditionalReportIsWrittenInItsOwnCharacters(Path seed) {
    String simplified = Seeds.text(seed);
    String traditional = TO_TRADITIONAL.transliterate(simplified);
    WorkReport t = PARSER.parseText(traditional);
    StringBuilder words = new StringBuilder();
    words.append(t.metadata().title()).append(t.metadata().region()).append(t.metadata().venue());
    t.allSections().forEach(s -> words.append(s.title()).append(s.subtitle()));
    t.allTasks().forEach(x -> words.append(x.title()));
    // a unit is a name from the table of units, folded as "％" is folded to "%" (億元 is 亿元): not
    // checked here
    t.targets().forEach(x -> words.append(x.text()));
    t.glossary()
        .forEach(
            g -> words.append(g.term()).append(g.definition()).append(String.join("", g.items())));
    // no character of the Simplified seed that the conversion replaced everywhere comes back
    String written = words.toString();
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      assertThat(traditional.indexOf(c) >= 0 || simplified.indexOf(c) < 0)
          .as(seed + ": " + c + " in " + written)
          .isTrue();
    }
    assertThat(TextNormalizer.normalize(written))
        .as("the words are Traditional")
        .isNotEqualTo(written.replace("\u3000", " "));
  }

  @Test
  void aReportWrittenInTraditionalScriptIsRead() {
    String text =
        String.join(
            "\n",
            "2025年某縣政府工作報告",
            "——2025年1月10日在某縣第十八屆人民代表大會第四次會議上",
            "各位代表：",
            "一、2024年工作回顧",
            "全縣地區生產總值增長5.8%，城鎮新增就業1.2萬人。",
            "二、2025年工作安排",
            "今年經濟社會發展的主要預期目標是：地區生產總值增長6%左右，城鎮新增就業1.2萬人以上，城鎮調查失業率控制在5.5%以內。",
            "有關詞語解釋",
            "【六穩】指穩就業、穩金融、穩外貿、穩外資、穩投資、穩預期。");
    WorkReport r = PARSER.parse(text);
    Metadata m = r.metadata();
    assertThat(m.title()).isEqualTo("2025年某縣政府工作報告");
    assertThat(m.kind()).isEqualTo(DocumentKind.GOVERNMENT_WORK_REPORT);
    assertThat(m.region()).isEqualTo("某縣");
    assertThat(m.venue()).isEqualTo("某縣第十八屆人民代表大會第四次會議");
    assertThat(m.date()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(r.sections())
        .extracting(Section::title, Section::part)
        .containsExactly(
            tuple("2024年工作回顧", PartClass.REVIEW),
            tuple("2025年工作安排", PartClass.PLAN),
            tuple("有關詞語解釋", PartClass.GLOSSARY));
    assertThat(r.targets())
        .extracting(
            x -> x.value().toPlainString(),
            Target::measure,
            Target::bound,
            Target::status,
            Target::headline)
        .containsExactly(
            tuple("5.8", Measure.GROWTH, Bound.EXACT, TargetStatus.REPORTED, false),
            tuple("1.2", Measure.INCREMENT, Bound.EXACT, TargetStatus.REPORTED, false),
            tuple("6", Measure.GROWTH, Bound.ABOUT, TargetStatus.PLANNED, true),
            tuple("1.2", Measure.INCREMENT, Bound.AT_LEAST, TargetStatus.PLANNED, true),
            tuple("5.5", Measure.LEVEL, Bound.AT_MOST, TargetStatus.PLANNED, true));
    assertThat(r.targets().get(0).indicator()).isEqualTo("地區生產總值");
    assertThat(r.targets().get(4).indicator()).isEqualTo("城鎮調查失業率");
    // the indicators are those of the same report in Simplified, in the report's own characters
    WorkReport simplified =
        PARSER.parse(Transliterator.getInstance("Hant-Hans").transliterate(text));
    for (int i = 0; i < r.targets().size(); i++) {
      sameWords(simplified.targets().get(i).indicator(), r.targets().get(i).indicator());
    }
    assertThat(r.targets().get(1).normalized().value()).isEqualByComparingTo("12000");
    assertThat(r.glossary())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.term()).isEqualTo("六穩");
              assertThat(g.items()).containsExactly("穩就業", "穩金融", "穩外貿", "穩外資", "穩投資", "穩預期");
            });
  }

  private static void sameMetadata(Metadata s, Metadata t) {
    assertThat(t.kind()).isEqualTo(s.kind());
    assertThat(t.date()).isEqualTo(s.date());
    assertThat(t.published()).isEqualTo(s.published());
    assertThat(t.year()).isEqualTo(s.year());
    sameWords(s.title(), t.title());
    sameWords(s.region(), t.region());
    sameWords(s.source(), t.source());
    sameWords(s.venue(), t.venue());
    sameWords(s.speaker(), t.speaker());
  }

  private static void sameSection(Section s, Section t, String traditional) {
    assertThat(t.id()).isEqualTo(s.id());
    assertThat(t.level()).isEqualTo(s.level());
    assertThat(t.ordinal()).isEqualTo(s.ordinal());
    assertThat(t.part()).as(s.id()).isEqualTo(s.part());
    assertThat(t.span()).as(s.id()).isEqualTo(s.span());
    assertThat(t.headingSpan()).isEqualTo(s.headingSpan());
    assertThat(t.paragraphs()).hasSameSizeAs(s.paragraphs());
    for (int i = 0; i < s.paragraphs().size(); i++) {
      assertThat(t.paragraphs().get(i).span()).isEqualTo(s.paragraphs().get(i).span());
      sameWords(s.paragraphs().get(i).lead(), t.paragraphs().get(i).lead());
      sameWords(s.paragraphs().get(i).text(), t.paragraphs().get(i).text());
    }
    sameWords(s.number(), t.number());
    sameWords(s.title(), t.title());
    // the title keeps the document's characters
    assertThat(t.headingSpan().slice(traditional).replace("\n", "")).contains(t.title());
  }

  private static void sameTask(Task s, Task t, String traditional) {
    assertThat(t.id()).isEqualTo(s.id());
    assertThat(t.ordinal()).isEqualTo(s.ordinal());
    assertThat(t.span()).isEqualTo(s.span());
    assertThat(t.sectionId()).isEqualTo(s.sectionId());
    sameWords(s.number(), t.number());
    sameWords(s.title(), t.title());
    sameWords(s.text(), t.text());
  }

  private static void sameTarget(Target s, Target t, String traditional) {
    assertThat(t.value()).isEqualTo(s.value());
    assertThat(t.upper()).isEqualTo(s.upper());
    assertThat(t.normalized().value()).isEqualTo(s.normalized().value());
    assertThat(t.normalized().upper()).isEqualTo(s.normalized().upper());
    assertThat(t.normalized().unit()).isEqualTo(s.normalized().unit());
    assertThat(t.measure()).as(s.text()).isEqualTo(s.measure());
    assertThat(t.bound()).as(s.text()).isEqualTo(s.bound());
    assertThat(t.status()).as(s.text()).isEqualTo(s.status());
    assertThat(t.tier()).isEqualTo(s.tier());
    assertThat(t.headline()).as(s.text()).isEqualTo(s.headline());
    assertThat(t.period()).isEqualTo(s.period());
    assertThat(t.span()).isEqualTo(s.span());
    assertThat(t.sectionId()).isEqualTo(s.sectionId());
    assertThat(t.unit()).isEqualTo(s.unit());
    sameWords(s.text(), t.text());
    assertThat(t.span().slice(traditional))
        .as("the clause keeps the document's characters")
        .contains(t.text());
  }

  private static void sameEntry(GlossaryEntry s, GlossaryEntry t) {
    sameWords(s.term(), t.term());
    sameWords(s.definition(), t.definition());
    for (int k = 0; k < s.items().size(); k++) {
      sameWords(s.items().get(k), t.items().get(k));
    }
    assertThat(t.items()).hasSameSizeAs(s.items());
    assertThat(t.origin()).isEqualTo(s.origin());
    assertThat(t.span()).isEqualTo(s.span());
    assertThat(t.mentions()).isEqualTo(s.mentions());
  }

  /**
   * The same words in the other script: the same length, and each character the same once folded,
   * or the Traditional form ICU gives for it where the fold does not lead back ("沉" written "沈",
   * also a Simplified character of its own).
   */
  private static void sameWords(String s, String t) {
    if (s == null) {
      assertThat(t).isNull();
      return;
    }
    assertThat(t).as(s).isNotNull().hasSameSizeAs(s);
    for (int i = 0; i < s.length(); i++) {
      char a = s.charAt(i);
      char b = t.charAt(i);
      boolean same =
          TextNormalizer.fold(a) == TextNormalizer.fold(b)
              || TO_TRADITIONAL.transliterate(String.valueOf(a)).equals(String.valueOf(b));
      assertThat(same).as(s + " / " + t + " at " + i).isTrue();
    }
  }
}

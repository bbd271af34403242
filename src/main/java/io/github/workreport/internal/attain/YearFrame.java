package io.github.workreport.internal.attain;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a figure speaks of one year or of several: "年均增长10.6%", "五年来……城镇新增就业6600万人以上", "累计新增…"
 * are about several years, "国内生产总值比上年增长9.1%" and "刚刚过去的2017年……增长6.9%" about one. Reads the figure's
 * paragraph from its start to the end of the figure's clause: the figure is about several years
 * when the last word of several years ("年均", "累计", "五年", "以来", "十二五") stands after the last word of
 * one year ("去年", "全年", "上年", "今年", "过去一年", the year itself). Immutable once built; thread-safe.
 */
final class YearFrame {
  /** Words that frame several years. */
  private static final List<String> SEVERAL =
      List.of("年均", "平均每年", "每年平均", "累计", "以来", "十一五", "十二五", "十三五", "十四五", "十五五", "“十五”", "多年");

  /** Words that frame one year. */
  private static final List<String> ONE =
      List.of("去年", "过去一年", "一年来", "全年", "上年", "今年", "刚刚过去的", "年内", "当年", "这一年");

  /** Counts of years before 年 that make a span of several ("五年", "两年"). */
  private static final String YEAR_COUNTS = "两二三四五六七八九十";

  private final WorkReport report;
  private final String text;
  private final int[] starts;
  private final int[] ends;

  private YearFrame(WorkReport report) {
    this.report = report;
    this.text = report.text();
    List<Span> spans = new ArrayList<>();
    for (Paragraph p : report.preamble()) {
      spans.add(p.span());
    }
    for (Section s : report.allSections()) {
      for (Paragraph p : s.paragraphs()) {
        spans.add(p.span());
      }
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    this.starts = spans.stream().mapToInt(Span::start).toArray();
    this.ends = spans.stream().mapToInt(Span::end).toArray();
  }

  /** The frames of the figures of {@code report}. */
  static YearFrame of(WorkReport report) {
    return new YearFrame(report);
  }

  /**
   * Whether {@code t} is about several years, from its period ("2021-2025") or the words before it
   * in its paragraph; {@code year} (or 0 when unknown) is the year a figure is expected to be for,
   * which counts as a word of one year when the text names it ("2007年，国内生产总值…").
   */
  boolean severalYears(Target t, int year) {
    if (t.period() != null && t.period().indexOf('-') >= 0) {
      return true;
    }
    int end = Math.min(t.span().end(), text.length());
    int from = paragraphStart(t.span().start());
    String s = TextNormalizer.normalize(text.subSequence(from, Math.max(from, end)));
    int several = lastSeveral(s);
    int one = lastOne(s, year);
    if (several < 0) {
      // a part headed by several years ("“十三五”时期主要目标任务", "过去五年工作回顾") frames its figures
      return one < 0 && headedBySeveralYears(t.sectionId(), year);
    }
    return several > one;
  }

  /** Whether a heading above the section {@code id} names several years and no single one. */
  private boolean headedBySeveralYears(String id, int year) {
    if (id == null) {
      return false;
    }
    List<String> ids = new ArrayList<>();
    for (int dot = id.indexOf('.'); dot >= 0; dot = id.indexOf('.', dot + 1)) {
      ids.add(id.substring(0, dot));
    }
    ids.add(id);
    for (String i : ids) {
      String f = TextNormalizer.normalize(report.section(i).map(Section::title).orElse(""));
      if (lastSeveral(f) >= 0 && lastOne(f, year) < 0) {
        return true;
      }
    }
    return false;
  }

  private static int lastSeveral(String s) {
    int several = -1;
    for (String w : SEVERAL) {
      several = Math.max(several, lastSeveral(s, w));
    }
    return Math.max(several, lastYearCount(s));
  }

  private static int lastOne(String s, int year) {
    int one = -1;
    for (String w : ONE) {
      int at = s.lastIndexOf(w);
      // "五年内" is several years, not "年内"
      while (at > 0 && w.equals("年内") && YEAR_COUNTS.indexOf(s.charAt(at - 1)) >= 0) {
        at = s.lastIndexOf(w, at - 1);
      }
      one = Math.max(one, at);
    }
    if (year > 0) {
      one = Math.max(one, s.lastIndexOf(year + "年"));
    }
    return one;
  }

  private static int lastSeveral(String s, String w) {
    int at = s.lastIndexOf(w);
    // "今年以来" is this year so far, not several years
    while (at >= 0 && w.equals("以来") && at >= 2 && s.startsWith("今年", at - 2)) {
      at = at == 0 ? -1 : s.lastIndexOf(w, at - 1);
    }
    return at;
  }

  /** Where the last count of years ("五年", "两年") starts, not a year in numerals ("二〇一五年"). */
  private static int lastYearCount(String s) {
    for (int i = s.length() - 1; i > 0; i--) {
      if (s.charAt(i) == '年' && YEAR_COUNTS.indexOf(s.charAt(i - 1)) >= 0) {
        char before = i >= 2 ? s.charAt(i - 2) : ' ';
        if ("〇零一二三四五六七八九十0123456789".indexOf(before) < 0) {
          return i - 1;
        }
      }
    }
    return -1;
  }

  /** The start of the paragraph holding {@code at}, else the start of its line. */
  private int paragraphStart(int at) {
    int i = Arrays.binarySearch(starts, at);
    int p = i >= 0 ? i : -i - 2;
    if (p >= 0 && at < ends[p]) {
      return starts[p];
    }
    int nl = at <= 0 ? -1 : text.lastIndexOf('\n', Math.min(at, text.length()) - 1);
    return nl + 1;
  }
}

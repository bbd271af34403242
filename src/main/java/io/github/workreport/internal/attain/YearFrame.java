package io.github.workreport.internal.attain;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a figure speaks of one year or of several: "年均增长10.6%", "五年来……城镇新增就业6600万人以上", "累计新增…"
 * are about several years, "国内生产总值比上年增长9.1%" and "刚刚过去的2017年……增长6.9%" about one. Reads the figure's
 * paragraph from its start to the end of the figure's clause: the figure is about several years
 * when the last word of several years ("年均", "累计", "五年", "以来", "十二五", or a comparison with a year
 * earlier than the one before: "比2002年") stands after the last word of one year ("去年", "全年", "上年",
 * "今年", "过去一年", the year itself). Immutable once built; thread-safe.
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
  private final int length;
  private final int[] starts;
  private final int[] ends;
  private final Markers several = new Markers();
  private final Markers one = new Markers();
  private final Map<Integer, Markers> years = new HashMap<>();

  /** The years figures are compared with ("比2002年"), by year. */
  private final Map<Integer, Markers> bases = new HashMap<>();

  private final Map<String, Section> sections = new HashMap<>();

  private YearFrame(WorkReport report) {
    this.report = report;
    this.length = report.text().length();
    List<Span> spans = new ArrayList<>();
    for (Paragraph p : report.preamble()) {
      spans.add(p.span());
    }
    for (Section s : report.allSections()) {
      sections.put(s.id(), s);
      for (Paragraph p : s.paragraphs()) {
        spans.add(p.span());
      }
    }
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    this.starts = spans.stream().mapToInt(Span::start).toArray();
    this.ends = spans.stream().mapToInt(Span::end).toArray();
    String folded = TextNormalizer.normalize(report.text());
    find(folded, several, one, years);
    findBases(folded, bases);
    several.seal();
    one.seal();
    years.values().forEach(Markers::seal);
    bases.values().forEach(Markers::seal);
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
    int end = Math.min(t.span().end(), length);
    int from = paragraphStart(t.span().start());
    int lastSeveral = Math.max(several.lastStart(from, end), lastEarlierBase(year, from, end));
    int lastOne = Math.max(one.lastStart(from, end), yearMarkers(year).lastStart(from, end));
    if (lastSeveral < 0) {
      // a part headed by several years ("“十三五”时期主要目标任务", "过去五年工作回顾") frames its figures
      return lastOne < 0 && headedBySeveralYears(t.sectionId(), year);
    }
    return lastSeveral > lastOne;
  }

  /**
   * "2007年，国内生产总值…比2002年增长65.5%": the start of the last comparison in [from, to) with a year before
   * the one before {@code year}, which makes the figure a change over several years; or -1.
   */
  private int lastEarlierBase(int year, int from, int to) {
    int last = -1;
    if (year > 0) {
      for (Map.Entry<Integer, Markers> e : bases.entrySet()) {
        if (e.getKey() < year - 1) {
          last = Math.max(last, e.getValue().lastStart(from, to));
        }
      }
    }
    return last;
  }

  private Markers yearMarkers(int year) {
    return year > 0 ? years.getOrDefault(year, Markers.NONE) : Markers.NONE;
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
      Section s = sections.get(i);
      if (s == null) {
        continue;
      }
      int from = s.headingSpan().start();
      int to = Math.min(s.headingSpan().end(), length);
      int lastOne = Math.max(one.lastStart(from, to), yearMarkers(year).lastStart(from, to));
      if (several.lastStart(from, to) >= 0 && lastOne < 0) {
        return true;
      }
    }
    return false;
  }

  /** Every word of several years, of one year, and every year named ("2007年") in {@code s}. */
  private static void find(String s, Markers several, Markers one, Map<Integer, Markers> years) {
    for (String w : SEVERAL) {
      for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
        // "今年以来" is this year so far, not several years
        if (!(w.equals("以来") && at >= 2 && s.startsWith("今年", at - 2))) {
          several.add(at, at + w.length());
        }
      }
    }
    for (String w : ONE) {
      for (int at = s.indexOf(w); at >= 0; at = s.indexOf(w, at + 1)) {
        // "五年内" is several years, not "年内"
        if (!(w.equals("年内") && at > 0 && YEAR_COUNTS.indexOf(s.charAt(at - 1)) >= 0)) {
          one.add(at, at + w.length());
        }
      }
    }
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != '年') {
        continue;
      }
      char before = i >= 2 ? s.charAt(i - 2) : ' ';
      // a count of years ("五年", "两年"), not a year in numerals ("二〇一五年")
      if (YEAR_COUNTS.indexOf(s.charAt(i - 1)) >= 0
          && "〇零一二三四五六七八九十0123456789".indexOf(before) < 0
          && !startOfChange(s, i - 2)) {
        several.add(i - 1, i + 1);
      }
      int end = s.charAt(i - 1) == ' ' ? i - 1 : i; // "2006 年"
      int y = yearBefore(s, end);
      if (y > 0) {
        years.computeIfAbsent(y, k -> new Markers()).add(end - 4, i + 1);
      }
    }
  }

  /**
   * "由前三年分别上升…，转为下降1.2%": the years counted at {@code at} are where a change starts, not the years
   * the figure speaks of.
   */
  private static boolean startOfChange(String s, int at) {
    return at >= 1 && s.charAt(at) == '前' && (s.charAt(at - 1) == '由' || s.charAt(at - 1) == '从');
  }

  /** Every year a figure is compared with ("比2002年", "较2020年") in {@code s}, by year. */
  private static void findBases(String s, Map<Integer, Markers> bases) {
    for (int i = 5; i < s.length(); i++) {
      char before = s.charAt(i - 5);
      int y = s.charAt(i) == '年' && (before == '比' || before == '较') ? yearBefore(s, i) : 0;
      if (y > 0) {
        bases.computeIfAbsent(y, k -> new Markers()).add(i - 5, i + 1);
      }
    }
  }

  /** The year written in four digits just before {@code at} ("2007" of "2007年"), or 0. */
  private static int yearBefore(String s, int at) {
    if (at < 4 || (at >= 5 && Character.isDigit(s.charAt(at - 5)))) {
      return 0;
    }
    int y = 0;
    for (int k = at - 4; k < at; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return 0;
      }
      y = y * 10 + (c - '0');
    }
    return y;
  }

  /** The start of the paragraph holding {@code at}, else the start of its line. */
  private int paragraphStart(int at) {
    int i = Arrays.binarySearch(starts, at);
    int p = i >= 0 ? i : -i - 2;
    if (p >= 0 && at < ends[p]) {
      return starts[p];
    }
    String text = report.text();
    int nl = at <= 0 ? -1 : text.lastIndexOf('\n', Math.min(at, length) - 1);
    return nl + 1;
  }

  /**
   * Where words of one kind stand, answering in logarithmic time the start of the last one that
   * lies wholly inside a stretch of text.
   */
  private static final class Markers {
    static final Markers NONE = sealed();

    private final List<int[]> found = new ArrayList<>();
    private int[] endsSorted = new int[0];
    private int[] latestStart = new int[0];

    private static Markers sealed() {
      Markers m = new Markers();
      m.seal();
      return m;
    }

    void add(int start, int end) {
      found.add(new int[] {start, end});
    }

    /** Sorts by end and keeps, for each prefix, the latest start. */
    void seal() {
      found.sort((a, b) -> Integer.compare(a[1], b[1]));
      endsSorted = new int[found.size()];
      latestStart = new int[found.size()];
      int latest = -1;
      for (int i = 0; i < found.size(); i++) {
        endsSorted[i] = found.get(i)[1];
        latest = Math.max(latest, found.get(i)[0]);
        latestStart[i] = latest;
      }
      found.clear();
    }

    /** The start of the last word inside [from, to), or -1. */
    int lastStart(int from, int to) {
      int i = Arrays.binarySearch(endsSorted, to);
      int last;
      if (i >= 0) {
        while (i + 1 < endsSorted.length && endsSorted[i + 1] == to) {
          i++;
        }
        last = i;
      } else {
        last = -i - 2;
      }
      if (last < 0) {
        return -1;
      }
      int start = latestStart[last];
      return start >= from ? start : -1;
    }
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.Units;
import io.github.workreport.internal.text.WordIndex;
import io.github.workreport.internal.text.WordSets;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Tier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The word lists of the target extractor in one table: measure verbs, bound words, scope and
 * marker words stripped from indicators, status markers, tier and headline words. Stateless.
 */
public final class TargetRules {
  private TargetRules() {}

  /** Verbs before a figure and what they make it measure, matched longest first. */
  static final List<String[]> VERBS = sorted(List.of(
      new String[] {"增长", "GROWTH"}, new String[] {"增速", "GROWTH"}, new String[] {"提高", "GROWTH"},
      new String[] {"提升", "GROWTH"}, new String[] {"上涨", "GROWTH"}, new String[] {"增加", "GROWTH"},
      new String[] {"涨幅", "GROWTH"}, new String[] {"增幅", "GROWTH"}, new String[] {"上升", "GROWTH"},
      new String[] {"年均增长", "GROWTH"},
      new String[] {"下降", "DECLINE"}, new String[] {"降低", "DECLINE"}, new String[] {"压减", "DECLINE"},
      new String[] {"减少", "DECLINE"}, new String[] {"降幅", "DECLINE"}, new String[] {"压降", "DECLINE"},
      new String[] {"缩减", "DECLINE"}, new String[] {"下降了", "DECLINE"},
      new String[] {"达到", "LEVEL"}, new String[] {"达", "LEVEL"}, new String[] {"突破", "LEVEL"},
      new String[] {"稳定在", "LEVEL"}, new String[] {"控制在", "LEVEL"}, new String[] {"保持在", "LEVEL"},
      new String[] {"为", "LEVEL"}, new String[] {"占", "LEVEL"}, new String[] {"占比", "LEVEL"}, new String[] {"超过", "LEVEL"},
      new String[] {"超", "LEVEL"}, new String[] {"完成投资", "LEVEL"}, new String[] {"完成", "LEVEL"},
      new String[] {"实现", "LEVEL"}, new String[] {"投入", "LEVEL"}, new String[] {"申请", "LEVEL"},
      new String[] {"争取", "LEVEL"}, new String[] {"总量达到", "LEVEL"},
      new String[] {"提高到", "LEVEL"}, new String[] {"提升到", "LEVEL"}, new String[] {"增加到", "LEVEL"},
      new String[] {"增至", "LEVEL"}, new String[] {"降至", "LEVEL"}, new String[] {"降到", "LEVEL"},
      new String[] {"下降到", "LEVEL"}, new String[] {"更新", "INCREMENT"},
      new String[] {"新增", "INCREMENT"}, new String[] {"新建", "INCREMENT"}, new String[] {"新改建", "INCREMENT"},
      new String[] {"改建", "INCREMENT"}, new String[] {"改造", "INCREMENT"}, new String[] {"引进", "INCREMENT"},
      new String[] {"发放", "INCREMENT"}, new String[] {"建成", "INCREMENT"}, new String[] {"培育", "INCREMENT"},
      new String[] {"新开发", "INCREMENT"}, new String[] {"开发", "INCREMENT"}, new String[] {"招引", "INCREMENT"},
      new String[] {"签约", "INCREMENT"}, new String[] {"新认定", "INCREMENT"}, new String[] {"创建", "INCREMENT"},
      new String[] {"开工", "INCREMENT"}, new String[] {"新开工", "INCREMENT"}, new String[] {"建设", "INCREMENT"},
      new String[] {"组建", "INCREMENT"}, new String[] {"提供", "INCREMENT"}, new String[] {"安置", "INCREMENT"},
      new String[] {"转移", "INCREMENT"}, new String[] {"培训", "INCREMENT"}, new String[] {"救助", "INCREMENT"},
      new String[] {"打造", "INCREMENT"}, new String[] {"实施", "INCREMENT"}, new String[] {"输转", "INCREMENT"},
      new String[] {"加装", "INCREMENT"}, new String[] {"开通", "INCREMENT"}, new String[] {"新培育", "INCREMENT"},
      new String[] {"建立", "INCREMENT"}, new String[] {"储备", "INCREMENT"}, new String[] {"谋划储备", "INCREMENT"}, new String[] {"整治", "INCREMENT"}, new String[] {"治理", "INCREMENT"}));

  /** Bound words after a figure. */
  static final List<String[]> BOUNDS_AFTER = List.of(
      new String[] {"以上", "AT_LEAST"}, new String[] {"以内", "AT_MOST"}, new String[] {"以下", "AT_MOST"},
      new String[] {"左右", "ABOUT"}, new String[] {"上下", "ABOUT"});

  /** Bound words right before a figure. */
  static final List<String[]> BOUNDS_BEFORE = sorted(List.of(
      new String[] {"不低于", "AT_LEAST"}, new String[] {"不少于", "AT_LEAST"}, new String[] {"超过", "AT_LEAST"},
      new String[] {"突破", "AT_LEAST"}, new String[] {"高于", "AT_LEAST"}, new String[] {"至少", "AT_LEAST"},
      new String[] {"超", "AT_LEAST"}, new String[] {"不超过", "AT_MOST"}, new String[] {"不高于", "AT_MOST"},
      new String[] {"控制在", "AT_MOST"}, new String[] {"低于", "AT_MOST"}, new String[] {"大约", "ABOUT"},
      new String[] {"约", "ABOUT"}, new String[] {"近", "ABOUT"}));

  /** Words stripped from the start of an indicator: scope, time and status markers. */
  static final List<String> LEADING = sortedWords(List.of(
      "全区", "全县", "全市", "全省", "全州", "全国", "全盟", "全旗", "全镇", "全乡", "全年", "今年", "明年", "当年", "年内", "其中",
      "确保", "力争", "预计", "计划", "争取", "努力", "推动", "推进", "实现", "完成", "使", "让", "年均", "同比", "比上年",
      "较上年", "累计", "共", "共计", "并", "和", "及", "以及", "还", "要", "将", "已", "再", "进一步", "持续", "总", "当期",
      "一年来", "五年来", "过去一年", "同时", "此外", "另外", "目前", "截至", "截止", "底", "末", "期间",
      "主要预期目标是", "主要预期目标", "是", "的", "各类", "各项", "向上", "共有", "有", "拟安排", "拟按", "拟", "按", "全部", "去年", "上年", "前年", "提出", "包括", "继续", "保持", "我国", "我省", "我市",
      "我区", "我县"));

  /** Words stripped from the end of an indicator. */
  static final List<String> TRAILING = sortedWords(List.of(
      "分别", "均", "同口径", "同比", "年均", "的", "了", "都", "要", "将", "总量", "达", "比上年", "较上年", "累计", "共",
      "力争", "确保", "预计", "各类", "不低于", "不少于", "不超过", "不高于", "低于", "高于", "至少", "大约", "约", "近",
      "超过", "超", "拟按", "按", "安排", "拟", "不", "继续保持", "保持"));

  static final WordIndex LEADING_INDEX = new WordIndex(LEADING);
  static final WordIndex TRAILING_INDEX = new WordIndex(TRAILING);

  /** Indicators too general to stand alone; the subject carried over stands for them. */
  static final List<String> GENERIC = List.of("总量", "总额", "规模", "增速", "增幅", "比重", "总数", "数量", "总规模", "总值");

  /** Words that mark a result of the past in a clause. */
  static final List<String> PAST_WORDS = List.of(
      "同比", "比上年", "较上年", "累计", "完成了", "实现了", "达到了", "增长了", "已经", "已", "共计");

  /** Time frames of the past that, before a figure in its sentence, make it a result. */
  static final List<String> PAST_FRAMES = List.of(
      "截至", "截止", "去年", "一年来", "过去", "以来", "五年来");

  /** Words that mark a target set for the future. */
  static final List<String> FUTURE_WORDS = List.of(
      "力争", "确保", "预期", "计划", "争取", "目标", "将", "预计", "努力");

  /** Words that, in a review part, still mark a target set for the future. */
  static final List<String> STRONG_FUTURE_WORDS = List.of("力争", "确保", "计划", "预期");

  /** The status word lists, looked for together; the constants below number them. */
  static final WordSets STATUS_WORDS = new WordSets(List.of(PAST_WORDS, PAST_FRAMES, FUTURE_WORDS, STRONG_FUTURE_WORDS));
  static final int PAST_WORD = 0;
  static final int PAST_FRAME = 1;
  static final int FUTURE_WORD = 2;
  static final int STRONG_FUTURE_WORD = 3;

  /** Rate words that stay in a short indicator's name ("经济增速"). */
  static final List<String> GROWTH_NOUNS = List.of("增速", "增幅", "涨幅", "降幅", "增长");

  /** Verbs that name the figure themselves when no noun stands with them ("预计投入1.24亿元"). */
  static final List<String> NOUN_VERBS = List.of("投入", "投资", "完成投资", "引进", "争取", "申请");

  /** Last characters of a place name that acts as the subject ("嘉峪关市预计投入…"). */
  private static final String PLACE_ENDINGS = "市区县省州旗镇乡";

  /** Two-character words that end like a place but are common nouns ("地区生产总值", "城镇化率"). */
  private static final List<String> NOT_PLACES = List.of(
      "地区", "社区", "园区", "城区", "市区", "小区", "街区", "景区", "矿区", "辖区", "新区", "片区", "城市", "都市", "集市",
      "超市", "县城", "城镇", "乡镇", "村镇", "城乡", "县区", "市县", "省市");

  /** Words that open a headline block. */
  static final List<String> HEADLINE_WORDS = List.of("主要预期目标", "主要经济指标", "主要目标是", "预期目标是", "预期目标为");

  private static List<String[]> sorted(List<String[]> list) {
    return list.stream().sorted(Comparator.comparingInt((String[] a) -> a[0].length()).reversed()).toList();
  }

  private static List<String> sortedWords(List<String> list) {
    return list.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  /** The index of the last measure verb in {@code s}, or -1. */
  static int lastVerb(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (verbAt(s, i) != null) {
        // prefer a longer verb that ends at the same place ("年均增长" over "增长")
        int best = i;
        for (int k = Math.max(0, i - 3); k < i; k++) {
          String v = verbAt(s, k);
          if (v != null && k + v.length() >= i + verbAt(s, i).length()) {
            best = k;
            break;
          }
        }
        return best;
      }
    }
    return -1;
  }

  private static final WordIndex VERB_INDEX = new WordIndex(VERBS.stream().map(v -> v[0]).toList());
  private static final WordIndex INCREMENT_VERB_INDEX =
      new WordIndex(VERBS.stream().filter(v -> v[1].equals("INCREMENT")).map(v -> v[0]).toList());

  /** The measure verb starting at {@code i}, longest first, or null. */
  static String verbAt(String s, int i) {
    return VERB_INDEX.at(s, i);
  }

  /** What a figure with {@code unit} after {@code verb} (may be null) measures. */
  static Measure measure(String verb, String unit) {
    String kind = null;
    if (verb != null) {
      for (String[] v : VERBS) {
        if (v[0].equals(verb)) {
          kind = v[1];
          break;
        }
      }
    }
    boolean percent = Units.isPercent(unit) || "\u6210".equals(unit);
    if ("GROWTH".equals(kind)) {
      return percent ? Measure.GROWTH : Measure.INCREMENT;
    }
    if ("DECLINE".equals(kind)) {
      return Measure.DECLINE;
    }
    if ("INCREMENT".equals(kind) && !percent) {
      return Measure.INCREMENT;
    }
    return Measure.LEVEL;
  }

  /** The bound a word right before the figure sets, or EXACT. */
  static Bound boundBefore(String segment) {
    String s = segment.strip();
    for (String[] b : BOUNDS_BEFORE) {
      if (s.endsWith(b[0])) {
        return Bound.valueOf(b[1]);
      }
    }
    return Bound.EXACT;
  }

  /** The indicator left of {@code raw} once scope, time and marker words are stripped from both ends. */
  static String cleanIndicator(String raw) {
    String s = dropAdverbials(raw);
    // one normalised copy, cut by moving two ends: the fold is one character for one
    String n = TextNormalizer.normalize(s);
    int lo = skipSpace(s, 0, s.length());
    int hi = trimSpace(s, lo, s.length());
    while (lo < hi) {
      int cut;
      String w;
      if (isEdgeMark(n.charAt(lo))) {
        lo++;
      } else if (isEdgeMark(n.charAt(hi - 1))) {
        hi--;
      } else if ((cut = leadingYear(n, lo, hi)) > 0) {
        lo += cut;
      } else if ((w = LEADING_INDEX.at(n, lo, hi)) != null) {
        lo += w.length();
      } else if ((w = TRAILING_INDEX.endingAt(n, lo, hi)) != null) {
        hi -= w.length();
      } else {
        break;
      }
      lo = skipSpace(s, lo, hi);
      hi = trimSpace(s, lo, hi);
    }
    int words = 0;
    for (int i = lo; i < hi && words < 2; i++) {
      if (Character.isLetter(n.charAt(i))) {
        words++;
      }
    }
    return words >= 2 ? s.substring(lo, hi) : "";
  }

  /** The first index at or after {@code lo} that is not white space (as {@link String#strip()} sees it). */
  private static int skipSpace(String s, int lo, int hi) {
    int i = lo;
    while (i < hi && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The end of {@code s[lo, hi)} once white space is trimmed from its right. */
  private static int trimSpace(String s, int lo, int hi) {
    int i = hi;
    while (i > lo && Character.isWhitespace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /**
   * Drops what is no part of a name: a condition "在…基础上" and, after a subject, its "预期目标是"
   * ("我国经济增长预期目标是…" leaves "我国经济增长").
   */
  static String dropAdverbials(String s) {
    String t = s;
    int at = t.indexOf('\u5728');
    int base = at < 0 ? -1 : t.indexOf("\u57FA\u7840\u4E0A", at);
    if (at >= 0 && base > at) {
      t = t.substring(0, at) + t.substring(base + 3);
    }
    int goal = t.indexOf("\u9884\u671F\u76EE\u6807");
    if (goal > 0) {
      t = t.substring(0, goal);
    }
    return t;
  }

  private static boolean isEdgeMark(char c) {
    return c == ',' || c == ':' || c == '\u3001' || c == ' ' || c == '(' || c == ')' || c == '\u2014' || c == ';'
        || c == '\u3002';
  }

  /** The length of a leading "2025年", "到2025年" or "2025年底" in {@code n[lo, hi)}, or 0. */
  private static int leadingYear(String n, int lo, int hi) {
    int skip = lo < hi && (n.charAt(lo) == '\u5230' || n.charAt(lo) == '\u81F3') ? 1 : 0;
    int i = lo + skip;
    int digits = 0;
    while (i < hi && digits < 4 && Character.isDigit(n.charAt(i))) {
      i++;
      digits++;
    }
    if (digits < 4 || i >= hi || n.charAt(i) != '\u5E74') {
      return 0;
    }
    i++;
    while (i < hi && (n.charAt(i) == '\u5E95' || n.charAt(i) == '\u672B')) {
      i++;
    }
    return i - lo;
  }

  /**
   * Strips a place name that acts as the subject ("嘉峪关市", "肃州区": three to six characters
   * ending in 市, 区, 县…), so that "嘉峪关市投入" leaves "投入"; "地区生产总值" is kept.
   */
  static String stripActor(String s) {
    String n = TextNormalizer.normalize(s);
    for (int len = Math.min(6, n.length()); len >= 3; len--) {
      if (PLACE_ENDINGS.indexOf(n.charAt(len - 1)) >= 0 && n.substring(0, len).chars().allMatch(Character::isLetter)
          && !NOT_PLACES.contains(n.substring(len - 2, len))) {
        return s.substring(len);
      }
    }
    return s;
  }

  /** Strips measure verbs from the end of {@code s} ("签约引进" leaves ""). */
  static String stripTrailingVerbs(String s) {
    String n = TextNormalizer.normalize(s);
    int end = n.length();
    String v;
    while ((v = INCREMENT_VERB_INDEX.endingAt(n, 0, end)) != null) {
      end -= v.length();
    }
    return s.substring(0, end);
  }

  /** Whether the indicator says nothing by itself. */
  static boolean isGeneric(String indicator) {
    return GENERIC.contains(indicator);
  }

  /** Whether the text before a figure spreads it over listed subjects: "分别", or a closing "均". */
  static boolean spreads(String s) {
    String n = TextNormalizer.normalize(s).strip();
    return n.contains("\u5206\u522B") || n.endsWith("\u5747");
  }

  /**
   * The subjects a spread applies to: "城乡居民人均可支配收入" is 城镇 and 农村; "一、二、三产业增加值"
   * is 第一, 第二 and 第三产业增加值; otherwise the parts listed with 、, 和, 及 or 与.
   */
  static List<String> spreadSubjects(String indicator) {
    List<String> out = new ArrayList<>();
    String n = TextNormalizer.normalize(indicator);
    if (n.startsWith("\u57CE\u4E61") && n.length() > 2) {
      out.add("\u57CE\u9547" + indicator.substring(2));
      out.add("\u519C\u6751" + indicator.substring(2));
      return out;
    }
    int sector = n.indexOf('\u4EA7');
    if (sector > 0) {
      // "一、二、三产业增加值", "一二三产增加值": each sector written out
      String head = n.substring(0, sector).replace("\u3001", "").replace("\u7B2C", "");
      if (head.length() >= 2 && head.chars().allMatch(c -> "\u4E00\u4E8C\u4E09".indexOf(c) >= 0)) {
        int rest = n.startsWith("\u4EA7\u4E1A", sector) ? sector + 2 : sector + 1;
        for (char c : head.toCharArray()) {
          out.add("\u7B2C" + c + "\u4EA7\u4E1A" + indicator.substring(rest));
        }
        return out;
      }
    }
    for (String part : ItemSplitter.splitOn(indicator, "\u3001")) {
      out.addAll(ItemSplitter.splitLastOnAnd(List.of(part)));
    }
    // "城镇、农村常住居民人均可支配收入": short qualifiers share the name of the last part
    if (out.size() >= 2) {
      String last = out.get(out.size() - 1);
      boolean shortHeads = out.subList(0, out.size() - 1).stream().allMatch(p -> p.length() <= 3);
      if (shortHeads && last.length() > 4) {
        int q = out.get(0).length();
        String shared = last.substring(Math.min(q, last.length()));
        for (int k = 0; k < out.size() - 1; k++) {
          out.set(k, out.get(k) + shared);
        }
      }
    }
    List<String> cleaned = new ArrayList<>();
    for (String p : out) {
      String c = cleanIndicator(p);
      cleaned.add(expandSectors(c.isEmpty() ? p : c));
    }
    return cleaned;
  }

  private static final String[][] SECTOR_ABBREVIATIONS = {{"\u4E00\u4EA7", "\u7B2C\u4E00\u4EA7\u4E1A"},
      {"\u4E8C\u4EA7", "\u7B2C\u4E8C\u4EA7\u4E1A"}, {"\u4E09\u4EA7", "\u7B2C\u4E09\u4EA7\u4E1A"}};

  /** Writes the sector abbreviations out: 一产 is 第一产业, and so on. */
  static String expandSectors(String indicator) {
    String s = indicator;
    if (s.indexOf('\u4EA7') < 0) {
      return s;
    }
    for (String[] a : SECTOR_ABBREVIATIONS) {
      int at = s.indexOf(a[0]);
      boolean listed = at > 0 && "\u4E00\u4E8C\u4E09\u3001".indexOf(s.charAt(at - 1)) >= 0;
      if (at >= 0 && !listed && (at == 0 || s.charAt(at - 1) != '\u7B2C') && !s.startsWith(a[1].substring(1), at)) {
        s = s.substring(0, at) + a[1] + s.substring(at + 2);
      }
    }
    return s;
  }

  /** The tier that {@code n[from, to)} names ("…的目标值", "争取值", "奋斗值"), or null. */
  static Tier tier(String n, int from, int to) {
    Tier found = null;
    for (int i = from; i + 3 <= to; i++) {
      if (n.charAt(i + 2) == '\u503C') {
        if (n.startsWith("\u76EE\u6807", i)) {
          return Tier.TARGET; // the target value names the tier even beside a strive value
        } else if (n.startsWith("\u4E89\u53D6", i) && found != Tier.STRIVE) {
          found = Tier.STRIVE;
        } else if (n.startsWith("\u594B\u6597", i) && found == null) {
          found = Tier.STRETCH;
        }
      }
    }
    return found;
  }
}

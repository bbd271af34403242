package io.github.workreport.internal.text;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The units reports state figures in, kept in one table, and the magnitude words that may stand
 * before them (1.2万个, 250.2亿元, 3千万元). Stateless.
 */
public final class Units {
  /**
   * Units, matched longest first: "个百分点" before "个", "平方米" before "米", "人次" before "人". Grades and
   * classes are no units: 级 (7.1级地震, 二级航道) and 千伏 (500千伏 lines) are left out.
   */
  public static final List<String> UNITS =
      sortedLongestFirst(
          List.of(
              "%",
              "‰", "个百分点", "百分点", "个千分点", "千分点", "元", "美元", "欧元", "人", "人次", "户", "户次", "个", "家",
              "项", "所", "座", "部", "辆", "台", "套", "条", "公里", "千米", "米", "平方米", "平方公里", "立方米", "亩",
              "公顷", "吨", "公斤", "千克", "斤", "千瓦", "千瓦时", "兆瓦", "千伏安", "蒸吨", "天", "岁", "场次", "场", "次",
              "头", "只", "名", "栋", "处", "间", "张", "件", "件次", "宗", "批", "倍", "标准箱", "标箱", "床", "期",
              "片", "村", "镇", "校", "册", "篇", "株", "棵", "口", "眼", "孔", "分", "小时", "立方", "成", "个工作日",
              "工作日", "个月", "分钟", "吨标准煤", "吨标煤", "度", "个点", "列", "架次", "艘", "班", "门", "盏", "吨公里",
              "人年", "微克/立方米", "毫克/立方米", "毫克/升", "种", "担", "立方公尺", "公尺", "人公里"));

  /** A magnitude word and its value. */
  private record Magnitude(String word, BigDecimal value) {}

  /** Magnitude words, longest first. */
  private static final List<Magnitude> MAGNITUDES =
      List.of(
          new Magnitude("万亿", new BigDecimal("1000000000000")),
          new Magnitude("千万", new BigDecimal("10000000")),
          new Magnitude("百万", new BigDecimal("1000000")),
          new Magnitude("十万", new BigDecimal("100000")),
          new Magnitude("亿", new BigDecimal("100000000")),
          new Magnitude("万", new BigDecimal("10000")),
          new Magnitude("千", new BigDecimal("1000")),
          new Magnitude("百", new BigDecimal("100")));

  /** Denominators of a rate unit written with a slash ("元/月", "分/千瓦时"), longest first. */
  public static final List<String> PER_UNITS =
      sortedLongestFirst(
          List.of(
              "月", "年", "人", "户", "千瓦时", "度", "吨", "亩", "平方米", "斤", "公斤", "天", "小时", "立方米", "人次",
              "人月", "人年", "标准箱", "辆", "床", "次", "百亿元", "亿元", "万元", "万人", "十万人", "百万人", "千人",
              "平方公里"));

  private Units() {}

  private static List<String> sortedLongestFirst(List<String> units) {
    return units.stream()
        .sorted(
            Comparator.comparingInt(String::length)
                .reversed()
                .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static final WordIndex UNIT_INDEX = new WordIndex(UNITS);

  /** The unit that starts at {@code at} in {@code s}, or null. */
  public static String unitAt(String s, int at) {
    return UNIT_INDEX.at(s, at);
  }

  /** The magnitude word that starts at {@code at}, or null. */
  public static String magnitudeAt(String s, int at) {
    for (Magnitude m : MAGNITUDES) {
      if (s.startsWith(m.word(), at)) {
        return m.word();
      }
    }
    return null;
  }

  private static final WordIndex PER_UNIT_INDEX = new WordIndex(PER_UNITS);

  /** The denominator of a rate unit at {@code at}, after its slash ("月" of "元/月"), or null. */
  public static String perUnitAt(String s, int at) {
    return PER_UNIT_INDEX.at(s, at);
  }

  /** The value of a magnitude word ("万" is 10000); one for null. */
  public static BigDecimal magnitude(String word) {
    if (word == null || word.isEmpty()) {
      return BigDecimal.ONE;
    }
    for (Magnitude m : MAGNITUDES) {
      if (m.word().equals(word)) {
        return m.value();
      }
    }
    throw new IllegalArgumentException("not a magnitude word: " + word);
  }

  /** Whether a unit is a percentage or percentage points. */
  public static boolean isPercent(String unit) {
    return unit != null && (unit.equals("%") || unit.endsWith("百分点") || unit.equals("‰"));
  }
}

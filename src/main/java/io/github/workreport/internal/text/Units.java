package io.github.workreport.internal.text;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * The units reports state figures in, kept in one table, and the magnitude words that may stand
 * before them (1.2万个, 250.2亿元, 3千万元). Stateless.
 */
public final class Units {
  /** Units, matched longest first: "个百分点" before "个", "平方米" before "米", "人次" before "人". */
  public static final List<String> UNITS = sortedLongestFirst(List.of(
      "%", "\u2030", "个百分点", "百分点", "元", "美元", "人", "人次", "户", "户次", "个", "家", "项", "所", "座", "部",
      "辆", "台", "套", "条", "公里", "千米", "米", "平方米", "平方公里", "立方米", "亩", "公顷", "吨", "公斤", "千克",
      "斤", "千瓦", "千瓦时", "兆瓦", "千伏", "蒸吨", "天", "岁", "场次", "场", "次", "头", "只", "名", "栋", "处", "间",
      "张", "件", "宗", "批", "倍", "标准箱", "标箱", "床", "期", "片", "村", "镇", "校", "册", "篇", "株", "棵", "口",
      "眼", "孔", "级", "分", "小时", "立方", "成"));

  /** Magnitude words, longest first, with their value. */
  private static final List<Object[]> MAGNITUDES = List.of(
      new Object[] {"\u4E07\u4EBF", new BigDecimal("1000000000000")},
      new Object[] {"\u5343\u4E07", new BigDecimal("10000000")},
      new Object[] {"\u767E\u4E07", new BigDecimal("1000000")},
      new Object[] {"\u5341\u4E07", new BigDecimal("100000")},
      new Object[] {"\u4EBF", new BigDecimal("100000000")},
      new Object[] {"\u4E07", new BigDecimal("10000")},
      new Object[] {"\u5343", new BigDecimal("1000")},
      new Object[] {"\u767E", new BigDecimal("100")});

  private Units() {}

  private static List<String> sortedLongestFirst(List<String> units) {
    return units.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  private static final WordIndex UNIT_INDEX = new WordIndex(UNITS);

  /** The unit that starts at {@code at} in {@code s}, or null. */
  public static String unitAt(String s, int at) {
    return UNIT_INDEX.at(s, at);
  }

  /** The magnitude word that starts at {@code at}, or null. */
  public static String magnitudeAt(String s, int at) {
    for (Object[] m : MAGNITUDES) {
      if (s.startsWith((String) m[0], at)) {
        return (String) m[0];
      }
    }
    return null;
  }

  /** The value of a magnitude word ("万" is 10000); one for null. */
  public static BigDecimal magnitude(String word) {
    if (word == null || word.isEmpty()) {
      return BigDecimal.ONE;
    }
    for (Object[] m : MAGNITUDES) {
      if (m[0].equals(word)) {
        return (BigDecimal) m[1];
      }
    }
    throw new IllegalArgumentException("not a magnitude word: " + word);
  }

  /** Whether a unit is a percentage or percentage points. */
  public static boolean isPercent(String unit) {
    return unit != null && (unit.equals("%") || unit.endsWith("\u767E\u5206\u70B9") || unit.equals("\u2030"));
  }
}

package io.github.workreport;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Inputs that grow with a count, for the linear-time test and its benchmark: each kind is built to
 * trip a parser into more than linear time (a line that never ends, a marker or an open quote
 * repeated without end, deep nesting, figures back to back, a long report, a page of many blocks
 * for the content scorer and cleaner to weigh).
 */
public final class ScalingInputs {
  private ScalingInputs() {}

  /**
   * One kind of input.
   *
   * @param name what it is
   * @param base the count the test starts from; the doubled input has twice as many
   * @param build the input for a count
   */
  public record Kind(String name, int base, IntFunction<String> build) {}

  /** A block of a page: a heading, prose, a share control and a list of related links. */
  private static final String PAGE_BLOCK =
      "<div class=\"item\"><h2>工作动态</h2><p>全市上下认真贯彻落实各项决策部署，经济运行稳中有进，"
          + "民生保障持续改善。</p><div>分享到：微博</div><ul><li><a href=\"/1\">相关新闻一</a></li>"
          + "<li><a href=\"/2\">相关新闻二</a></li></ul></div>";

  /** Every kind. */
  public static final List<Kind> KINDS =
      List.of(
          new Kind("repeated paragraphs", 16, n -> body().repeat(n)),
          new Kind("a single line of clauses", 50_000, n -> "经济增长，".repeat(n)),
          new Kind("repeated heading markers", 50_000, n -> "一、".repeat(n)),
          new Kind("open quotes", 50_000, n -> "“".repeat(n)),
          new Kind(
              "nested HTML elements",
              5_000,
              n ->
                  "<html><body>"
                      + "<div>".repeat(n)
                      + "正文"
                      + "</div>".repeat(n)
                      + "</body></html>"),
          new Kind("clauses with figures", 12_500, n -> "地区生产总值增长7%，".repeat(n)),
          new Kind(
              "a page of article blocks and link lists",
              2_000,
              n ->
                  "<html><head><title>标题_网站</title></head><body>"
                      + "<div class=\"nav\"><a href=\"/\">首页</a></div>"
                      + PAGE_BLOCK.repeat(n)
                      + "</body></html>"),
          new Kind("a target value list", 20_000, n -> "地区生产总值增长" + "6.5%、".repeat(n) + "7%。"),
          new Kind("a subject list", 20_000, n -> "工业增加值、固定资产投资、".repeat(n) + "增长8%。"),
          new Kind(
              "a 分别 spread", 10_000, n -> "工业增加值、".repeat(n) + "分别增长" + "8%、".repeat(n) + "9%。"),
          new Kind("a 均 spread", 20_000, n -> "工业增加值、".repeat(n) + "均增长8%以上。"),
          new Kind("an enumeration 一是, 二是", 10_000, n -> numbered(n, "", "是加快发展产业；", "我们将：")),
          new Kind("an enumeration 第一, 第二", 10_000, n -> numbered(n, "第", "，加快发展产业。", "")),
          new Kind("dash-led lines", 10_000, n -> "今年要做好：\n" + "——加快发展产业，推动经济增长。\n".repeat(n)),
          new Kind("a run of dashes", 100_000, n -> "——".repeat(n)),
          new Kind(
              "glossary entries",
              5_000,
              n -> "名词解释\n" + numbered(n, "", ".“四强”行动：指强科技、强工业、强省会、强县域。\n", "")),
          new Kind(
              "a glossary entry of many items",
              20_000,
              n -> "名词解释\n【六稳】指" + "稳就业、".repeat(n) + "稳金融。\n"),
          new Kind(
              "an inline definition of many parts", 20_000, n -> "网格提效、".repeat(n) + "文明提质“八大行动”。"),
          new Kind("announced counts in one clause", 20_000, n -> "把握好八个方面".repeat(n) + "。"),
          new Kind("announced counts", 20_000, n -> "重点抓好八个方面的工作。".repeat(n)),
          new Kind("a headline block", 10_000, n -> "主要预期目标是：" + "地区生产总值增长7%左右；".repeat(n)),
          new Kind("headline block lines", 10_000, n -> "主要预期目标是：\n" + "地区生产总值增长7%左右。\n".repeat(n)),
          new Kind("quoted terms", 10_000, n -> "实施“六稳”“六保”工作，".repeat(n)),
          new Kind(
              "a defined term quoted throughout",
              20_000,
              n -> "“六稳”工作，".repeat(n) + "\n名词解释\n【六稳】指稳就业、稳金融。"),
          new Kind("closed brackets", 50_000, n -> "（一）".repeat(n)),
          new Kind("open brackets", 100_000, n -> "（【(".repeat(n)),
          new Kind("heading lines", 5_000, n -> numbered(n, "（", "）加快发展产业\n", "")),
          new Kind("numbered heading lines", 5_000, n -> numbered(n, "", "、加快发展产业\n加快发展。\n", "")),
          new Kind(
              "clauses naming a new subject each",
              5_000,
              n -> numbered(n, "", "号产品产量增长7%，", "") + "。"),
          new Kind(
              "a headline block naming a new subject each line",
              5_000,
              n -> "主要预期目标是：\n" + numbered(n, "", "号产品产量增长7%左右；\n", "")),
          new Kind("a figure of spaced digits", 100_000, n -> "增长" + "1 ".repeat(n) + "%。"),
          new Kind("a figure of many decimals", 500_000, n -> "增长1." + "1".repeat(n) + "%。"),
          new Kind("a figure of many digits", 500_000, n -> "增长" + "1".repeat(n) + "%。"),
          new Kind("a Chinese figure of many digits", 200_000, n -> "增长" + "一".repeat(n) + "倍。"));

  /**
   * {@code head}, then items 1 to {@code n}, each {@code before}, its Chinese numeral, {@code
   * after}.
   */
  private static String numbered(int n, String before, String after, String head) {
    StringBuilder b = new StringBuilder(head);
    for (int i = 1; i <= n; i++) {
      b.append(before).append(chinese(i)).append(after);
    }
    return b.toString();
  }

  private static final String DIGITS = "零一二三四五六七八九";

  /** The Chinese numeral of 1 to 99 999 as reports write it (十一, 一百零五, 两千三百). */
  static String chinese(int v) {
    if (v < 10) {
      return String.valueOf(DIGITS.charAt(v));
    }
    if (v < 20) {
      return "十" + (v == 10 ? "" : DIGITS.charAt(v - 10));
    }
    String units = "十百千万";
    StringBuilder b = new StringBuilder();
    String d = Integer.toString(v);
    boolean zero = false;
    for (int k = 0; k < d.length(); k++) {
      int digit = d.charAt(k) - '0';
      int place = d.length() - 1 - k;
      if (digit == 0) {
        zero = true;
        continue;
      }
      if (zero) {
        b.append('零');
        zero = false;
      }
      b.append(DIGITS.charAt(digit));
      if (place > 0) {
        b.append(units.charAt(place - 1));
      }
    }
    return b.toString();
  }

  /** The kind named {@code name}. */
  public static Kind kind(String name) {
    return KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }

  private static String body() {
    String t = Seeds.text("002");
    return t.substring(t.indexOf("各位代表")) + "\n";
  }
}

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
          new Kind("repeated paragraphs", 32, n -> body().repeat(n)),
          new Kind("a single line of clauses (1 MB doubled)", 100_000, n -> "经济增长，".repeat(n)),
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
          new Kind("clauses with figures", 25_000, n -> "地区生产总值增长7%，".repeat(n)),
          new Kind(
              "a page of article blocks and link lists",
              2_000,
              n ->
                  "<html><head><title>标题_网站</title></head><body>"
                      + "<div class=\"nav\"><a href=\"/\">首页</a></div>"
                      + PAGE_BLOCK.repeat(n)
                      + "</body></html>"));

  /** The kind named {@code name}. */
  public static Kind kind(String name) {
    return KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }

  private static String body() {
    String t = Seeds.text("002");
    return t.substring(t.indexOf("各位代表")) + "\n";
  }
}

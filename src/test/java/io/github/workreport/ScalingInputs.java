package io.github.workreport;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Inputs that grow with a count, for the linear-time test and its benchmark: each kind is built to
 * trip a parser into more than linear time (a line that never ends, a marker or an open quote
 * repeated without end, deep nesting, figures back to back, a long report).
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

  /** Every kind. */
  public static final List<Kind> KINDS = List.of(
      new Kind("repeated paragraphs", 32, n -> body().repeat(n)),
      new Kind("a single line of clauses (1 MB doubled)", 100_000, n -> "经济增长，".repeat(n)),
      new Kind("repeated heading markers", 50_000, n -> "一、".repeat(n)),
      new Kind("open quotes", 50_000, n -> "“".repeat(n)),
      new Kind("nested HTML elements", 5_000, n -> "<html><body>" + "<div>".repeat(n) + "正文" + "</div>".repeat(n)
          + "</body></html>"),
      new Kind("clauses with figures", 25_000, n -> "地区生产总值增长7%，".repeat(n)));

  /** The kind named {@code name}. */
  public static Kind kind(String name) {
    return KINDS.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
  }

  private static String body() {
    String t = Seeds.text("002");
    return t.substring(t.indexOf("各位代表")) + "\n";
  }
}

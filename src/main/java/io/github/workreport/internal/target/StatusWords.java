package io.github.workreport.internal.target;

import java.util.List;

/**
 * The words that decide a figure's status, its period, its tier and the headline block, as data:
 * past and future words and frames, plan and tier words. No logic.
 */
final class StatusWords {
  private StatusWords() {}

  /** Words before 计划 that make it a plan already carried out ("完成计划", "超额完成年度计划"). */
  static final List<String> PLAN_DONE_BEFORE =
      List.of(
          "完成", "完成了", "完成年度", "完成全年", "完成国家", "比年度", "比", "较年度", "较", "超过年度", "超过", "超额完成",
          "超额完成了");

  /** Words that open a headline block. */
  static final List<String> HEADLINE_WORDS =
      List.of(
          "主要预期目标", "主要经济指标", "主要目标是", "预期目标是", "预期目标为", "主要目标为", "今年计划要求", "宏观调控的主要目标", "主要调控目标");

  /**
   * Words that mark a result of the past in a clause, whatever the part says; a comparison with the
   * same months of the year before ("比上年同期") is only made of months gone by.
   */
  static final List<String> PAST_WORDS =
      List.of(
          "同比", "累计", "完成了", "实现了", "达到了", "增长了", "已经", "已", "共计", "增加了", "下降了", "提高了", "突破了",
          "创历史新高", "历史最高", "历史最好", "降低了", "减少了", "扩大了", "上升了", "上年同期", "去年同期");

  /**
   * Comparisons with the year before: a result unless the sentence looks ahead or the part is a
   * plan.
   */
  static final List<String> PAST_COMPARISONS = List.of("比上年", "较上年", "比去年", "较去年", "比前年");

  /**
   * Times a figure is compared with ("比上年的…", "较五年前的…"): a figure right after them is of the past.
   */
  static final List<String> PAST_REFERENCES = List.of("上年", "去年", "前年", "五年前", "十年前", "上年同期", "同期");

  /**
   * Time frames of the past that, before a figure in its sentence, make it a result; a statistic
   * counted ("据…初步统计") is one.
   */
  static final List<String> PAST_FRAMES =
      List.of(
          "截至", "截止", "去年", "年来", "过去", "以来", "刚刚过去", "此前", "已往", "以往", "这五年,", "原来", "据统计",
          "初步统计");

  /** Words that mark a target set for the future. */
  static final List<String> FUTURE_WORDS =
      List.of(
          "力争", "确保", "预期", "计划", "争取", "目标", "将", "预计", "努力", "拟", "要求", "今后", "到20", "预定", "今年",
          "要按", "要把", "要在", "将要", "必须", "应当", "一律");

  /** Words after 今年 that make it the period under review ("今年以来", "今年上半年"). */
  static final List<String> THIS_YEAR_PAST =
      List.of("以来", "上半年", "前", "一季度", "二季度", "三季度", "1", "截至");

  /**
   * Letters before a past frame that make it a reference, not the time of the figure ("比去年",
   * "由去年的").
   */
  static final String REFERENCE_BEFORE = "比较于同与由从按和";

  /** Words that, in a review part, still mark a target set for the future. */
  static final List<String> STRONG_FUTURE_WORDS = List.of("力争", "确保", "计划", "预期", "拟");

  /** Time frames of a sentence that set the tense of the sentences after it in the paragraph. */
  static final List<String> PAST_SENTENCE_FRAMES =
      List.of("过去一年", "去年", "过去五年", "五年来", "一年来", "刚刚过去", "这五年,");

  /** Time frames of a sentence that look ahead and end a past frame. */
  static final List<String> FUTURE_SENTENCE_FRAMES =
      List.of("今年", "明年", "今后", "未来", "预期目标", "主要目标", "力争", "确保", "计划");

  /**
   * Letters after 计划 that make it a plan ("计划在…", "计划于…", "计划到2027年"); else it names a programme.
   */
  static final String PLAN_AFTER = "在于到用今明年内将再要使,:";

  /** Tier words: "…的目标值", "争取值", "奋斗值". */
  static final List<String> TIER_WORDS = List.of("目标值", "争取值", "奋斗值");

  /** Words that speak of the present: a year named before them is not the time of what follows. */
  static final List<String> PRESENT_WORDS = List.of("现在", "目前", "如今", "现已");

  /** Whether a word of the present starts at {@code k} of {@code n}. */
  static boolean isPresent(String n, int k) {
    char c = n.charAt(k);
    for (String w : PRESENT_WORDS) {
      if (w.charAt(0) == c && n.startsWith(w, k)) {
        return true;
      }
    }
    return false;
  }
}

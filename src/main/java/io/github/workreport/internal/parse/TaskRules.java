package io.github.workreport.internal.parse;

import java.util.List;

/**
 * The vocabulary that decides which parts of a report hold its task list and which counts announce
 * it. Data only; all strings are compared against folded, space-free text.
 */
public final class TaskRules {
  private TaskRules() {}

  /** Heading words of a part on the government's own conduct. */
  public static final List<String> SELF_WORDS =
      List.of(
          "自身建设", "自身改革", "政府建设", "政府治理", "服务型政府", "满意的政府", "法治政府", "廉洁政府", "政风", "转作风", "作风建设");

  /** Heading words of a part that sets principles, requirements and targets rather than work. */
  public static final List<String> FRAMEWORK_WORDS =
      List.of(
          "总体要求", "政策取向", "总体部署", "指导思想", "指导方针", "预期目标", "宏观经济政策", "宏观政策", "主要考虑", "总体思路", "重要要求",
          "基本方针", "奋斗目标");

  /** Heading words of a part on the year's work, whatever else the heading names. */
  public static final List<String> WORK_WORDS =
      List.of("重点工作", "主要任务", "工作安排", "工作任务", "主要工作", "重点任务", "工作的建议", "工作建议", "工作部署");

  /** Heading words that name the period ahead of this year ("今年"), or its being a plan's first. */
  public static final List<String> THIS_YEAR_WORDS = List.of("今年", "本年", "开好局", "起好步", "开局之年");

  /** Heading words of a five-year plan's part. */
  public static final List<String> FIVE_YEAR_WORDS =
      List.of("五年", "十五五", "十四五", "十三五", "十二五", "十一五", "十五", "九五", "时期", "规划", "纲要", "今后");

  /** Heading openings of an attachment. */
  public static final List<String> ANNEX_OPENINGS = List.of("附件", "附录", "附表");

  /**
   * Openings of a sentence that states a fact rather than names a piece of work ("我国有上亿市场主体，
   * 而且还在不断增加。", "今年财政收支平衡压力加大，但…"): a lead of two clauses that opens so is no subtask. Work is
   * named by a verb first ("稳定发展农业生产，多渠道增加农民收入。").
   */
  public static final List<String> STATEMENT_OPENINGS =
      List.of(
          "我国", "我们", "中国", "今年", "明年", "去年", "当前", "目前", "现在", "这", "各地", "各级", "近年来", "过去", "在过去",
          "总之", "首先", "同时", "因此", "所以");

  /**
   * Openings of a second clause that says what the first is ("维护社会政治稳定，是…的重要条件"): the lead states a
   * fact.
   */
  public static final List<String> STATEMENT_PREDICATES =
      List.of("是", "就是", "也是", "都是", "始终是", "既是", "关乎", "关系到", "这", "显然", "为");

  /** Endings of a first clause that is a span of time ("三年来，…", "一年多来，…"). */
  public static final List<String> TIME_CLAUSE_ENDINGS = List.of("来", "以来", "里", "期间");

  /**
   * Words of the sentence that announces a count of work ("重点抓好八个方面的工作", "从七个方面发力"); a count in a
   * sentence without one ("把握好5个方面") announces principles, not the task list.
   */
  public static final List<String> WORK_COUNT_WORDS =
      List.of("工作", "任务", "抓", "做好", "发力", "着力", "用力", "下功夫", "推进", "部署", "重点", "突破", "攻坚", "聚焦");
}

package io.github.workreport.internal.parse;

/** What a plan part of a report sets out, which decides whether its units are the task list. */
public enum PartRole {
  /** This year's work (2026年重点工作, 工作安排, 对今年政府工作的建议): its units are the tasks. */
  WORK,
  /** Principles, overall requirements, policy stance and targets (总体要求, 政策取向, 总体部署). */
  FRAMEWORK,
  /** A five-year plan's goals and tasks ("十五五"时期主要目标任务), standing before the year's work. */
  FIVE_YEAR,
  /** The government's own conduct (政府自身建设, 政府治理). */
  SELF,
  /** The closing remarks (结束语). */
  CLOSING,
  /** An attachment after the report (附件: 民生实事). */
  ANNEX,
  /**
   * A plan part whose heading says none of the above (older reports number their tasks as parts).
   */
  OTHER
}

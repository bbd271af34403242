package io.github.workreport.model;

/**
 * What kind of document a report is.
 *
 * @since 0.1
 */
public enum DocumentKind {
  /** A 政府工作报告 delivered to a people's congress, at any level. */
  GOVERNMENT_WORK_REPORT,
  /** A press text built from a report or about a government's work. */
  NEWS_ARTICLE,
  /** Anything else, including text that could not be recognised. */
  OTHER
}

package io.github.workreport.model;

/**
 * Where the year of a report was read, for pairing reports of consecutive years.
 *
 * @since 0.1
 */
public enum YearSource {
  /** The report's metadata ({@link Metadata#year()}): its title or delivery line. */
  METADATA,
  /**
   * The report's own wording: a heading or sentence of its review that names last year
   * ("2013年工作回顾", "刚刚过去的2017年") or of its plan that names this year ("2014年工作总体部署"), or the session
   * of the national congress it was delivered at ("第十届全国人民代表大会第一次会议").
   */
  TEXT,
  /** A four-digit year in the name of the file, when the text names none. */
  FILE_NAME
}

package io.github.workreport.internal.parse;

/** What a line of the text is, as decided by {@link LineClassifier}. */
public enum LineRole {
  /** Site or widget text: navigation, controls, notices, related links. */
  FURNITURE,
  /** A line of facts about the page ("来源:…", "发布时间:…"), read for metadata, then dropped. */
  METADATA,
  /** A photo caption. */
  CAPTION,
  /** The document's title. */
  TITLE,
  /** The title's "——" subtitle line. */
  SUBTITLE,
  /** The line naming when and where a report was delivered. */
  DELIVERY,
  /** The line or lines naming who delivered it. */
  SPEAKER,
  /** Body text: headings and paragraphs, decided by the body scanner. */
  BODY
}

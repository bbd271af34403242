package io.github.workreport.internal.parse;

/**
 * A numbering marker at the start of a line.
 *
 * @param style the marker's style; one style is one level within a document
 * @param length how many characters the marker takes, separator included
 * @param ordinal the marker's value
 */
public record Marker(Style style, int length, int ordinal) {

  /** The numbering styles reports use, from the usual top level down. */
  public enum Style {
    /** 第一部分, 第一章, 第一篇. */
    PART,
    /** 一、 */
    CHINESE,
    /** (一) */
    CHINESE_PAREN,
    /** 1. or 1、 */
    ARABIC,
    /** (1) */
    ARABIC_PAREN,
    /** 第一, 第一、 (an ordinal word before a comma, not 第一部分) */
    ORDINAL_WORD,
    /** ① */
    CIRCLED
  }
}

package io.github.workreport.model;

import org.jspecify.annotations.Nullable;

/**
 * The pieces of the records' {@code toString()}: a record's long text is cut, so that a failing
 * assertion on a report prints a few lines, not the whole document.
 */
final class Summary {
  /** Characters of a title or text shown before the cut. */
  static final int SHOWN = 24;

  private final StringBuilder sb;
  private boolean first = true;

  private Summary(String name) {
    sb = new StringBuilder(name).append('[');
  }

  static Summary of(String name) {
    return new Summary(name);
  }

  /** Adds {@code name=value}; a null value is shown as {@code null}. */
  Summary add(String name, @Nullable Object value) {
    sb.append(first ? "" : ", ").append(name).append('=').append(value);
    first = false;
    return this;
  }

  /**
   * Adds {@code name="text"}, cut to {@link #SHOWN} characters with "…"; a null text is {@code
   * null}.
   */
  Summary quote(String name, @Nullable String text) {
    return add(name, text == null ? null : '"' + cut(text) + '"');
  }

  /** Adds only when {@code value} is not null. */
  Summary addIfSet(String name, @Nullable Object value) {
    return value == null ? this : add(name, value);
  }

  /** Adds {@code name="text"} only when {@code text} is not null. */
  Summary quoteIfSet(String name, @Nullable String text) {
    return text == null ? this : quote(name, text);
  }

  @Override
  public String toString() {
    return sb.toString() + ']';
  }

  /**
   * The first {@link #SHOWN} characters of {@code s} with line breaks and tabs written as escapes,
   * "…" when cut.
   */
  static String cut(String s) {
    int end = Math.min(s.length(), SHOWN);
    if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    StringBuilder out = new StringBuilder(end + 4);
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> out.append(c);
      }
    }
    return end < s.length() ? out.append('…').toString() : out.toString();
  }
}

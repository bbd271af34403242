package io.github.workreport.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a line of page facts ("来源/ 酒泉日报 作者/ 时间/2023-08-02 14:39:06", "(来源:青海日报)") into its
 * key-value fields. Stateless.
 */
public final class MetadataLine {
  private MetadataLine() {}

  /**
   * One field.
   *
   * @param key the key as listed in {@link LineRules#METADATA_KEYS}
   * @param value the value, trimmed; may be empty
   */
  public record Field(String key, String value) {}

  /** Returns the fields of {@code norm} when it opens with a key, else an empty list. */
  public static List<Field> read(String norm) {
    List<Field> fields = new ArrayList<>();
    if (norm.length() > LineRules.FURNITURE_MAX) {
      return fields;
    }
    int p = skip(norm, 0);
    if (p < norm.length()
        && (norm.charAt(p) == '(' || norm.charAt(p) == '[' || norm.charAt(p) == '【')) {
      p = skip(norm, p + 1);
    }
    int[] key = keyAt(norm, p);
    if (key == null) {
      // "2024-03-18 08:15 来源:青河日报": a publication time may stand before the first key
      DateReader.Found d = DateReader.find(norm, p);
      if (d != null && d.start() == p) {
        int q = d.end();
        while (q < norm.length()
            && (norm.charAt(q) == ' '
                || norm.charAt(q) == ':'
                || Character.isDigit(norm.charAt(q)))) {
          q++;
        }
        key = keyAt(norm, q);
        if (key != null) {
          fields.add(new Field("日期", norm.substring(p, d.end())));
        }
      }
    }
    while (key != null) {
      String name = LineRules.METADATA_KEYS.get(key[0]);
      int valueStart = key[1];
      int next = norm.length();
      int[] following = null;
      for (int j = valueStart; j < norm.length(); j++) {
        int[] k = keyAt(norm, j);
        if (k != null) {
          next = j;
          following = k;
          break;
        }
      }
      fields.add(new Field(name, clean(norm.substring(valueStart, next))));
      key = following;
    }
    return fields;
  }

  /**
   * Returns {index of key, offset after its separator} when a key and separator stand at {@code p}.
   */
  private static int[] keyAt(String s, int p) {
    for (int k = 0; k < LineRules.METADATA_KEYS.size(); k++) {
      String key = LineRules.METADATA_KEYS.get(k);
      if (s.startsWith(key, p)) {
        int q = skip(s, p + key.length());
        if (q < s.length() && (s.charAt(q) == ':' || s.charAt(q) == '/')) {
          return new int[] {k, skip(s, q + 1)};
        }
      }
    }
    return null;
  }

  private static String clean(String v) {
    String t = v.strip();
    while (!t.isEmpty() && (t.endsWith(")") || t.endsWith("】") || t.endsWith("|"))) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t;
  }

  private static int skip(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}

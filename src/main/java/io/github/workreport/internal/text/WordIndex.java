package io.github.workreport.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a fixed list of words starts or ends at a position, longest first, with one probe
 * of a small open-addressed table keyed by the word's first (or last) character instead of a scan
 * of the whole list. Immutable and thread-safe.
 */
public final class WordIndex {
  private final Table byFirst;
  private final Table byLast;

  /** An index of {@code words}; empty words are ignored. */
  public WordIndex(List<String> words) {
    List<String> sorted = new ArrayList<>();
    for (String w : words) {
      if (!w.isEmpty() && !sorted.contains(w)) {
        sorted.add(w);
      }
    }
    sorted.sort(
        Comparator.comparingInt(String::length)
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    Map<Character, List<String>> first = new LinkedHashMap<>();
    Map<Character, List<String>> last = new LinkedHashMap<>();
    for (String w : sorted) {
      first.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      last.computeIfAbsent(w.charAt(w.length() - 1), k -> new ArrayList<>()).add(w);
    }
    byFirst = new Table(first);
    byLast = new Table(last);
  }

  /** The longest word that starts at {@code at} in {@code s}, or null. */
  public String at(String s, int at) {
    return at(s, at, s.length());
  }

  /** The longest word that starts at {@code at} and ends by {@code limit} in {@code s}, or null. */
  public String at(String s, int at, int limit) {
    if (at < 0 || at >= limit) {
      return null;
    }
    String[] candidates = byFirst.get(s.charAt(at));
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      if (at + w.length() <= limit && s.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }

  /**
   * The words that start with {@code c}, longest first, or null; the array is not to be changed.
   */
  public String[] startingWith(char c) {
    return byFirst.get(c);
  }

  /**
   * The longest word that ends at {@code end} (exclusive) and starts at or after {@code from}, or
   * null.
   */
  public String endingAt(String s, int from, int end) {
    if (end <= from || end > s.length()) {
      return null;
    }
    String[] candidates = byLast.get(s.charAt(end - 1));
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      if (end - w.length() >= from && s.startsWith(w, end - w.length())) {
        return w;
      }
    }
    return null;
  }

  /** Whether any word stands wholly inside {@code s[from, to)}; linear in {@code to - from}. */
  public boolean occursIn(String s, int from, int to) {
    int end = Math.min(to, s.length());
    for (int i = Math.max(0, from); i < end; i++) {
      if (at(s, i, end) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Characters to candidate words (longest first), open-addressed so that a probe allocates
   * nothing.
   */
  private static final class Table {
    private final char[] keys;
    private final String[][] values;
    private final int mask;

    /** One bit per low ten bits of a key: rules out almost every character with one test. */
    private final long[] filter = new long[16];

    Table(Map<Character, List<String>> map) {
      int size = Integer.highestOneBit(Math.max(4, map.size() * 4 - 1)) << 1;
      keys = new char[size];
      values = new String[size][];
      mask = size - 1;
      for (Map.Entry<Character, List<String>> e : map.entrySet()) {
        int slot = e.getKey() & mask;
        while (values[slot] != null) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = e.getKey();
        filter[(e.getKey() >>> 6) & 15] |= 1L << (e.getKey() & 63);
        values[slot] = e.getValue().toArray(String[]::new);
      }
    }

    String[] get(char c) {
      if ((filter[(c >>> 6) & 15] & (1L << (c & 63))) == 0) {
        return null;
      }
      int slot = c & mask;
      while (values[slot] != null) {
        if (keys[slot] == c) {
          return values[slot];
        }
        slot = (slot + 1) & mask;
      }
      return null;
    }
  }
}

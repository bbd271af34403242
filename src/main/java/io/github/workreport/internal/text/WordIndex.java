package io.github.workreport.internal.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of a fixed list of words starts at a position, longest first, with one map probe by
 * the first character instead of a scan of the whole list. Immutable and thread-safe.
 */
public final class WordIndex {
  private final Map<Character, List<String>> byFirst = new HashMap<>();

  /** An index of {@code words}; empty words are ignored. */
  public WordIndex(List<String> words) {
    List<String> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String w : sorted) {
      if (!w.isEmpty()) {
        byFirst.computeIfAbsent(w.charAt(0), k -> new ArrayList<>()).add(w);
      }
    }
  }

  /** The longest word that starts at {@code at} in {@code s}, or null. */
  public String at(String s, int at) {
    if (at < 0 || at >= s.length()) {
      return null;
    }
    List<String> candidates = byFirst.get(s.charAt(at));
    if (candidates == null) {
      return null;
    }
    for (String w : candidates) {
      if (s.startsWith(w, at)) {
        return w;
      }
    }
    return null;
  }
}

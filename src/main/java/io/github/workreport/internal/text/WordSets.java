package io.github.workreport.internal.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several fixed word lists looked for in one pass: {@link #hits} finds where a word of any list
 * stands in a string, and the hits then answer, for any list and range, whether one of its words
 * stands wholly inside the range, by a binary search instead of a scan of the range. Immutable and
 * thread-safe.
 */
public final class WordSets {
  private final WordIndex index;
  private final Map<String, Integer> sets = new HashMap<>();

  /** The lists, numbered by their order; at most 31, empty words ignored. */
  public WordSets(List<List<String>> lists) {
    if (lists.size() > 31) {
      throw new IllegalArgumentException("at most 31 lists: " + lists.size());
    }
    List<String> all = new ArrayList<>();
    for (int k = 0; k < lists.size(); k++) {
      for (String w : lists.get(k)) {
        if (!w.isEmpty()) {
          all.add(w);
          sets.merge(w, 1 << k, (a, b) -> a | b);
        }
      }
    }
    index = new WordIndex(all);
  }

  /** Where the words of every list stand in {@code s}; linear in its length. */
  public Hits hits(String s) {
    Hits h = new Hits();
    for (int i = 0; i < s.length(); i++) {
      String[] candidates = index.startingWith(s.charAt(i));
      if (candidates != null) {
        for (String w : candidates) {
          if (s.startsWith(w, i)) {
            h.add(i, i + w.length(), sets.get(w));
          }
        }
      }
    }
    return h;
  }

  /** The words found in one string, in order of where they start. Not thread-safe while built. */
  public static final class Hits {
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int[] masks = new int[8];
    private int size;

    private void add(int start, int end, int mask) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        masks = Arrays.copyOf(masks, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      masks[size] = mask;
      size++;
    }

    /** Whether a word of list {@code list} stands wholly inside {@code [from, to)}. */
    public boolean any(int list, int from, int to) {
      return next(list, from, to, from) >= 0;
    }

    /**
     * Where the first word of list {@code list} that stands wholly inside {@code [from, to)} and
     * starts at or after {@code after} starts, or -1; stepping {@code after} past each answer
     * visits them all.
     */
    public int next(int list, int from, int to, int after) {
      int bit = 1 << list;
      int lo = Math.max(from, after);
      int k = Arrays.binarySearch(starts, 0, size, lo);
      // several words may start at one place: step back to the first of them
      int i = k >= 0 ? k : -k - 1;
      while (i > 0 && starts[i - 1] >= lo) {
        i--;
      }
      for (; i < size && starts[i] < to; i++) {
        if ((masks[i] & bit) != 0 && ends[i] <= to) {
          return starts[i];
        }
      }
      return -1;
    }
  }
}

package io.github.workreport.internal.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The Simplified form of each Traditional character, one character for one, so that a folded text
 * keeps its length and its offsets. Immutable and thread-safe.
 *
 * <p>The table is ICU's {@code Hant-Hans} transliteration applied to one character at a time, kept
 * as the resource {@code hant-hans.txt} beside this class: building the transliterator takes ICU
 * about 0.4 s on a cold JVM, longer than a whole parse of a report, while reading the table takes
 * about a millisecond. {@code HantHansTableTest} checks that the resource is what ICU gives. Where
 * ICU's Simplified form is not one character of the Basic Multilingual Plane (some rare characters
 * whose Simplified form was encoded later, outside it) the character stays as it is, and so does a
 * character whose conversion depends on its neighbours (ICU's phrase rules): a rule reads it as
 * written.
 *
 * <p>A few characters that ICU converts are also standard Simplified characters with words of their
 * own ({@link #KEPT}): folding them would turn the Simplified "与时俱进" or "苎麻" into other words, so
 * they stay as they are.
 */
final class HantHansTable {
  /** The resource, one line per character: the Traditional character, then its Simplified form. */
  static final String RESOURCE = "hant-hans.txt";

  /** The first and last characters the table can change: CJK Extension A to the unified block. */
  static final char FIRST = '\u3400';

  static final char LAST = '\u9FFF';

  /**
   * Characters of the Table of General Standard Chinese Characters (2013) that ICU's Hant-Hans
   * changes although a Traditional text never writes another character with them, kept as written:
   * 俱 (与时俱进, not 具), 苎 (苎麻; ICU gives its variant 苧). Others that ICU changes stand for a
   * Simplified character in Traditional text (著力 for 着力, 瞭解 for 了解, 乾燥 for 干燥) and fold to it; the
   * Simplified "显著" then reads as "显着" on both sides of a comparison.
   */
  static final String KEPT = "俱苎";

  private static final char[] SIMPLIFIED = load();

  private HantHansTable() {}

  /** The Simplified form of {@code c}, or {@code c} itself when it has none. */
  static char simplified(char c) {
    char s = c >= FIRST && c <= LAST ? SIMPLIFIED[c - FIRST] : 0;
    return s == 0 ? c : s;
  }

  /**
   * Writes the Simplified form of every character that has one into {@code fold}, indexed by the
   * character; leaves the other slots as they are.
   */
  static void copyInto(char[] fold) {
    for (int i = 0; i < SIMPLIFIED.length; i++) {
      if (SIMPLIFIED[i] != 0) {
        fold[FIRST + i] = SIMPLIFIED[i];
      }
    }
  }

  /** From {@link #FIRST} on, each character's Simplified form, or 0 where it has none. */
  private static char[] load() {
    char[] table = new char[LAST - FIRST + 1];
    try (InputStream in = HantHansTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.length() == 2 && line.charAt(0) >= FIRST && line.charAt(0) <= LAST) {
          table[line.charAt(0) - FIRST] = line.charAt(1);
        } else if (!line.isEmpty() && line.charAt(0) != '#') {
          throw new IllegalStateException("not a line of " + RESOURCE + ": " + line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }
}

package io.github.workreport.internal.target;

/**
 * Where the sentences of a folded paragraph end, for the target reading: at 。, !, ? and ;, and at a
 * full stop written as "." between letters that are not ASCII letters or digits ("万吨.过去"; not
 * "5.2%" nor "No.1").
 *
 * <p>A caller steps from one end to the next rather than looping over the characters itself, so
 * that its loop turns once a sentence: a loop over characters in the caller is compiled on stack,
 * with all of its sentence reading inlined into it, which was the costliest compilation of a short
 * batch run.
 */
final class SentenceEnds {
  private SentenceEnds() {}

  /** The index of the first sentence end in {@code n} at or after {@code from}, or its length. */
  static int next(String n, int from) {
    int i = from;
    while (i < n.length() && !isEnd(n.charAt(i)) && !(n.charAt(i) == '.' && isStop(n, i))) {
      i++;
    }
    return i;
  }

  /** Whether the "." at {@code i} stands between two letters of neither a word nor a number. */
  private static boolean isStop(String n, int i) {
    return i > 0
        && !isWordLetter(n.charAt(i - 1))
        && (i + 1 == n.length() || !isWordLetter(n.charAt(i + 1)));
  }

  private static boolean isWordLetter(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == ';';
  }
}

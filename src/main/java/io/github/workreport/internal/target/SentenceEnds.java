package io.github.workreport.internal.target;

/**
 * Where the sentences of a folded paragraph end, for the target reading: at 。, !, ? and ;.
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
    while (i < n.length() && !isEnd(n.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isEnd(char c) {
    return c == '。' || c == '!' || c == '?' || c == ';';
  }
}

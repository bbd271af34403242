package io.github.workreport.internal.target;

/**
 * Tells a clause that only says where figures come from ("据四川省试点的84个地方企业的统计", "根据十六个省、市…的调查"): the
 * counts in it size the sample of a survey and are no quantities of the report. Stateless.
 */
final class SourceFrames {
  private SourceFrames() {}

  /** Words that open a clause of source. */
  private static final String[] OPENERS = {"根据", "据"};

  /** Words that close it: the survey or count the figures come from. */
  private static final String[] SOURCES = {"统计", "调查", "测算", "抽查"};

  /** The longest clause of source: a longer clause says more than where its figures come from. */
  private static final int SOURCE_MAX = 40;

  /** Whether clause {@code c} is a clause of source and nothing else. */
  static boolean isSource(Clause c) {
    String n = c.folded();
    int from = c.from();
    int to = c.to();
    while (from < to && SubjectReader.isEdgeMark(n.charAt(from))) {
      from++;
    }
    while (to > from && SubjectReader.isEdgeMark(n.charAt(to - 1))) {
      to--;
    }
    if (to - from > SOURCE_MAX || !opens(n, from)) {
      return false;
    }
    for (String w : SOURCES) {
      if (to - w.length() > from && n.startsWith(w, to - w.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean opens(String n, int from) {
    return opener(n, from) > 0;
  }

  /** The length of the word of source at {@code from}, or 0. */
  private static int opener(String n, int from) {
    for (String w : OPENERS) {
      if (n.startsWith(w, from)) {
        return w.length();
      }
    }
    return 0;
  }

  /** The longest short frame of source that opens a subject ("据初步统计", "据不完全统计"). */
  private static final int SHORT_SOURCE_MAX = 8;

  /**
   * The start of {@code n[from, to)} after a short frame of source that opens it ("据统计全省新建学校"
   * leaves "全省新建学校"), or {@code from}.
   */
  static int afterSource(String n, int from, int to) {
    int open = opener(n, from);
    if (open == 0) {
      return from;
    }
    int limit = Math.min(to, from + SHORT_SOURCE_MAX);
    for (int k = from + open; k < limit; k++) {
      for (String w : SOURCES) {
        if (n.startsWith(w, k) && k + w.length() < to) {
          return k + w.length();
        }
      }
    }
    return from;
  }
}

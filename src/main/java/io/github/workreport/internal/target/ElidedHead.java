package io.github.workreport.internal.target;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.target.TargetRules.VerbKind;

/**
 * Names a count whose noun is left out after a clause on 的 ("其中本年开始建设的271个"): the things the figure
 * before it counted, qualified by the clause. Stateless.
 */
final class ElidedHead {
  private ElidedHead() {}

  /**
   * "全年施工的更新改造项目七万四千个，全部建成的三万九千个": a count right after a clause that ends on 的 with no noun counts
   * the things the figure before it counted, the clause qualifying them; null otherwise.
   */
  static String name(Clause c, int seg, Figure f, Carried carried) {
    String n = c.folded();
    int of = f.start() - 1;
    if (carried.subject() == null
        || of <= seg
        || n.charAt(of) != '的'
        || !CountWords.isClassifier(f.unit())
        || !NounAfter.read(n, f.end(), c.to()).isEmpty()) {
      return null;
    }
    int from = seg;
    while (from < of && SubjectReader.isEdgeMark(n.charAt(from))) {
      from++;
    }
    from += n.startsWith("其中", from) ? 2 : 0; // "继续建设的": the adverbs qualify the things counted
    Range relative = new Range(from, of);
    if (relative.isEmpty() || !holdsVerb(n, relative)) {
      return null;
    }
    String head = carried.subject();
    head = head.substring(head.lastIndexOf('的') + 1);
    return head.length() < TargetRules.MIN_NAME_LETTERS
        ? null
        : c.words(relative).strip() + "的" + head;
  }

  /**
   * Whether a verb of work stands in {@code r} ("全部建成的") and no verb of measure ("增加到一九八七年的"),
   * which would make the figure a level reached by what was named before.
   */
  private static boolean holdsVerb(String n, Range r) {
    boolean work = false;
    for (int i = r.from(); i < r.to(); i++) {
      String v = TargetRules.VERB_INDEX.at(n, i, r.to());
      VerbKind k = v == null ? null : TargetRules.kindOf(v);
      if (k == VerbKind.GROWTH
          || k == VerbKind.DECLINE
          || k == VerbKind.TO_LEVEL
          || k == VerbKind.LEVEL && v.length() > 1
          || k == VerbKind.COMPARE) {
        return false;
      }
      work |= v != null && v.length() > 1 && (k == VerbKind.INCREMENT || k == VerbKind.ACTION);
    }
    return work;
  }
}

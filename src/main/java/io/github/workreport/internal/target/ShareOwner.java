package io.github.workreport.internal.target;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.TextNormalizer;

/**
 * Whether a share ("占本年预算收入的47.02%") or a contribution ("对全球经济增长的贡献率超过30%") named with no subject
 * of its own belongs to the subject of the figure before it in the sentence. Stateless.
 */
final class ShareOwner {
  private ShareOwner() {}

  /** The rate of what a subject adds to the growth of a whole. */
  private static final String CONTRIBUTION = "贡献率";

  /**
   * Whether the subject carried over owns the share or contribution that {@code r} of {@code n}
   * names; not when that subject is a contribution itself ("消费贡献率…，对…贡献率").
   */
  static boolean owns(String n, Range r, Carried carried) {
    return isShare(n, r) && carried.subject() != null && !carried.subject().endsWith(CONTRIBUTION);
  }

  /**
   * Who owns the share or contribution that {@code r} of {@code n} names: the subject carried over
   * as {@link #owns} says, else the topic of the clause before when no figure named a subject
   * ("其中参加高级合作社的农户，已经占总农户的60%"); null when neither.
   */
  static String owner(String n, Range r, Carried carried) {
    if (owns(n, r, carried)) {
      return carried.subject();
    }
    String topic = carried.topic();
    return carried.subject() == null && topic != null && n.charAt(r.from()) == '占' && isShare(n, r)
        ? isNoun(topic) ? topic : null
        : null;
  }

  /**
   * Whether a topic is a noun phrase ("参加高级合作社的农户"), not a clause with a verb after its last 的
   * ("出口额跃居世界第一位").
   */
  private static boolean isNoun(String topic) {
    String t = TextNormalizer.normalize(topic);
    for (int i = t.lastIndexOf('的') + 1; i < t.length(); i++) {
      String v = TargetRules.VERB_INDEX.at(t, i, t.length());
      if (v != null && v.length() > 1 && TargetRules.kindOf(v) != TargetRules.VerbKind.NOUN) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a subject is a share of something whose own subject stands before it ("占本年预算收入"), or
   * the contribution of that subject to something ("对全球经济增长的贡献率").
   */
  private static boolean isShare(String n, Range r) {
    return r.length() > 2
        && (n.charAt(r.from()) == '占' && "比地用".indexOf(n.charAt(r.from() + 1)) < 0
            || n.charAt(r.from()) == '对'
                && n.startsWith(CONTRIBUTION, r.to() - CONTRIBUTION.length()));
  }
}

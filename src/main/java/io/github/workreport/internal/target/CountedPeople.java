package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;

/**
 * People or households counted by what happens to them ("约6700万人受益", "600万个家庭受益",
 * "帮扶42.6万人消除返贫致贫风险"): the figure counts the people, so its name is what they did or underwent
 * followed by who they are (受益人数, 受益家庭, 消除返贫致贫风险人数), not the bare verb nor the bare noun. A count
 * of people with no noun of its own takes 人数 (人次 for visits, 户数 for households), the word
 * statistics use for such counts. Stateless.
 */
final class CountedPeople {
  private CountedPeople() {}

  /**
   * {@code name} as the people counted by figure {@code f} in the folded text {@code n}, or {@code
   * name} unchanged when it does not stand right after the figure or the figure counts no people.
   */
  static String name(String n, Figure f, String name) {
    if (name.isEmpty() || f.unit() == null) {
      return name;
    }
    String folded = TextNormalizer.normalize(name);
    int at = f.end();
    while (at < n.length() && n.charAt(at) == ' ') {
      at++;
    }
    if (!n.startsWith(folded, at)) {
      return name;
    }
    String noun = nounOfCount(f.unit());
    // "就业困难人员" is who was counted, not what they did; "进城落户" ends in a thing's letter only
    boolean thing = !CountWords.VERBS_AS_NAMES.contains(folded) && CountedHead.isThing(folded);
    if (noun != null && !thing && opensWithVerb(folded)) {
      return name + noun; // "约6700万人受益" → 受益人数
    }
    String verb = verbAfter(n, at + folded.length());
    boolean counted = CountWords.isClassifier(f.unit()) || noun != null;
    return verb != null && counted && !folded.startsWith(verb) ? verb + name : name;
  }

  /** The noun a count of people with no noun of its own takes, or null for another unit. */
  private static String nounOfCount(String unit) {
    return switch (unit) {
      case "人" -> "人数";
      case "人次" -> "人次";
      case "户" -> "户数";
      default -> null;
    };
  }

  /** Whether the words after a count of people open with a verb: they say what the people did. */
  private static boolean opensWithVerb(String folded) {
    for (String v : CountWords.VERBS_AS_NAMES) {
      if (folded.startsWith(v)) {
        return true;
      }
    }
    String v = TargetRules.VERB_INDEX.at(folded, 0, folded.length());
    return v != null && v.length() >= 2 && TargetRules.kindOf(v) != TargetRules.VerbKind.NOUN;
  }

  /**
   * A verb at {@code at} that ends the clause and says what befell those named before it ("家庭受益。"),
   * or null; a verb with an object after it ("落户河北", "入住新居") says where they went.
   */
  private static String verbAfter(String n, int at) {
    for (String v : CountWords.VERBS_AS_NAMES) {
      int end = at + v.length();
      if (n.startsWith(v, at) && (end >= n.length() || !Punctuation.isHan(n.charAt(end)))) {
        return v;
      }
    }
    return null;
  }
}

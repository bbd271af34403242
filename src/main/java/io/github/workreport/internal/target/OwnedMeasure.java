package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;

/**
 * A short measure named right before its figure, with 的 and a noun after the figure
 * ("全长3046公里的…生态屏障", "总投资120亿元的…工程"): the figure qualifies that noun, so the name is the noun's
 * measure (…生态屏障全长, …工程总投资), not the bare measure nor the list it ends ("投资近千亿元、全长"). Stateless.
 */
final class OwnedMeasure {
  private OwnedMeasure() {}

  /** The most letters a bare measure before its figure has ("全长", "总投资", "装机容量"). */
  private static final int MEASURE_MAX = 4;

  /**
   * {@code name} as the measure of the noun after figure {@code f} and its 的, or {@code name}
   * unchanged when the clause is not so built.
   */
  static String name(Clause c, Figure f, String name) {
    String n = c.folded();
    int de = f.end();
    if (name.isEmpty() || de >= c.to() || n.charAt(de) != '的' || !measuresBefore(n, f, name)) {
      return name;
    }
    NounAfter after = NounAfter.read(n, de + 1, c.to());
    if (after.isEmpty() || after.verbLed()) {
      return name;
    }
    Range owner = CountedHead.subjectHead(n, after.range(), c.to());
    if (!isOwner(n, owner, c.to())) {
      return name;
    }
    String folded = TextNormalizer.normalize(name);
    int cut = Math.max(folded.lastIndexOf('、'), folded.lastIndexOf(','));
    return c.words(owner).strip() + name.substring(cut + 1);
  }

  /**
   * Whether {@code n[owner)} can own the measure: one thing, not a list ("电站和工业锅炉", "格尔木东、海南…基地"),
   * not a word for a figure itself ("…的指标"), and not cut before an act inside its name ("医疗|救治体系",
   * "粮食|储备库").
   */
  private static boolean isOwner(String n, Range owner, int to) {
    String w = n.substring(owner.from(), owner.to());
    if (SubjectReader.letters(n, owner) < TargetRules.MIN_NAME_LETTERS
        || TargetRules.GENERIC.contains(w)
        || NOT_OWNERS.stream().anyMatch(w::endsWith)
        || owner.to() < to && FigureReader.isListMark(n.charAt(owner.to()))) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if ("和、及与".indexOf(w.charAt(i)) >= 0) {
        return false;
      }
    }
    if (CountWords.STOP_INDEX.at(n, owner.to(), to) != null) {
      return true; // "…电站开工建设": a word that ends a counted noun begins the predicate
    }
    String v = TargetRules.VERB_INDEX.at(n, owner.to(), to);
    TargetRules.VerbKind k = v == null ? null : TargetRules.kindOf(v);
    return k != TargetRules.VerbKind.ACTION && k != TargetRules.VerbKind.INCREMENT;
  }

  /**
   * Letters a measure named before its figure ends in: those of a measure, a size ("全长", "面积",
   * "库容", "规模") or a sum ("总投资", "年产").
   */
  private static final String MEASURE_LAST = TargetRules.MEASURE_ENDINGS + "长宽高深资产容模积";

  /** Words after a figure's 的 that name the figure, not a thing it measures. */
  private static final java.util.List<String> NOT_OWNERS =
      java.util.List.of("指标", "目标", "任务", "资金", "水平");

  /**
   * Whether the name's last part is a bare measure written right before the figure: a few letters,
   * no verb that acts, at most two letters before the figure ("总投资约"), and no rate or count (a
   * share or a count before 的 qualifies otherwise).
   */
  private static boolean measuresBefore(String n, Figure f, String name) {
    String folded = TextNormalizer.normalize(name);
    String part = folded.substring(Math.max(folded.lastIndexOf('、'), folded.lastIndexOf(',')) + 1);
    if (part.length() < 2
        || part.length() > MEASURE_MAX
        || MEASURE_LAST.indexOf(part.charAt(part.length() - 1)) < 0
        || f.isRate()
        || CountWords.isClassifier(f.unit())
        || n.lastIndexOf(part, f.start() - part.length()) < f.start() - part.length() - 2) {
      return false;
    }
    int at = n.lastIndexOf(part, f.start() - part.length());
    for (int i = at + part.length(); i < f.start(); i++) {
      if (!Punctuation.isHan(n.charAt(i))) {
        return false; // "水利工程，五千五百公里…": a measure of another clause
      }
    }
    for (int i = 0; i < part.length(); i++) {
      String v = TargetRules.VERB_INDEX.at(part, i, part.length());
      boolean acts = v != null && TargetRules.kindOf(v) != TargetRules.VerbKind.NOUN;
      if (!Punctuation.isHan(part.charAt(i)) || "了的".indexOf(part.charAt(i)) >= 0 || acts) {
        return false; // "用来铺设": an act, not a measure
      }
    }
    return true;
  }
}

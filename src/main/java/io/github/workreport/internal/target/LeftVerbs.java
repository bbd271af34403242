package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.target.TargetRules.VerbKind;

/**
 * Verbs that open a subject and act on what follows ("新建高标准农田", "建设改造城镇地下管网"): the object they
 * leave names the figure, unless the whole is an established name ("新增城镇就业", "新开工项目") or an amount
 * named by the work it pays for ("更新改造投资"). Stateless.
 */
final class LeftVerbs {
  private LeftVerbs() {}

  /** The object after an action verb that opens the subject ("新建高标准农田"), or null when none. */
  static Range objectOfLeftVerb(Clause c, Range subject) {
    String n = c.folded();
    String w = leftVerbAt(n, subject.from(), subject.to());
    if (w == null || isNamed(n, subject) || IndicatorKeys.knows(c.words(subject))) {
      return null;
    }
    int o = subject.from();
    String v = w;
    // serial verbs ("建设改造", "开工改造") go too, while a name of two letters or more is left ("招聘会")
    while (v != null
        && isLeftVerb(n, o, v, subject.to())
        && (o == subject.from() || subject.to() - o - v.length() >= 2)) {
      o += v.length();
      // "新建和改造", "新建、改扩建": verbs joined by a mark act on one object
      int joined = o < subject.to() && "和、及与或".indexOf(n.charAt(o)) >= 0 ? o + 1 : o;
      String next = leftVerbAt(n, joined, subject.to());
      if (joined > o && next != null && isLeftVerb(n, joined, next, subject.to())) {
        o = joined;
      }
      v = leftVerbAt(n, o, subject.to());
    }
    if (o == subject.from()) {
      return null;
    }
    Range object = SubjectReader.trim(n, o, subject.to());
    String w2 = TargetRules.VERB_INDEX.at(n, object.from(), object.to());
    if (w2 != null
        && object.from() + w2.length() == object.to()
        && TargetRules.kindOf(w2) == VerbKind.NOUN) {
      return null; // "更新改造投资": an amount named by the work it pays for is one noun
    }
    return object.isEmpty() ? null : object;
  }

  /**
   * Whether the subject is an established name that opens with a verb: the whole of it ("新增就业", not
   * "新增就业岗位"), a name with a measure word after it ("接待游客人次"), or 新开工….
   */
  static boolean isNamed(String n, Range subject) {
    String named = TargetRules.NAMED_INDEX.at(n, subject.from(), subject.to());
    if (named == null) {
      return false;
    }
    int end = subject.from() + named.length();
    if (named.equals("新开工")) {
      // "新开工项目", but not "新开工改造老旧小区" nor "新开工" alone
      return end < subject.to() && TargetRules.VERB_INDEX.at(n, end, subject.to()) == null;
    }
    return end == subject.to()
        || TargetRules.NAMED_TAILS.stream().anyMatch(t -> n.startsWith(t, end));
  }

  /** The longest verb at {@code at} that acts on what follows ("完成" of "完成投资"), or null. */
  static String leftVerbAt(String n, int at, int to) {
    String w = TargetRules.VERB_INDEX.at(n, at, to);
    if (w == null && at + 1 < to && n.charAt(at) == '新') {
      // "新打造", "新签约": 新 before a verb of new work belongs to it
      String v = TargetRules.VERB_INDEX.at(n, at + 1, to);
      VerbKind k = v == null ? null : TargetRules.kindOf(v);
      return k == VerbKind.INCREMENT || k == VerbKind.ACTION
          ? n.substring(at, at + 1 + v.length())
          : null;
    }
    while (w != null
        && (TargetRules.kindOf(w) == VerbKind.NOUN || TargetRules.kindOf(w) == VerbKind.COMPARE)) {
      w = w.length() > 1 ? TargetRules.VERB_INDEX.at(n, at, at + w.length() - 1) : null;
    }
    return w;
  }

  static boolean isLeftVerb(String n, int at, String verb, int to) {
    VerbKind k = TargetRules.kindOf(verb);
    int next = at + verb.length();
    // a one-letter verb opens many nouns ("用地", "达标"): only longer verbs are split off
    return verb.length() > 1
        && k != VerbKind.NOUN
        && k != VerbKind.COMPARE
        && next < to
        && TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(next)) < 0;
  }

  /** Whether the subject is nothing but a verb ("今年新开工700万套"): it names no thing. */
  static boolean isVerbOnly(String n, Range r) {
    String v = leftVerbAt(n, r.from(), r.to());
    return v != null && r.from() + v.length() == r.to() && TargetRules.kindOf(v) != VerbKind.NOUN;
  }
}

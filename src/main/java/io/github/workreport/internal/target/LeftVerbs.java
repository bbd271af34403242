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
    int asked = askedVerb(n, subject);
    if (asked > subject.from()) {
      Range act = objectOfLeftVerb(c, new Range(asked, subject.to()));
      // "为企业减负": after 为 a verb without an object leaves the phrase whole
      boolean benefit = n.startsWith(TargetRules.BENEFIT_MARK, subject.from());
      return act != null ? act : benefit ? null : new Range(asked, subject.to());
    }
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
    Range object = SubjectReader.trim(n, lastListedAct(n, o, subject.to()), subject.to());
    String w2 = TargetRules.VERB_INDEX.at(n, object.from(), object.to());
    if (w2 != null
        && object.from() + w2.length() == object.to()
        && TargetRules.kindOf(w2) == VerbKind.NOUN) {
      return null; // "更新改造投资": an amount named by the work it pays for is one noun
    }
    return object.isEmpty() ? null : object;
  }

  /**
   * The verb that acts on the subject's object: the verb that opens it, or the verb asked for after
   * a verb of asking ("提请…审议"); null when none.
   */
  static String actingVerb(String n, Range subject) {
    int asked = askedVerb(n, subject);
    int open = asked > subject.from() ? asked : subject.from();
    int last = lastActAt(n, open, subject.to());
    return leftVerbAt(n, last >= 0 ? last : open, subject.to());
  }

  /**
   * Where the verb asked for starts after a verb of asking and the body asked
   * ("提请|全国人大常委会|审议法律议案"), or -1 when the subject does not open with a verb of asking.
   */
  private static String requestVerbAt(String n, int at) {
    for (String v : TargetRules.REQUEST_VERBS) { // a loop: a stream here allocated at every figure
      if (n.startsWith(v, at)) {
        return v;
      }
    }
    return null;
  }

  private static int askedVerb(String n, Range subject) {
    // "为改造现有企业而引进的…": 为…而 frames a purpose, not whom the act is for
    boolean purpose =
        n.indexOf('而', subject.from()) >= 0 && n.indexOf('而', subject.from()) < subject.to();
    String ask =
        n.startsWith(TargetRules.BENEFIT_MARK, subject.from()) && !purpose
            ? TargetRules.BENEFIT_MARK
            : requestVerbAt(n, subject.from());
    if (ask == null) {
      return -1;
    }
    for (int i = subject.from() + ask.length(); i < subject.to(); i++) {
      String v = leftVerbAt(n, i, subject.to());
      if (v != null && isLeftVerb(n, i, v, subject.to())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * "开展财政事前评估和预算评审、压减资金42.6亿元": where a list of acts ends, the object of the last act names the
   * figure; returns where that object starts in {@code n[from, to)}, or {@code from}.
   */
  private static int lastListedAct(String n, int from, int to) {
    int at = lastActAt(n, from, to);
    return at < 0 ? from : at + leftVerbAt(n, at, to).length();
  }

  /**
   * Where the verb of the last act listed after a 、 in {@code n[from, to)} stands, or -1. A part of
   * fewer than three letters before the 、 is a verb of its own ("制定、修改、废止省政府规章": one object).
   */
  private static int lastActAt(String n, int from, int to) {
    int out = -1;
    int part = from;
    for (int i = from; i < to - 1; i++) {
      if (n.charAt(i) != '、') {
        continue;
      }
      boolean verbOnly = i - part < 3;
      part = i + 1;
      if (verbOnly) {
        continue;
      }
      String v = leftVerbAt(n, i + 1, to);
      int rest = v == null ? to : i + 1 + v.length();
      boolean acts =
          v != null
              && (isLeftVerb(n, i + 1, v, to)
                  || v.length() > 1
                      && TargetRules.OBJECTS_LIKE_CONTINUATIONS.stream()
                          .anyMatch(o -> n.startsWith(o, rest)));
      if (acts && to - rest >= 2) {
        out = i + 1;
      }
    }
    return out;
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
    // "降低费用": a verb of cutting before an object that opens with such a letter stays a verb
    boolean object =
        k == VerbKind.DECLINE
            && TargetRules.OBJECTS_LIKE_CONTINUATIONS.stream().anyMatch(o -> n.startsWith(o, next));
    return verb.length() > 1
        && k != VerbKind.NOUN
        && k != VerbKind.COMPARE
        && next < to
        && n.charAt(next) != '的' // "新增加的钢的生产能力": a verb before 的 qualifies the noun after it
        && (object || TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(next)) < 0);
  }

  /** Whether the subject is nothing but a verb ("今年新开工700万套"): it names no thing. */
  static boolean isVerbOnly(String n, Range r) {
    String v = leftVerbAt(n, r.from(), r.to());
    return v != null && r.from() + v.length() == r.to() && TargetRules.kindOf(v) != VerbKind.NOUN;
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.NumberReader;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.Units;
import java.util.List;

/**
 * The noun phrase right after a figure, which a count qualifies ("建设288个基础学科拔尖学生培养基地",
 * "13个大模型通过国家备案"): letters up to punctuation, another figure or the predicate, within {@link
 * TargetRules#NOUN_AFTER_MAX}. A verb that opens it ("用三十亿元建设职工住宅") is set aside.
 *
 * @param range where the noun stands; empty when none
 * @param verbLed whether a verb stood before it
 */
record NounAfter(Range range, boolean verbLed) {

  boolean isEmpty() {
    return range.isEmpty();
  }

  /** The noun phrase after a figure ending at {@code from}, up to {@code to}. */
  static NounAfter read(String n, int from, int to) {
    Range none = new Range(from, from);
    if (from >= to || n.charAt(from) == '的') {
      return new NounAfter(
          none, false); // "500亿元的基金": the figure qualifies what follows, named before it
    }
    int i = skipFigure(n, from, to);
    String v = CountWords.PURPOSE_INDEX.at(n, i, to);
    boolean verbLed =
        v != null
            && i + v.length() < to
            && TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(i + v.length())) < 0;
    if (verbLed) {
      i += v.length();
    }
    int j = i;
    boolean quoted = false;
    int inQuotes = 0; // a quoted name counts as one word towards the limit
    while (j < to
        && (quoted || isNameChar(n, j) || joins(n, i, j, to) || bracketEnd(n, i, j, to) > j)) {
      char c = n.charAt(j);
      int bracket = bracketEnd(n, i, j, to);
      if (bracket > j) {
        // "28个省(区、市)", "2147个县(市、区)": the bracket says which units the count takes in, and
        // ends the name but for a level ("市(地)级")
        j = bracket;
        if (j < to && n.charAt(j) == '级') {
          continue;
        }
        break;
      }
      if (j - i - inQuotes >= TargetRules.NOUN_AFTER_MAX) {
        return new NounAfter(none, false); // a clause, not a name
      }
      boolean adjective = joins(n, i, j, to);
      // "15个国家建立了邦交": a verb with 了 has begun
      boolean done =
          j > i && (j + 1 < to && n.charAt(j + 1) == '了' || j + 2 < to && n.charAt(j + 2) == '了');
      if (!quoted
          && !adjective
          && (done
              || isStop(n, j, to)
              || isMeasureVerb(n, j, to)
              || (j > i && isNumeral(n, j))
              || (j > i && isActionVerb(n, j, to, j >= i + TargetRules.MIN_ACTOR_LETTERS)))) {
        break;
      }
      quoted = c == '“' || (quoted && c != '”'); // "“县城—中心镇—重点村”发展轴": a quoted name is whole
      inQuotes += quoted ? 1 : 0;
      j++;
    }
    Range r = SubjectReader.trim(n, i, becomesAt(n, i, j, to));
    return new NounAfter(Punctuation.countHan(n, r.from(), r.to()) == 0 ? none : r, verbLed);
  }

  /**
   * Where the noun {@code n[i, j)} ends when a verb of change with 为 after it closes the run
   * ("14所高职院校划转为…", "3个乡调整为街道"): a word of two letters or more before 为 that names no thing is the
   * verb, whatever the verb, and so are verbs before it ("整合优化为"); {@code j} otherwise.
   */
  private static int becomesAt(String n, int i, int j, int to) {
    if (j >= to || n.charAt(j) != '为' || j - i < 2 + TargetRules.MIN_NAME_LETTERS) {
      return j;
    }
    List<String> words = CountedHead.words(n.substring(i, j));
    int end = j;
    // "整合优化为": serial verbs go together
    for (int k = words.size() - 1; k > 0; k--) {
      String w = words.get(k);
      if (w.length() < 2 || CountedHead.isThing(w) || end - w.length() - i < 2) {
        break;
      }
      end -= w.length();
    }
    return end;
  }

  /**
   * "国际性和全国性赛事", "困境、留守儿童", "国家和地区": a qualifier or a short noun before a list mark shares what
   * follows it; before 和, 及 or 与 only when no verb follows ("项目和建设…").
   */
  private static boolean joins(String n, int i, int j, int to) {
    return j > i
        && FigureReader.isListMark(n.charAt(j))
        && (n.charAt(j - 1) == '性'
            || n.startsWith("及以上", j)
            || n.startsWith("及以下", j)
            || j - i <= 2
                && j + 1 < to
                && Punctuation.isHan(n.charAt(j + 1))
                && !NumberReader.startsNumber(n, j + 1)
                && (n.charAt(j) == '、' || TargetRules.VERB_INDEX.at(n, j + 1, to) == null));
  }

  /**
   * Where a short bracket of unit names right after the noun closes ("省(区、市)", "县(区)"), or -1:
   * letters and list marks only, so that a bracket that says more ("(包括…，下同)") ends the name.
   */
  private static int bracketEnd(String n, int i, int j, int to) {
    if (j == i || n.charAt(j) != '(') {
      return -1;
    }
    int part = 0;
    for (int k = j + 1; k < to && k <= j + TargetRules.UNIT_BRACKET_MAX; k++) {
      char c = n.charAt(k);
      if (c == ')') {
        return part > 0 ? k + 1 : -1;
      }
      part = c == '、' && part > 0 ? 0 : part + 1;
      if (!Punctuation.isHan(c) && c != '、' || part > TargetRules.UNIT_NAME_MAX) {
        return -1;
      }
    }
    return -1;
  }

  /** Past a second figure right after the first ("2009户7433名贫困人口"): both count what follows. */
  private static int skipFigure(String n, int from, int to) {
    if (from < to && n.charAt(from) >= '0' && n.charAt(from) <= '9') {
      NumberReader.Number num = NumberReader.read(n, from);
      String unit = num == null ? null : Units.unitAt(n, num.end());
      int end = unit == null ? -1 : num.end() + unit.length();
      boolean classAfter =
          end >= 0 && (unit.equals("岁") || n.startsWith("以上", end) || n.startsWith("以下", end));
      if (unit != null && end < to && !classAfter) {
        return num.end() + unit.length();
      }
    }
    return from;
  }

  private static boolean isStop(String n, int j, int to) {
    String stop = CountWords.STOP_INDEX.at(n, j, to);
    if (stop != null
        && stop.length() == 1
        && (j + 2 <= to && TargetRules.NOT_SPLIT.contains(n.substring(j, j + 2))
            || j > 0 && TargetRules.CONJUNCTION_WORDS.contains(n.substring(j - 1, j + 1)))) {
      return false; // "和美乡村", "普及九年义务教育": the letter is part of a word
    }
    int after = j + (stop == null ? 0 : stop.length());
    return stop != null
        && !(stop.length() > 1
            && after < to
            && CountWords.STOP_CONTINUATIONS.indexOf(n.charAt(after)) >= 0);
  }

  /**
   * Another figure's numeral ("12个百亿元、70个…"): the name has ended; not a numeral of a phase, a line
   * or a class inside the name ("二期项目", "三号线").
   */
  private static boolean isNumeral(String n, int j) {
    boolean inName =
        j + 1 < n.length()
            && TargetRules.ORDINAL_CLASSIFIERS.indexOf(n.charAt(j + 1)) >= 0
            && ChineseNumerals.digit(n.charAt(j)) > 0;
    return NumberReader.startsNumber(n, j)
        && !(n.charAt(j) >= '0' && n.charAt(j) <= '9')
        && !inName;
  }

  /**
   * A verb of action inside the run ("贫困家庭学生免费提供教科书", "88个城市启动…试点"), unless it begins a noun
   * ("帮扶县"); a verb of new work only after a few letters ("长期建设国债" is one name).
   */
  private static boolean isActionVerb(String n, int j, int to, boolean afterFew) {
    String v = TargetRules.VERB_INDEX.at(n, j, to);
    if (v == null || v.length() < 2) {
      return false;
    }
    if (TargetRules.REQUEST_VERBS.contains(v)) {
      return true; // "9件地方性法规提请人大审议": a verb of asking names nothing ("提请人" is rare)
    }
    TargetRules.VerbKind k = TargetRules.kindOf(v);
    int after = j + v.length();
    boolean noun =
        after < to
            && (TargetRules.VERB_CONTINUATIONS.indexOf(n.charAt(after)) >= 0
                || CountWords.STOP_CONTINUATIONS.indexOf(n.charAt(after)) >= 0
                || n.startsWith("能力", after)); // "煤炭储备能力": the ability to act is a noun
    // "1.4万余家企业实施改造": a verb of new work before another verb is the predicate
    boolean serial = after < to && TargetRules.VERB_INDEX.at(n, after, to) != null;
    return (k == TargetRules.VerbKind.ACTION
            || (afterFew || serial) && k == TargetRules.VerbKind.INCREMENT)
        && !noun;
  }

  /** A verb that states a measure ("增长", "提高到"): the predicate has begun. */
  private static boolean isMeasureVerb(String n, int j, int to) {
    String v = TargetRules.VERB_INDEX.at(n, j, to);
    if (v == null || v.length() < 2) {
      return false;
    }
    TargetRules.VerbKind k = TargetRules.kindOf(v);
    return k == TargetRules.VerbKind.GROWTH
        || k == TargetRules.VerbKind.DECLINE
        || k == TargetRules.VerbKind.LEVEL
        || k == TargetRules.VerbKind.TO_LEVEL
        || k == TargetRules.VerbKind.COMPARE;
  }

  private static boolean isNameChar(String n, int j) {
    char c = n.charAt(j);
    if (Punctuation.isHan(c) && c != '。'
        || c == '“'
        || c == '”'
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')) {
      return true;
    }
    if (c >= '0' && c <= '9') {
      // "5G基站" is a name; "5个" starts another figure
      NumberReader.Number num = NumberReader.read(n, j);
      return num != null && Units.unitAt(n, num.end()) == null && num.fraction() == null;
    }
    return false;
  }
}

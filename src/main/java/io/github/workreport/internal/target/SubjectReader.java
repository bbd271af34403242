package io.github.workreport.internal.target;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;

/**
 * Narrows a stretch of folded text to the noun phrase it names: time, scope, modal and stance words
 * off both ends, a place acting as the subject off the start, what stands before a causative
 * ("力争使全国人口增长率") and after a modal ("集团购买力要按上年实际数额"), a comparison ("比上年", "较2020年") and a
 * from-frame ("从2020年的") off the end. Works on offsets so that the caller cuts the report's own
 * words; stateless.
 */
final class SubjectReader {
  private SubjectReader() {}

  /** A stretch {@code [from, to)} of a folded text. */
  record Range(int from, int to) {
    boolean isEmpty() {
      return to <= from;
    }

    int length() {
      return Math.max(0, to - from);
    }
  }

  /** The noun phrase of {@code n[lo, hi)} once framing words are cut from it. */
  static Range subject(String n, int lo, int hi) {
    Range r = trim(n, TimeFrames.afterSince(n, lo, hi), beforeComparison(n, lo, hi));
    r = trim(n, r.from(), beforeGoal(n, r.from(), r.to()));
    r = trim(n, r.from(), beforeCondition(n, r.from(), r.to()));
    r = new Range(afterCausative(n, r.from(), r.to()), r.to());
    r = trim(n, afterStipulation(n, r.from(), r.to()), r.to());
    int modal = beforeModal(n, r.from(), r.to());
    if (modal < r.to()) {
      Range action = actionAfterModal(n, modal, r.to());
      r = action != null ? action : new Range(r.from(), modal);
    }
    r = new Range(r.from(), beforeComparison(n, r.from(), r.to()));
    r = trim(n, r.from(), r.to());
    Range framed = NameFrames.cut(n, r);
    return framed == r ? r : trim(n, framed.from(), framed.to());
  }

  /**
   * The start of a subject after the plan or budget that sets it ("第一个五年计划规定工业总产值"), or {@code lo}.
   */
  static int afterStipulation(String n, int lo, int hi) {
    int k = hi - 2;
    while (k >= lo && !n.startsWith("规定", k)) {
      k--; // within the subject only: a search of the whole paragraph would make a parse quadratic
    }
    int at = k;
    boolean set =
        at >= lo + 2
            && at + 2 < hi
            && TargetRules.STIPULATING.stream().anyMatch(w -> n.startsWith(w, at - w.length()));
    return set ? at + 2 : lo;
  }

  /** The end of a subject before "预期目标" ("我国经济增长预期目标是在…"), or {@code hi}. */
  static int beforeGoal(String n, int lo, int hi) {
    for (int i = lo + 1; i + 4 <= hi; i++) {
      if (n.startsWith("预期目标", i)) {
        return i;
      }
    }
    return hi;
  }

  /**
   * The end of a subject before a condition it closes with ("…在明显提高质量和效益的基础上"), or {@code hi}; a
   * condition that opens it is a framing word at its start.
   */
  static int beforeCondition(String n, int lo, int hi) {
    if (hi - 3 < lo || !n.startsWith("基础上", hi - 3)) {
      return hi;
    }
    for (int at = hi - 4; at > lo; at--) {
      if (n.charAt(at) == '在') {
        return at;
      }
    }
    return hi;
  }

  /** {@code n[lo, hi)} without framing words at either end, nor a place acting as the subject. */
  static Range trim(String n, int lo, int hi) {
    int a = lo;
    int b = hi;
    boolean changed = true;
    while (changed && a < b) {
      changed = false;
      int cut;
      String w;
      if (isEdgeMark(n.charAt(a))) {
        a++;
      } else if (isEdgeMark(n.charAt(b - 1))
          && !(n.charAt(b - 1) == ')' && n.lastIndexOf('(', b - 1) >= a)) {
        b--;
      } else if (a + 2 < b
          && n.charAt(a + 1) == ')'
          && (isDigit(n.charAt(a))
              || ChineseNumerals.digit(n.charAt(a)) >= 0
              || n.charAt(a) == '十')) {
        a += 2; // "三)交通运输支出": the number of a list item
      } else if ((cut = listNumber(n, a, b)) > 0) {
        a += cut; // "10.发放城镇住房保障家庭租赁补贴"
      } else if (n.charAt(a) == '在'
          && b - a <= PlaceWords.PLACE_FRAME_MAX
          && b - a > 1
          && PlaceWords.NOT_PLACE_FRAME_AFTER.indexOf(n.charAt(a + 1)) < 0) {
        a = b; // "在城镇安排600万人": a frame of place names nothing
      } else if ((cut = TimeFrames.leading(n, a, b)) > 0) {
        a += cut;
      } else if ((cut = leadingWord(n, a, b)) > 0) {
        a += cut;
      } else if ((w = TargetRules.TRAILING_INDEX.endingAt(n, a, b)) != null
          && b - w.length() >= a
          && !(w.length() == 1
              && b - 2 >= a
              && TargetRules.NOT_SPLIT.contains(n.substring(b - 2, b)))) {
        b -= w.length();
      } else if ((cut = TimeFrames.trailing(n, a, b)) > 0) {
        b -= cut;
      } else if (b - a > 3
          && n.startsWith("计划", b - 2)
          && TargetRules.MEASURE_ENDINGS.indexOf(n.charAt(b - 3)) >= 0) {
        b -= 2; // "工农业总产值计划增长": the plan is no part of the name, "研发计划" keeps it
      } else if (n.startsWith("基础上", b - 3) && b - 3 >= a) {
        // "粮食总产量在上年大幅度增长的基础上": a frame of what was before names nothing; the words
        // before its 在 may
        int on = n.lastIndexOf('在', b - 4);
        b = Math.max(a, on);
      } else if (b - a > 3 && n.charAt(b - 2) == '每' && Punctuation.isHan(n.charAt(b - 1))) {
        b -= 2; // "小麦最低收购价平均每斤": the measure of the price is no part of its name
      } else if ((cut = place(n, a, b)) > 0) {
        a += cut;
      } else {
        continue;
      }
      changed = true;
    }
    return new Range(a, Math.max(a, b));
  }

  /**
   * The length of a framing word that opens {@code n[a, b)} ("全年", "力争"), or 0: not the letter of a
   * word ("使用"), nor a scope that opens a title ("全国重点实验室", "全国文明城市").
   */
  private static int leadingWord(String n, int a, int b) {
    String w = TargetRules.LEADING_INDEX.at(n, a, b);
    if (w == null || a + w.length() > b) {
      return 0;
    }
    int end = a + w.length();
    boolean inWord =
        w.length() == 1 && a + 2 <= b && TargetRules.NOT_SPLIT.contains(n.substring(a, a + 2))
            || end < b && TargetRules.LEADING_GUARD.indexOf(n.charAt(end)) >= 0
            || w.startsWith("全") && TargetRules.TITLES.stream().anyMatch(t -> n.startsWith(t, end));
    return inWord ? 0 : w.length();
  }

  /** The length of a list item's number ("10.", "3、", "十四是") at {@code a} before a letter, or 0. */
  static int listNumber(String n, int a, int b) {
    int k = a;
    while (k < b && k - a < 3 && (ChineseNumerals.digit(n.charAt(k)) > 0 || n.charAt(k) == '十')) {
      k++;
    }
    if (k > a && k + 1 < b && n.charAt(k) == '是') {
      return k + 1 - a; // "二是取消…", "十四是免费送戏下乡": the item of an enumeration
    }
    int i = a;
    while (i < b && isDigit(n.charAt(i))) {
      i++;
    }
    boolean mark =
        i > a
            && i + 1 < b
            && (n.charAt(i) == '.' || n.charAt(i) == '、')
            && Punctuation.isHan(n.charAt(i + 1));
    return mark ? i + 1 - a : 0;
  }

  static boolean isEdgeMark(char c) {
    return c == ',' || c == ':' || c == '、' || c == ' ' || c == '(' || c == ')' || c == '—'
        || c == ';' || c == '。' || c == '-' || c == '/' || c == '.' || c == '!' || c == '?';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The length of a place name acting as the subject at {@code a} ("嘉峪关市", "肃州区": three to six
   * letters ending in 市, 区, 县…), so that "嘉峪关市投入" leaves "投入"; "地区生产总值", "京津冀区域" are kept. 0 when
   * none.
   */
  static int place(String n, int a, int b) {
    for (int len = Math.min(6, b - a - 1); len >= 3; len--) {
      int end = a + len;
      if (PlaceWords.PLACE_ENDINGS.indexOf(n.charAt(end - 1)) < 0
          || PlaceWords.NOT_PLACES.contains(n.substring(end - 2, end))
          || PlaceWords.NOT_PLACES_3.contains(n.substring(end - 3, end))
          || PlaceWords.PLACE_CONTINUATIONS.indexOf(n.charAt(end)) >= 0) {
        continue;
      }
      boolean letters = true;
      for (int k = a; k < end; k++) {
        letters &= Punctuation.isHan(n.charAt(k));
      }
      if (letters && !containsIndicatorWord(n, a, end) && actsAsSubject(n, end, b)) {
        return len;
      }
    }
    return 0;
  }

  /**
   * Whether the whole of {@code r} is a place name ("其中肃州区增长6.5%": the place names no indicator).
   */
  static boolean isPlace(String n, Range r) {
    int len = r.length();
    if (len < 3
        || len > 6
        || PlaceWords.PLACE_ENDINGS.indexOf(n.charAt(r.to() - 1)) < 0
        || PlaceWords.NOT_PLACES.contains(n.substring(r.to() - 2, r.to()))
        || PlaceWords.NOT_PLACES_3.contains(n.substring(r.to() - 3, r.to()))
        || containsIndicatorWord(n, r.from(), r.to())) {
      return false;
    }
    for (int k = r.from(); k < r.to(); k++) {
      if (!Punctuation.isHan(n.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether what follows a would-be place shows it to be the actor: a verb, a modal or a framing
   * word ("嘉峪关市预计投入"), or a standard indicator ("肃州区地区生产总值"); "棚户区住房" is a name.
   */
  private static boolean actsAsSubject(String n, int at, int b) {
    return TargetRules.VERB_INDEX.at(n, at, b) != null
        || TargetRules.LEADING_INDEX.at(n, at, b) != null
        || TargetRules.MODAL_INDEX.at(n, at, b) != null
        || IndicatorKeys.knows(n.substring(at, b));
  }

  /** Whether a would-be place holds a word that only names things ("生产总值…市"), so is no place. */
  private static boolean containsIndicatorWord(String n, int a, int end) {
    String s = n.substring(a, end);
    return s.contains("生产")
        || s.contains("收入")
        || s.contains("投资")
        || s.contains("人口")
        || s.contains("企业")
        || s.contains("面积")
        || s.contains("总值")
        || s.contains("产业");
  }

  /**
   * The start of the subject after the last causative in {@code n[lo, hi)} ("力争使X"), or {@code lo}.
   */
  static int afterCausative(String n, int lo, int hi) {
    int found = lo;
    for (int i = lo; i < hi; i++) {
      String w = TargetRules.CAUSATIVE_INDEX.at(n, i, hi);
      if (w != null && i + w.length() < hi && standsAlone(n, i, w, lo)) {
        found = i + w.length();
        i += w.length() - 1;
      }
    }
    return found;
  }

  /** The end of the subject before the first modal after some words ("集团购买力要按…"), or {@code hi}. */
  static int beforeModal(String n, int lo, int hi) {
    for (int i = lo + 1; i < hi; i++) {
      String w = TargetRules.MODAL_INDEX.at(n, i, hi);
      if (w != null
          && standsAlone(n, i, w, lo)
          && Punctuation.countHan(n, lo, i) >= TargetRules.MIN_NAME_LETTERS) {
        return i;
      }
    }
    return hi;
  }

  /**
   * What follows a modal when it opens with a verb of action ("中央财政拟安排补贴资金"): the verb and its
   * object, which name the figure; null when no such verb follows.
   */
  private static Range actionAfterModal(String n, int modal, int hi) {
    String w = TargetRules.MODAL_INDEX.at(n, modal, hi);
    Range rest = trim(n, modal + w.length(), hi);
    for (String m : TargetRules.MID_ACTIONS) {
      if (n.startsWith(m, rest.from())
          && rest.to() - rest.from() - m.length() >= TargetRules.MIN_NAME_LETTERS) {
        return trim(n, rest.from() + m.length(), rest.to()); // "中央财政拟投入社会保障资金": what is spent
      }
    }
    String v = LeftVerbs.leftVerbAt(n, rest.from(), rest.to());
    if (v == null || v.length() < 2 || rest.from() + v.length() >= rest.to()) {
      return null;
    }
    TargetRules.VerbKind k = TargetRules.kindOf(v);
    boolean acts =
        k == TargetRules.VerbKind.ACTION
            || k == TargetRules.VerbKind.INCREMENT
            || k == TargetRules.VerbKind.DECLINE;
    return acts ? rest : null;
  }

  /**
   * Whether a one-letter modal or causative at {@code i} is a word, not part of one ("主要", "使用").
   */
  private static boolean standsAlone(String n, int i, String w, int lo) {
    if (w.length() > 1) {
      return true;
    }
    boolean before = i > lo && TargetRules.NOT_MODAL_BEFORE.indexOf(n.charAt(i - 1)) >= 0;
    boolean after = i + 1 < n.length() && TargetRules.NOT_MODAL_AFTER.indexOf(n.charAt(i + 1)) >= 0;
    return !before && !after;
  }

  /** The end of the subject before a comparison "比上年", "较2020年" at its end, or {@code hi}. */
  static int beforeComparison(String n, int lo, int hi) {
    if (lo < hi
        && TargetRules.COMPARISON_MARKS.indexOf(n.charAt(lo)) >= 0
        && (lo + 1 >= hi || TargetRules.NOT_COMPARISON_AFTER.indexOf(n.charAt(lo + 1)) < 0)) {
      return lo; // "比全国…每件纱的计划用棉量": the whole is a comparison
    }
    for (int i = Math.max(lo, hi - TargetRules.COMPARISON_MAX); i < hi; i++) {
      char c = n.charAt(i);
      if (TargetRules.COMPARISON_MARKS.indexOf(c) >= 0
          && (i + 1 >= hi || TargetRules.NOT_COMPARISON_AFTER.indexOf(n.charAt(i + 1)) < 0)
          && (i == lo || TargetRules.NOT_COMPARISON_BEFORE.indexOf(n.charAt(i - 1)) < 0)) {
        int end = i;
        if (end > lo && (n.charAt(end - 1) == '与' || n.charAt(end - 1) == '同')) {
          end--;
        }
        return end;
      }
    }
    return hi;
  }

  /** Where a from-frame (从/由 and what follows) starts in {@code n[lo, hi)}, or -1. */
  static int fromMark(String n, int lo, int hi) {
    for (int i = hi - 1; i >= lo; i--) {
      char c = n.charAt(i);
      if (TargetRules.FROM_MARKS.indexOf(c) >= 0
          && (i + 1 >= n.length() || TargetRules.NOT_FROM_AFTER.indexOf(n.charAt(i + 1)) < 0)
          && (i == 0 || TargetRules.NOT_FROM_BEFORE.indexOf(n.charAt(i - 1)) < 0)) {
        return i;
      }
    }
    return -1;
  }

  /** The letters (Han or Latin) in a range. */
  static int letters(String n, Range r) {
    int count = 0;
    for (int i = r.from(); i < r.to(); i++) {
      if (Character.isLetter(n.charAt(i)) || Punctuation.isHan(n.charAt(i))) {
        count++;
      }
    }
    return count;
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.NumberReader;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.Units;
import io.github.workreport.model.Bound;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the figures of a clause in its folded text: a number with a unit, a list of parallel
 * values, the bound words after them. Numbers that are not quantities are passed over: ordinals and
 * codes (第十九届, “1246”), small Chinese counts used as words (一个中心, 两个维护), classes and grades
 * (8座以下小汽车, 亿元以上项目, 30万吨级), fractions (三分之一). Stateless.
 */
final class FigureReader {
  /** {@link CountWords#NOT_UNIT_WORDS} hashed: a list scan at every figure with a unit cost. */
  private static final Set<String> NOT_UNIT_WORDS = Set.copyOf(CountWords.NOT_UNIT_WORDS);

  private FigureReader() {}

  /** The figures of {@code n[from, to)}, in order. */
  static List<Figure> read(String n, int from, int to) {
    List<Figure> out = null; // made at the first figure: most clauses hold none
    int i = from;
    while (i < to) {
      if (!NumberReader.startsNumber(n, i) || (i > from && isWordChar(n.charAt(i - 1)))) {
        i++;
        continue;
      }
      if (n.startsWith("一一", i)) {
        i += 2; // "一一列举", "一一对应": a doubled 一 is an adverb, "one by one"
        continue;
      }
      NumberReader.Number num = NumberReader.read(n, i);
      if (num == null || num.end() > to) {
        i++;
        continue;
      }
      if (n.startsWith("分之", num.end())) {
        i = skipFraction(n, num.end() + 2, to); // 三分之一: a share, not a count of 分
        continue;
      }
      Figure f = figure(n, num, to);
      if (f == null) {
        i = Math.max(i + 1, num.end());
        continue;
      }
      if (isQuantity(n, f, from, to)) {
        out = out == null ? new ArrayList<>() : out;
        out.add(f);
      }
      i = Math.max(i + 1, f.end());
    }
    return out == null ? List.of() : out;
  }

  private static int skipFraction(String n, int at, int to) {
    NumberReader.Number d =
        at < to && NumberReader.startsNumber(n, at) ? NumberReader.read(n, at) : null;
    return d == null ? at : Math.min(to, d.end());
  }

  /** Whether a character joins a number to a code ("G30", "3A"). */
  static boolean isWordChar(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || (c >= '0' && c <= '9');
  }

  /** Marks that join the values of a list ("2%、4%和8%"). */
  static boolean isListMark(char c) {
    return c == '、' || c == '和' || c == '及' || c == '与';
  }

  /**
   * The figure that starts with {@code num}: unit, parallel values, bound after; null when no unit
   * follows.
   */
  static Figure figure(String n, NumberReader.Number num, int to) {
    int j = num.end();
    String magnitude = num.magnitude();
    BigDecimal value = num.value();
    Bound bound = null;
    // "七百多万人", "4500多公里": 多 or 余 before the unit makes the figure a lower bound
    if (j + 1 < to
        && TargetRules.MORE_THAN.indexOf(n.charAt(j)) >= 0
        && (Units.magnitudeAt(n, j + 1) != null || Units.unitAt(n, j + 1) != null)) {
      j++;
      bound = Bound.AT_LEAST;
      String m = magnitude.isEmpty() ? Units.magnitudeAt(n, j) : null;
      if (m != null && Units.unitAt(n, j + m.length()) != null) {
        magnitude = m;
        j += m.length();
        value = overHundredMillion(value, m);
      }
    }
    String unit = num.fraction() != null ? num.fraction() : Units.unitAt(n, j);
    List<Figure.Value> values = new ArrayList<>();
    values.add(new Figure.Value(value, num.upper()));
    if (unit == null) {
      Figure list = SharedUnits.list(n, num, values, to);
      if (list == null && j == num.end()) {
        list = SharedUnits.borrowed(n, num, to);
      }
      return list != null || magnitude.isEmpty()
          ? list
          : SharedUnits.bare(n, num, values, magnitude, j, to);
    }
    if ("个".equals(unit) && n.startsWith("多百分点", j + 1)) {
      unit = "个百分点"; // "提高2个多百分点"
      bound = Bound.AT_LEAST;
      j++;
    }
    if (num.fraction() == null) {
      j += unit.length();
      if (unit.length() == 1 && j < n.length() && NOT_UNIT_WORDS.contains(unit + n.charAt(j))) {
        return null; // "14亿人口", "200万家庭": the letter starts a word, it is no unit
      }
    }
    int rangeEnd = bound == null ? UnitRanges.end(n, num, magnitude, unit, j, to) : -1;
    if (rangeEnd >= 0) {
      values.set(0, new Figure.Value(value, NumberReader.read(n, j + 1).value()));
      j = rangeEnd;
    }
    String per = perUnit(n, j, to);
    if (per != null) {
      unit = unit + "/" + per;
      j += per.length() + 1;
    }
    j = afterAside(n, j, to);
    return parallel(
        n, num, new Figure(num.start(), j, values, magnitude, unit, bound, isChinese(n, num)), to);
  }

  /** Past an alternative unit in brackets after the unit ("47.63万户（套）", "15.6万套（间）"). */
  private static int afterAside(String n, int j, int to) {
    if (j + 2 < to && n.charAt(j) == '(') {
      String u = Units.unitAt(n, j + 1);
      if (u != null && j + 1 + u.length() < to && n.charAt(j + 1 + u.length()) == ')') {
        return j + 2 + u.length();
      }
    }
    return j;
  }

  /**
   * "一亿一千四百多万吨": a number holding 亿 whose last group is counted in 万 after 多; the value in 万 is the
   * 亿 in 万 plus that group (11400 万吨).
   */
  private static BigDecimal overHundredMillion(BigDecimal v, String magnitude) {
    BigDecimal hundredMillion = BigDecimal.valueOf(100_000_000L);
    if (!magnitude.equals("万") || v.compareTo(hundredMillion) < 0) {
      return v;
    }
    BigDecimal rest = v.remainder(hundredMillion);
    return v.subtract(rest).divide(BigDecimal.valueOf(10_000L)).add(rest);
  }

  private static String perUnit(String n, int j, int to) {
    if (j + 1 < to && n.charAt(j) == '/') {
      String per = Units.perUnitAt(n, j + 1);
      if (per != null && j + 1 + per.length() <= to) {
        return per;
      }
    }
    return null;
  }

  /** The values listed after the first ("2%、4%、8%"), and the bound after the last. */
  static Figure parallel(String n, NumberReader.Number first, Figure f, int to) {
    List<Figure.Value> values = new ArrayList<>(f.values());
    int j = f.end();
    Bound bound = f.bound();
    String unit = f.unit();
    while (j < to && values.size() < TargetRules.LIST_MAX) {
      int k = j;
      Bound each = boundAt(n, k, to);
      if (each != null) {
        k += boundWordAt(n, k).length();
      }
      if (n.startsWith("或者", k)) {
        k++; // "六十元、七十元或者八十元"
      } else if (k >= to || !isListMark(n.charAt(k))) {
        break;
      }
      k++;
      NumberReader.Number next =
          k < to && NumberReader.startsNumber(n, k) ? NumberReader.read(n, k) : null;
      if (next == null
          || next.end() > to
          || !next.magnitude().equals(first.magnitude())
          || isChinese(n, next) != f.chinese()) {
        break;
      }
      int end = valueEnd(n, next, unit, to);
      if (end < 0 && "个".equals(unit) && (end = valueEnd(n, next, "个百分点", to)) >= 0) {
        unit = "个百分点"; // "分别快于全国3.4个、1个百分点": the last value writes the unit out
      }
      if (end < 0) {
        break;
      }
      bound = each != null ? each : bound;
      String own = n.substring(next.end(), end);
      boolean other =
          next.fraction() == null
              && !own.isEmpty()
              && !own.equals(f.unit())
              && (own.contains("/") || CountWords.isClassifier(own));
      values.add(new Figure.Value(next.value(), next.upper(), other ? own : null));
      j = end;
    }
    Bound after = boundAt(n, j, to);
    if (after != null) {
      bound = after;
      j += boundWordAt(n, j).length();
    }
    return new Figure(f.start(), j, values, f.magnitude(), unit, bound, f.chinese());
  }

  /**
   * Where a listed value with the list's unit (or none, before another mark) ends, or -1; a rate
   * unit may change its denominator along the list ("645元/月、4318元/年").
   */
  private static int valueEnd(String n, NumberReader.Number v, String unit, int to) {
    String base = unit.contains("/") ? unit.substring(0, unit.indexOf('/')) : unit;
    if (v.fraction() != null) {
      return v.fraction().equals(base) ? v.end() : -1;
    }
    String u = Units.unitAt(n, v.end());
    if (u != null) {
      // "分别达到4.7个、27.3张": counts of different things each keep their classifier
      if (!u.equals(base) && !(CountWords.isClassifier(u) && CountWords.isClassifier(base))) {
        return -1;
      }
      int end = v.end() + u.length();
      String per = perUnit(n, end, to);
      return per == null ? end : end + per.length() + 1;
    }
    // a value without its unit stands only before another mark: "7%、8和9%" is not read as one
    int e = v.end();
    return e < to && (isListMark(n.charAt(e)) || boundAt(n, e, to) != null) ? e : -1;
  }

  private static Bound boundAt(String n, int at, int to) {
    String w = boundWordAt(n, at);
    return w != null && at + w.length() <= to ? TargetRules.boundAfter(w) : null;
  }

  /** The bound word ("以上", "左右") at {@code at}, or null. */
  static String boundWordAt(String n, int at) {
    for (TargetRules.BoundRule b : TargetRules.BOUNDS_AFTER) {
      if (n.startsWith(b.word(), at)) {
        return b.word();
      }
    }
    return null;
  }

  static boolean isChinese(String n, NumberReader.Number num) {
    char c = n.charAt(num.start());
    return !(c >= '0' && c <= '9') && num.fraction() == null;
  }

  /** "十一届十一次全会", "连续24个月": the number of a session, or how long a state has lasted. */
  private static boolean isSessionOrDuration(String n, Figure f, int from, char before) {
    int s = f.start();
    return s >= from + 2 && n.startsWith("连续", s - 2)
        || ("次".equals(f.unit()) || "届".equals(f.unit()))
            && (before == '届'
                || TargetRules.SESSIONS.stream().anyMatch(w -> n.startsWith(w, f.end())));
  }

  /** Whether a figure is a quantity rather than an ordinal, a code, a word or a class. */
  static boolean isQuantity(String n, Figure f, int from, int to) {
    int s = f.start();
    char before = s > from ? n.charAt(s - 1) : ' ';
    if (before == '第' || before == '“' || before == '《' || before == '前' || before == '几') {
      return false; // ordinals, codes, ranks ("前1%"), vague counts ("几十万个")
    }
    if (f.unit().equals("岁")
        && f.end() < to
        && Punctuation.isHan(n.charAt(f.end()))
        && n.charAt(f.end()) != '的') {
      return false; // "0—6岁儿童", "3岁以下婴幼儿": an age class
    }
    if (f.unit().endsWith("元")
        && f.end() < to
        && CountWords.SIZED_THINGS.indexOf(n.charAt(f.end())) >= 0) {
      return false; // "超200亿元县", "过三千亿元城市": a size class
    }
    if (isSessionOrDuration(n, f, from, before)) {
      return false;
    }
    if (f.end() < to && (n.charAt(f.end()) == '级' || n.charAt(f.end()) == '制')) {
      return false; // 30万吨级航道, 3人制篮球场: a class
    }
    if (f.chinese()
        && "期".equals(f.unit())
        && f.magnitude().isEmpty()
        && f.first().value().compareTo(BigDecimal.valueOf(TargetRules.SMALL_CHINESE_COUNT)) <= 0) {
      return false; // "罗泾港区改造二期": the phase of a work, not a count
    }
    Figure.Value v = f.first();
    if (f.chinese()
        && f.magnitude().isEmpty()
        && v.upper() == null
        && v.value().compareTo(BigDecimal.ONE) == 0
        && !f.isRate()) {
      return false; // "一批项目", "一个中心": 一 is an article
    }
    boolean small =
        f.chinese()
            && f.magnitude().isEmpty()
            && v.value().compareTo(BigDecimal.valueOf(TargetRules.SMALL_CHINESE_COUNT)) <= 0;
    if (small && !f.isRate()) {
      // "一个中心", "两个维护": a small Chinese count is a figure only right after a verb or bound word
      int k = s;
      while (k > from && n.charAt(k - 1) == ' ') {
        k--;
      }
      // "实现四个现代化": after a verb of level the count is part of a fixed phrase
      String verb = TargetRules.VERB_INDEX.endingAt(n, from, k);
      boolean acts =
          verb != null
              && TargetRules.kindOf(verb) != TargetRules.VerbKind.LEVEL
              && TargetRules.kindOf(verb) != TargetRules.VerbKind.NOUN;
      return acts || TargetRules.BOUND_BEFORE_INDEX.endingAt(n, from, k) != null;
    }
    return !isClass(n, f, from, to);
  }

  /**
   * "8座以下小汽车", "亿元以上项目", "50万元以上的行政村": a count with 以上/以下 that qualifies a noun after it is a
   * class. A measure verb right before it ("增长7.2%以上社会消费品…") shows a run of targets whose
   * separators were lost instead.
   */
  private static boolean isClass(String n, Figure f, int from, int to) {
    if (f.isRate() || f.end() >= to) {
      return false;
    }
    int end = f.end();
    if (n.charAt(end) == '内' && end + 1 < to && Punctuation.isHan(n.charAt(end + 1))) {
      end++; // "50米内换乘比例": a distance class
    } else if (!n.startsWith("以上", end - 2)
        && !n.startsWith("以下", end - 2)
        && !n.startsWith("以内", end - 2)) {
      return false;
    }
    if (end >= to) {
      return false;
    }
    char next = n.charAt(end);
    if (!(Punctuation.isHan(next) || Character.isLetter(next) || next == '“') || isListMark(next)) {
      return false;
    }
    String verb = TargetRules.VERB_INDEX.endingAt(n, from, f.start());
    if (verb == null) {
      return true;
    }
    TargetRules.VerbKind kind = TargetRules.kindOf(verb);
    boolean measure =
        kind == TargetRules.VerbKind.GROWTH
            || kind == TargetRules.VerbKind.LEVEL
            || kind == TargetRules.VerbKind.TO_LEVEL
            || kind == TargetRules.VerbKind.COMPARE;
    return !measure || !digitAfter(n, end, to);
  }

  private static boolean digitAfter(String n, int from, int to) {
    for (int k = from; k < to; k++) {
      if (n.charAt(k) >= '0' && n.charAt(k) <= '9') {
        return true;
      }
    }
    return false;
  }
}

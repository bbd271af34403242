package io.github.workreport.internal.target;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.workreport.internal.target.SubjectReader.Range;
import io.github.workreport.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a counted noun that is its clause's subject ends when the words after it run on to the end
 * of the clause ("3个典型案例亮相联合国气候变化大会"): a subject leaves room for a predicate, so the name ends
 * after the last word that ends in a letter of a thing ("案例", "医院", "实验室") once a longer word that
 * does not follows it ("亮相"). Words come from ICU's dictionary break for Chinese, with a run of
 * one-letter pieces read as one word ("赛|事" → "赛事"). Stateless; thread-safe (each call works on its
 * own break iterator).
 */
final class CountedHead {
  private CountedHead() {}

  /**
   * Letters that end the head of a thing counted: places, bodies, works, cases, products. A word
   * that ends in one of them names a thing; a word that does not is read as the start of the
   * predicate.
   */
  static final String THING_ENDINGS =
      "例术校院堂区业室链体地市县村镇乡家品项事标点站园馆器机厂场库线路桥港团队局心所案果户房楼车船井田道岛城省州企网圈群专台街店" + "人员士师者才科策目程位物料证书段片带廊轴坊层类构域";

  /** Words that end in a letter of {@link #THING_ENDINGS} and still are acts ("创业", "就业", "到位"). */
  static final List<String> ACTS_LIKE_THINGS =
      List.of("创业", "就业", "毕业", "营业", "开业", "失业", "到位", "定位", "就位", "上市", "出国", "回国", "落地", "入户");

  private static final BreakIterator WORDS = BreakIterator.getWordInstance(ULocale.CHINESE);

  /**
   * The counted noun in {@code n[r)} when it runs on to the clause end at {@code to}: {@code r} cut
   * after its last head before a predicate, or {@code r} itself when no such place is found.
   */
  static Range subjectHead(String n, Range r, int to) {
    if (!reachesEnd(n, r.to(), to)) {
      return r;
    }
    String s = n.substring(r.from(), r.to());
    if (s.indexOf('“') >= 0 || s.indexOf('"') >= 0) {
      return r; // a quoted name is whole, and ICU breaks inside it
    }
    List<String> words = words(s);
    // "国家临床重点专科", "主要产品产量": a run that ends in a thing or a measure is a name of nouns
    String lastWord = words.isEmpty() ? "" : words.get(words.size() - 1);
    if (lastWord.isEmpty()
        || isThing(lastWord)
        || lastWord.endsWith("学")
        || TargetRules.MEASURE_ENDINGS.indexOf(lastWord.charAt(lastWord.length() - 1)) >= 0) {
      return r;
    }
    int at = 0;
    int headEnd = -1;
    for (String w : words) {
      if (isThing(w)) {
        headEnd = at + w.length();
      } else if (headEnd >= TargetRules.MIN_NAME_LETTERS && w.length() >= 2) {
        return new Range(r.from(), r.from() + headEnd); // "典型案例|亮相…": the predicate begins
      }
      at += w.length();
    }
    return r;
  }

  /**
   * The words of {@code s} by ICU's dictionary break, a one-letter piece of a thing joined to the
   * word before it ("实验|室") and other one-letter pieces in a row joined to each other ("赛|事").
   */
  static List<String> words(String s) {
    int[] cuts = pieces(s);
    List<String> out = new ArrayList<>();
    boolean ones = false; // whether the last word is made of one-letter pieces only
    for (int k = 0; k + 1 < cuts.length; k++) {
      String w = s.substring(cuts[k], cuts[k + 1]);
      String last = out.isEmpty() ? null : out.get(out.size() - 1);
      boolean one = w.length() == 1 && last != null;
      if (one && (ones || last.length() >= 2 && isThing(w))) {
        out.set(out.size() - 1, last + w);
      } else {
        out.add(w);
        ones = w.length() == 1;
      }
    }
    return out;
  }

  /** Where ICU's dictionary break puts the word boundaries of {@code s}, both ends included. */
  private static int[] pieces(String s) {
    BreakIterator words = WORDS.clone();
    words.setText(s);
    int[] out = new int[s.length() + 1];
    int count = 0;
    for (int b = words.first(); b != BreakIterator.DONE; b = words.next()) {
      out[count++] = b;
    }
    return java.util.Arrays.copyOf(out, count);
  }

  static boolean isThing(String w) {
    char last = w.charAt(w.length() - 1);
    return THING_ENDINGS.indexOf(last) >= 0 && ACTS_LIKE_THINGS.stream().noneMatch(w::endsWith);
  }

  /** Whether nothing but spaces stands between {@code at} and the clause's end or punctuation. */
  private static boolean reachesEnd(String n, int at, int to) {
    int i = at;
    while (i < to && n.charAt(i) == ' ') {
      i++;
    }
    char c = i < to ? n.charAt(i) : '。';
    return c == '。' || !Punctuation.isHan(c) && c != '“' && c != '、';
  }
}

package io.github.workreport.internal.target;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;

/**
 * The owner a list of measures shares: in "安全生产事故起数和死亡人数" the first part names what is measured
 * (安全生产事故) before its own measure (起数), and a short later part that is a measure only (死亡人数) is of
 * the same thing: 安全生产事故死亡人数. Likewise "重点监测景区接待游客、经营收入" (重点监测景区经营收入) and, once the head is shared,
 * "国际航空旅客和货邮吞吐量" (国际航空货邮吞吐量). Stateless.
 */
final class SharedOwner {
  private SharedOwner() {}

  /** The longest later part that can be a bare measure of the first part's owner. */
  static final int BARE_MAX = 5;

  /** Letters of classifiers that make a count of things with 数 ("起数", "件数", "户数"). */
  private static final String COUNTED_BY = "起件次个户家宗例名所座项";

  /** Gives each short later part of {@code parts} that names a measure only the first's owner. */
  static void share(List<String> parts) {
    if (parts.size() < 2) {
      return;
    }
    String first = TextNormalizer.normalize(parts.get(0));
    for (int k = 1; k < parts.size(); k++) {
      String p = TextNormalizer.normalize(parts.get(k)).strip();
      int owner = ownerEnd(first, p);
      if (owner > 0) {
        parts.set(k, parts.get(0).substring(0, owner) + parts.get(k).strip());
      }
    }
  }

  /**
   * Where the owner of {@code first} ends when {@code part} is a bare measure of it, else -1. The
   * first part's own measure is a count by a classifier ("事故起数"), a verb and its object after the
   * owner ("景区接待游客"), its head noun ("企业营业收入"), or, when it names no head, as many letters as the
   * part: parts of a list are alike in length. A later part of four letters is bare only after the
   * first two; of more, never (it names a thing of its own: "工业投资", "湿地保护率").
   */
  static int ownerEnd(String first, String part) {
    if (part.isEmpty()
        || part.length() > BARE_MAX - 1
        || first.length() < part.length() + TargetRules.MIN_NAME_LETTERS
        || !allHan(part)
        || !allHan(first)) {
      return -1;
    }
    String partHead = TargetRules.HEAD_INDEX.endingAt(part, 0, part.length());
    String head = TargetRules.HEAD_INDEX.endingAt(first, 0, first.length());
    boolean measure =
        partHead != null
            || TargetRules.MEASURE_ENDINGS.indexOf(part.charAt(part.length() - 1)) >= 0;
    if (!measure || head != null && head.equals(part)) {
      return -1;
    }
    // "招商引资签约项目数": a first part that ends on a measure is no verb and its object
    int verb =
        TargetRules.MEASURE_ENDINGS.indexOf(first.charAt(first.length() - 1)) < 0
            ? objectVerb(first)
            : -1;
    int end;
    if (countedBy(first)) {
      end = first.length() - 2;
    } else if (verb > 0) {
      end = verb;
    } else if (part.length() < BARE_MAX - 1) {
      end = first.length() - (head != null && !head.equals(partHead) ? head : part).length();
    } else {
      return -1;
    }
    boolean owns =
        end >= TargetRules.MIN_NAME_LETTERS
            && !part.startsWith(first.substring(0, end))
            && !TargetRules.SCOPE_ONLY.contains(first.substring(0, end));
    return owns ? end : -1;
  }

  /**
   * "国际航空旅客和货邮吞吐量": a first part without a head before a part whose short qualifier (货邮) stands for
   * the first's last letters takes the first's leading words (国际航空) with it; the head follows
   * later.
   */
  static void shareLead(String name, List<String> parts) {
    // "本外币存、贷款余额": only two parts joined by a word, whose qualifiers are alike
    boolean joined =
        parts.size() == 2
            && name.startsWith(parts.get(0))
            && name.length() > parts.get(0).length()
            && "和及与".indexOf(name.charAt(parts.get(0).length())) >= 0;
    if (!joined) {
      return;
    }
    String first = TextNormalizer.normalize(parts.get(0)).strip();
    String last = TextNormalizer.normalize(parts.get(1)).strip();
    String head = TargetRules.HEAD_INDEX.endingAt(last, 0, last.length());
    int q = head == null ? 0 : last.length() - head.length();
    int end = first.length() - q;
    boolean bare =
        q > 0
            && q <= TargetRules.TAIL_MAX
            && allHan(first)
            && allHan(last)
            && end > TargetRules.MIN_NAME_LETTERS
            && TargetRules.HEAD_INDEX.endingAt(first, 0, first.length()) == null
            && TargetRules.MEASURE_ENDINGS.indexOf(first.charAt(first.length() - 1)) < 0
            && objectVerb(first) < 0
            && !TargetRules.SCOPE_ONLY.contains(first.substring(0, end));
    if (bare) {
      parts.set(1, parts.get(0).strip().substring(0, end) + parts.get(1).strip());
    }
  }

  /** "事故起数": a count of things by their classifier and 数. */
  private static boolean countedBy(String s) {
    int n = s.length();
    return n > 2 && s.charAt(n - 1) == '数' && COUNTED_BY.indexOf(s.charAt(n - 2)) >= 0;
  }

  /**
   * "景区接待游客": a part that ends on the object of a verb inside it, after a subject, is a measure of
   * its own and takes no head from the part after it.
   */
  static boolean endsOnObject(String part) {
    return objectVerb(part) > 0;
  }

  /** Where the verb of a part that ends on its object starts ("景区接待游客"), or -1. */
  private static int objectVerb(String part) {
    for (int i = TargetRules.MIN_NAME_LETTERS; i < part.length() - 3; i++) {
      String v = TargetRules.VERB_INDEX.at(part, i);
      int object = v == null ? 0 : part.length() - i - v.length();
      if (v != null && v.length() > 1 && object >= 2 && object <= 3) {
        return i;
      }
    }
    return -1;
  }

  private static boolean allHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Punctuation.isHan(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}

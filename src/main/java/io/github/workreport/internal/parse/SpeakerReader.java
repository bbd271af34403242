package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import java.util.Arrays;

/**
 * Reads who delivered a report from a line such as "国务院总理 李强", "省人民政府省长 王清宪" or "自治区主席 艾尔肯·吐尼亚孜".
 * Stateless.
 */
public final class SpeakerReader {
  private SpeakerReader() {}

  /**
   * A speaker.
   *
   * @param title the office ("国务院总理")
   * @param name the name ("李强")
   */
  public record Speaker(String title, String name) {}

  /** Returns the speaker named by {@code norm} ("office name"), or null. */
  public static Speaker read(String norm) {
    String[] tokens = norm.strip().split(" +");
    if (tokens.length < 2) {
      return null;
    }
    int nameFrom = tokens.length - 1;
    // a two-character name is often set with a space inside it ("龚 正")
    if (tokens.length >= 3
        && tokens[nameFrom].length() == 1
        && tokens[nameFrom - 1].length() == 1) {
      nameFrom--;
    }
    String office = String.join("", Arrays.asList(tokens).subList(0, nameFrom));
    String name = String.join("", Arrays.asList(tokens).subList(nameFrom, tokens.length));
    if (isOffice(office) && isName(name)) {
      return new Speaker(office, name);
    }
    return null;
  }

  /**
   * Reads an office and a name written without a space between ("某某省省长孙七"): the office ends at the
   * last office word, the rest is the name. Null when {@code s} is not so made.
   */
  public static Speaker readRunOn(String s) {
    String c = s.replace(" ", "");
    int best = -1;
    for (String o : LineRules.OFFICES) {
      int at = c.lastIndexOf(o);
      if (at >= 0 && at + o.length() > best) {
        best = at + o.length();
      }
    }
    if (best < 0 || best >= c.length()) {
      return null;
    }
    String office = c.substring(0, best);
    String name = c.substring(best);
    return isOffice(office) && isName(name) ? new Speaker(office, name) : null;
  }

  /** Whether {@code s} is an office alone ("国务院总理", "市长"). */
  public static boolean isOffice(String s) {
    String c = s.replace(" ", "");
    if (c.isEmpty() || c.length() > 20) {
      return false;
    }
    for (int i = 0; i < c.length(); i++) {
      if (!Punctuation.isHan(c.charAt(i))) {
        return false;
      }
    }
    for (String o : LineRules.OFFICES) {
      if (c.endsWith(o)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is a personal name: 2 to 4 Han characters, or Han names joined by "·". */
  public static boolean isName(String s) {
    String c = s.strip();
    if (c.length() < 2 || c.length() > LineRules.NAME_MAX) {
      return false;
    }
    boolean dot = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '·' || ch == '\u2022' || ch == '\u30FB') {
        dot = true;
      } else if (!Punctuation.isHan(ch)) {
        return false;
      }
    }
    return dot || c.length() <= 4;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;

/**
 * Reads who delivered a report from a line such as "国务院总理 李强", "省人民政府省长 王清宪" or
 * "自治区主席 艾尔肯·吐尼亚孜". Stateless.
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
    String s = norm.strip();
    int cut = s.lastIndexOf(' ');
    if (cut < 0) {
      return null;
    }
    String office = s.substring(0, cut).strip();
    String name = s.substring(cut + 1);
    if (isOffice(office) && isName(name)) {
      return new Speaker(office.replace(" ", ""), name);
    }
    return null;
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
      if (ch == '\u00B7' || ch == '\u2022' || ch == '\u30FB') {
        dot = true;
      } else if (!Punctuation.isHan(ch)) {
        return false;
      }
    }
    return dot || c.length() <= 4;
  }
}

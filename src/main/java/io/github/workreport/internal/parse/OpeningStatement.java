package io.github.workreport.internal.parse;

import java.time.LocalDate;

/**
 * Reads what a report's opening sentences say of its delivery when the title block does not: a news
 * lead that tells date, speaker and meeting in one sentence ("2026年1月26日，某某省省长孙七在
 * 某某省第十四届人民代表大会第四次会议上作政府工作报告"), or the speaker's own opening ("现在，我代表
 * 国务院，向第十届全国人民代表大会第一次会议报告过去五年的工作"). Stateless.
 */
public final class OpeningStatement {
  /** How much of the opening text is read: the statement stands in its first sentences. */
  static final int WINDOW = 400;

  /** Longest stretch between 在 or 向 and the meeting's name. */
  private static final int VENUE_MAX = 40;

  private OpeningStatement() {}

  /**
   * What the opening says.
   *
   * @param date the delivery date, or null
   * @param venue the meeting, or null
   * @param speaker who delivered it, or null
   * @param delivered whether the text says a government work report is delivered here
   */
  public record Statement(
      LocalDate date, String venue, SpeakerReader.Speaker speaker, boolean delivered) {}

  /** Reads the opening of folded body text {@code norm}. */
  public static Statement read(String norm) {
    String s = norm.substring(0, Math.min(norm.length(), WINDOW)).replace(" ", "");
    boolean delivered =
        s.contains("代表") && (s.contains("政府工作报告") || s.contains("报告政府工作")); // 代表…政府工作报告 / 报告政府工作
    int meeting = s.indexOf("会议"); // 会议
    if (meeting < 0) {
      return new Statement(null, null, null, delivered);
    }
    int open = Math.max(s.lastIndexOf('在', meeting), s.lastIndexOf('向', meeting)); // 在, 向
    if (open < 0 || meeting - open > VENUE_MAX) {
      return new Statement(null, null, null, delivered);
    }
    String venue = s.substring(open + 1, meeting + 2);
    if (!venue.contains("代表大会") && !venue.contains("大会")) { // 代表大会
      return new Statement(null, null, null, delivered);
    }
    LocalDate date = null;
    SpeakerReader.Speaker speaker = null;
    int sentence = sentenceStart(s, open);
    DateReader.Found d = DateReader.find(s, sentence);
    if (d != null && d.end() < open && s.charAt(open) == '在') {
      date = d.date();
      int from = d.end();
      while (from < open && (s.charAt(from) == ',' || s.charAt(from) == '、')) {
        from++;
      }
      speaker = SpeakerReader.readRunOn(s.substring(from, open));
    }
    return new Statement(date, venue, speaker, delivered || s.startsWith("作", meeting + 3));
  }

  private static int sentenceStart(String s, int at) {
    int i = at;
    while (i > 0 && s.charAt(i - 1) != '。' && s.charAt(i - 1) != '!' && s.charAt(i - 1) != '?') {
      i--;
    }
    return i;
  }
}

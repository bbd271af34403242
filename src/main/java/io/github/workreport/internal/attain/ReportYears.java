package io.github.workreport.internal.attain;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.Years;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import io.github.workreport.model.YearSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The year a report is for: the year its plan sets targets for. From its metadata; else from its
 * own wording, years in Arabic or Chinese digits — the headings of its parts ("2013年工作回顾" gives
 * 2014, "2014年工作总体部署" 2014), else its review's sentences ("刚刚过去的2017年", "过去的2003年", "2004年是…的一年"
 * give the next year); else from a four-digit year in the file name. Stateless; thread-safe.
 */
public final class ReportYears {
  /** A year and where it was read. */
  public record Found(int year, YearSource source) {}

  /** Review phrases before a year that make the report's year the next one. */
  private static final String[] REVIEW_BEFORE = {"刚刚过去的", "过去的", "回顾"};

  /** What stands between the term and the session of a national congress ("第六届…第一次会议"). */
  private static final String NATIONAL_CONGRESS = "届全国人民代表大会第";

  /** The years the sessions of the first four national congresses sat in, by term. */
  private static final int[][] EARLY_SESSIONS = {
    {1954, 1955, 1956, 1957}, {1959, 1960, 1962}, {1964}, {1975}
  };

  private ReportYears() {}

  /** The year of {@code report} read from {@code name}, or null when none can be read. */
  public static Found of(WorkReport report, String name) {
    Integer y = report.metadata().year();
    if (y != null) {
      return new Found(y, YearSource.METADATA);
    }
    Integer fromText = fromText(report.sections());
    fromText = fromText != null ? fromText : fromVenue(report.metadata().venue());
    if (fromText != null) {
      return new Found(fromText, YearSource.TEXT);
    }
    int fromName = fromName(name);
    return fromName == 0 ? null : new Found(fromName, YearSource.FILE_NAME);
  }

  /**
   * The year the report of {@code sections} speaks for by its own wording (its part headings, else
   * its review's sentences), or null when they name none; the metadata is not read.
   */
  public static Integer fromText(List<Section> sections) {
    int y = fromHeadings(sections);
    y = y != 0 ? y : fromReview(sections);
    return y == 0 ? null : y;
  }

  /** The year the top-level review and plan headings agree on, or 0. */
  private static int fromHeadings(List<Section> sections) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (Section s : sections) {
      int named = onlyYear(TextNormalizer.normalize(s.title()));
      if (named == 0) {
        continue;
      }
      if (s.part() == PartClass.PLAN) {
        votes.merge(named, 1, Integer::sum);
      } else if (s.part() == PartClass.REVIEW) {
        votes.merge(named + 1, 1, Integer::sum);
      }
    }
    return best(votes);
  }

  /**
   * The year of the session of the National People's Congress named in {@code venue}
   * ("第六届全国人民代表大会第一次会议" is 1983), or null for another meeting, an unknown session or a null venue.
   * From the fifth congress on each sits once a year for five years; the first four are listed.
   */
  public static Integer fromVenue(String venue) {
    if (venue == null) {
      return null;
    }
    String v = TextNormalizer.normalize(venue);
    int mark = v.indexOf(NATIONAL_CONGRESS);
    int open = mark < 0 ? -1 : v.lastIndexOf('第', mark);
    int after = mark + NATIONAL_CONGRESS.length();
    int close = mark < 0 ? -1 : v.indexOf('次', after);
    if (open < 0 || close < 0 || close - after > 4) {
      return null;
    }
    long term = ChineseNumerals.parse(v, open + 1, mark);
    long session = ChineseNumerals.parse(v, after, close);
    if (session < 1 || term < 1 || term > 40) {
      return null;
    }
    if (term >= 5) {
      return session <= 5 ? (int) (1978 + 5 * (term - 5) + session - 1) : null;
    }
    int[] years = EARLY_SESSIONS[(int) term - 1];
    return session <= years.length ? years[(int) session - 1] : null;
  }

  /** The year after the one the review paragraphs name as the year under review, or 0. */
  private static int fromReview(List<Section> sections) {
    Map<Integer, Integer> votes = new HashMap<>();
    for (Section s : sections) {
      if (s.part() == PartClass.REVIEW) {
        vote(s, votes);
      }
    }
    return best(votes);
  }

  private static void vote(Section s, Map<Integer, Integer> votes) {
    for (Paragraph p : s.paragraphs()) {
      String t = TextNormalizer.normalize(p.text());
      int y = opening(t);
      if (y != 0) {
        votes.merge(y + 1, 1, Integer::sum);
      }
      for (String before : REVIEW_BEFORE) {
        int at = t.indexOf(before);
        int named = at < 0 ? 0 : yearAt(t, at + before.length());
        if (named != 0) {
          votes.merge(named + 1, 1, Integer::sum);
        }
      }
    }
    for (Section c : s.children()) {
      vote(c, votes);
    }
  }

  /** The year a paragraph opens with ("2004年，国内生产总值…", "2008年是极不平凡的一年"), or 0. */
  private static int opening(String t) {
    int y = yearAt(t, 0);
    if (y == 0) {
      return 0;
    }
    int after = 5;
    return after < t.length() && (t.charAt(after) == ',' || t.charAt(after) == '是') ? y : 0;
  }

  /** The year "NNNN年" at {@code at}, in Arabic or Chinese digits ("一九五八年"), or 0. */
  private static int yearAt(String t, int at) {
    if (at + 5 > t.length() || t.charAt(at + 4) != '年') {
      return 0;
    }
    boolean arabic = t.charAt(at) >= '0' && t.charAt(at) <= '9';
    int y = 0;
    for (int i = at; i < at + 4; i++) {
      int d = digit(t.charAt(i), arabic);
      if (d < 0) {
        return 0;
      }
      y = y * 10 + d;
    }
    boolean digitBefore = at > 0 && digit(t.charAt(at - 1), arabic) >= 0;
    return Years.contains(y) && !digitBefore ? y : 0;
  }

  /** The digit {@code c} stands for in a year of Arabic (or else Chinese) digits, or -1. */
  private static int digit(char c, boolean arabic) {
    if (arabic) {
      return c >= '0' && c <= '9' ? c - '0' : -1;
    }
    return c == '十' || c == '两' || (c >= '0' && c <= '9') ? -1 : ChineseNumerals.digit(c);
  }

  /** The one year a heading names ("2013年工作回顾"), or 0 for none or several ("2003-2007年"). */
  private static int onlyYear(String title) {
    int found = 0;
    for (int i = 0; i + 4 < title.length(); i++) {
      int y = yearAt(title, i);
      if (y != 0) {
        if (found != 0 && found != y) {
          return 0;
        }
        found = y;
      }
    }
    return found;
  }

  /** A four-digit year standing alone in a file name ("2004.txt", "gov-2004-report"), or 0. */
  static int fromName(String name) {
    int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
    String base = name.substring(slash + 1);
    int found = 0;
    for (int i = 0; i + 4 <= base.length(); i++) {
      boolean alone =
          (i == 0 || !Character.isDigit(base.charAt(i - 1)))
              && (i + 4 == base.length() || !Character.isDigit(base.charAt(i + 4)));
      if (!alone) {
        continue;
      }
      int y = 0;
      boolean digits = true;
      for (int k = i; k < i + 4 && digits; k++) {
        char c = base.charAt(k);
        digits = c >= '0' && c <= '9';
        y = y * 10 + (c - '0');
      }
      if (digits && Years.contains(y)) {
        if (found != 0 && found != y) {
          return 0;
        }
        found = y;
      }
    }
    return found;
  }

  private static int best(Map<Integer, Integer> votes) {
    int best = 0;
    int most = 0;
    boolean tie = false;
    for (Map.Entry<Integer, Integer> e : votes.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
        tie = false;
      } else if (e.getValue() == most) {
        tie = true;
      }
    }
    return tie ? 0 : best;
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.ChineseNumerals;
import io.github.workreport.internal.text.Punctuation;
import java.util.List;

/** Tests of a line's shape against {@link LineRules}. Stateless. */
public final class LineShapes {
  private LineShapes() {}

  /** Whether the line is made only of widget words and punctuation ("打印 分享", "【字号:", "0/0"). */
  public static boolean isWidgetLine(Line line) {
    if (line.length() > LineRules.FURNITURE_MAX) {
      return false;
    }
    if (isPageCounter(line.compact())) {
      return true;
    }
    String n = line.norm();
    int i = 0;
    boolean any = false;
    while (i < n.length()) {
      while (i < n.length() && isWidgetSeparator(n.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n.length() && !isWidgetSeparator(n.charAt(i))) {
        i++;
      }
      if (i > s) {
        String word = n.substring(s, i);
        if (!LineRules.WIDGET_WORDS.contains(word)) {
          return false;
        }
        any = true;
      }
    }
    return any || isPunctuationOnly(n);
  }

  private static boolean isWidgetSeparator(char c) {
    return c == ' '
        || c == '|'
        || c == '/'
        || c == '【'
        || c == '】'
        || c == '['
        || c == ']'
        || c == ':'
        || c == '>'
        || c == '\u00BB'
        || c == '\u203A'
        || c == '·'
        || c == '《'
        || c == '》'
        || c == '('
        || c == ')'
        || c == ','
        || c == '、'
        || c == '-';
  }

  /** "0/0", "3/12": the page counter of a slide or pager widget. */
  private static boolean isPageCounter(String c) {
    int slash = c.indexOf('/');
    if (slash <= 0 || slash == c.length() - 1 || c.length() > 9) {
      return false;
    }
    for (int i = 0; i < c.length(); i++) {
      if (i != slash && !Character.isDigit(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the text holds no letter or digit at all. */
  public static boolean isPunctuationOnly(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line is a breadcrumb ("首页 > 陇原风采 > 正文"). */
  public static boolean isBreadcrumb(Line line) {
    if (line.length() > LineRules.FURNITURE_MAX) {
      return false;
    }
    String c = line.compact();
    int arrows = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (ch == '>' || ch == '\u00BB' || ch == '\u203A' || ch == '\u2192') {
        arrows++;
      }
    }
    return arrows >= 2 || (arrows == 1 && (c.contains("首页") || c.contains("位置")));
  }

  /** Whether the line opens with one of {@code openings}. */
  public static boolean startsWithAny(Line line, List<String> openings) {
    String c = line.compact();
    for (String o : openings) {
      if (c.startsWith(o)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the line opens a notice (licence, copyright, disclaimer: "本站所有稿件…"); a news lead that
   * names the site as its dateline ("本站讯（通讯员…）…") is text, not a notice.
   */
  public static boolean isNotice(Line line) {
    String c = line.compact();
    for (String o : LineRules.NOTICE_OPENINGS) {
      if (c.startsWith(o)) {
        return !c.startsWith("\u8BAF", o.length());
      }
    }
    return false;
  }

  /** Whether the line is a short link prompt ("》》点击图片进入专题《《", "点击查看更多"). */
  public static boolean isClickPrompt(Line line) {
    String c = line.compact();
    if (c.length() > 20 || !c.contains("点击")) {
      return false;
    }
    for (int i = 0; i < c.length(); i++) {
      if (Punctuation.isSentenceEnd(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the line is a site banner ("欢迎访问…网站", "今天是…星期一"). */
  public static boolean isBanner(Line line) {
    String c = line.compact();
    return startsWithAny(line, LineRules.BANNER_OPENINGS)
        || (c.contains("今天是") && c.contains("星期") && line.length() <= LineRules.FURNITURE_MAX);
  }

  /** Whether the line is a photo caption: a credit ending with 摄, or "(图…)". */
  public static boolean isCaption(Line line) {
    String c = stripBrackets(line.compact());
    return line.length() <= LineRules.FURNITURE_MAX
        && (c.endsWith("摄") || c.startsWith("图为") || c.startsWith("图:") || c.contains("摄影:"));
  }

  /** Removes one pair of enclosing brackets. */
  public static String stripBrackets(String c) {
    if (c.length() >= 2 && (c.charAt(0) == '(' || c.charAt(0) == '【' || c.charAt(0) == '[')) {
      char last = c.charAt(c.length() - 1);
      if (last == ')' || last == '】' || last == ']') {
        return c.substring(1, c.length() - 1);
      }
    }
    return c;
  }

  /** Whether the line is a salutation ("各位代表:", "各位代表!"). */
  public static boolean isSalutation(Line line) {
    return isSalutation(line.compact());
  }

  /** Whether folded, space-free text {@code c} is a salutation alone ("各位代表:"). */
  public static boolean isSalutation(String c) {
    for (String s : LineRules.SALUTATIONS) {
      if (c.startsWith(s) && c.length() <= s.length() + 1) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line is a glossary heading ("名词解释", "附件:有关词语解释"). */
  public static boolean isGlossaryHeading(Line line) {
    String c = line.compact();
    if (c.length() > LineRules.GLOSSARY_HEADING_MAX) {
      return false;
    }
    while (!c.isEmpty() && (c.endsWith(":") || c.endsWith("。"))) {
      c = c.substring(0, c.length() - 1);
    }
    for (String end : LineRules.GLOSSARY_HEADING_ENDINGS) {
      if (c.endsWith(end) && !c.contains(",") && !c.contains("。")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the line is a date alone ("2021年04月27日", "2026-02-03 09:02:33"). */
  public static boolean isDateOnly(Line line) {
    String c = line.compact();
    DateReader.Found d = DateReader.find(c, 0);
    if (d == null || d.start() != 0) {
      return false;
    }
    for (int i = d.end(); i < c.length(); i++) {
      char ch = c.charAt(i);
      if (!(Character.isDigit(ch)
          || ch == ':'
          || ch == ' '
          || Character.isLetter(ch) && !Punctuation.isHan(ch)
          || ch == '星'
          || ch == '期'
          || ChineseNumerals.digit(ch) >= 0
          || ch == '日'
          || ch == '天')) {
        return false;
      }
    }
    return c.length() <= 30;
  }

  /**
   * Whether the line reads as body text: long, with clause or sentence punctuation, or a sentence
   * closed by a full stop.
   */
  public static boolean isBodyLike(Line line) {
    String n = line.norm();
    int punct = 0;
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == ',' || c == '。' || c == ';' || c == '、') {
        punct++;
      }
    }
    int han = Punctuation.countHan(n, 0, n.length());
    char last = line.last();
    boolean leadsOn = Punctuation.isSentenceEnd(last) || last == ':' || last == '—';
    return (line.length() >= LineRules.BODY_MIN_LENGTH && punct >= 1)
        || (han >= 15 && Punctuation.isSentenceEnd(last))
        // "今年,全区将着力从三个方面发力——": a clause that leads into what follows
        || (han >= 8 && n.indexOf(',') > 0 && leadsOn);
  }

  /** Whether the line ends in a way that closes a paragraph. */
  public static boolean closes(Line line) {
    String n = line.norm();
    // asked of most lines several times: two indexOf scans settle the common line without quotes
    return Punctuation.isClosing(line.last())
        && ((n.indexOf('\u201C') < 0 && n.indexOf('\u300A') < 0)
            || Punctuation.openQuotes(n, 0, n.length()) == 0);
  }
}

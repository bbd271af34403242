package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The tasks that paragraphs hold: a lead sentence that heads a paragraph ("加快激发市场消费潜力。"), and the
 * items of an enumeration ("一是…二是…", "第一,…", "首先…其次…", "——…"). Reads each paragraph's view, so
 * titles and spans hold across stray line breaks. Stateless.
 */
final class ParagraphTasks {
  /** Longest first clause that stands as a subtask's title in a paragraph without a lead. */
  static final int CLAUSE_TITLE_MAX = 16;

  /** Characters of a lead compared to tell whether a clause opens like its siblings' leads. */
  private static final int OPENING = 2;

  private ParagraphTasks() {}

  /**
   * The subtasks among {@code paragraphs}, each paragraph giving at most one:
   *
   * <ol>
   *   <li>an item of an enumeration that runs over paragraphs ("一是坚定实施扩大内需战略，…" / "二是…"), titled
   *       without its marker;
   *   <li>a paragraph opening with a short lead sentence ("加快激发市场消费潜力。…");
   *   <li>a lead line: a short sentence standing alone, heading the paragraph after it, when the
   *       paragraphs hold two or more such lines;
   *   <li>a paragraph whose short first clause is worded like its siblings' leads ("加快提升文旅发展质量,…"
   *       among "加快激发…。").
   * </ol>
   *
   * The enumeration inside a paragraph that gives a subtask nests under it; the one in another
   * paragraph stands beside them.
   */
  static List<TaskDraft> subtasks(
      List<Paragraph> paragraphs, ParagraphViews views, String sectionId) {
    List<String> norms = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      norms.add(views.of(p).norm());
    }
    Enumeration.Opening[] items = Enumeration.acrossParagraphs(norms);
    boolean leadLines = leadLines(paragraphs, norms) >= 2;
    List<String> openings = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (isSubtaskLead(p, views)) {
        openings.add(views.of(p).norm().substring(0, OPENING));
      }
    }
    Reading r =
        new Reading(paragraphs, views, norms, items, leadLines, paired(norms), openings, sectionId);
    List<TaskDraft> drafts = new ArrayList<>();
    List<Paragraph> heads = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      TaskDraft d = r.draft(i);
      if (d != null) {
        drafts.add(d);
        heads.add(paragraphs.get(i));
      }
    }
    List<TaskDraft> out = new ArrayList<>(drafts);
    for (TaskDraft e : enumerations(paragraphs, views, sectionId)) {
      int k = headOf(heads, e.start);
      if (k >= 0 && e.start == heads.get(k).span().start()) {
        continue; // the marker that opens a paragraph already gave it as an item of its own
      }
      (k >= 0 ? drafts.get(k).subtasks : out).add(e);
    }
    return out;
  }

  /** The paragraphs of a part with what was read across them, to tell each one's subtask. */
  private record Reading(
      List<Paragraph> paragraphs,
      ParagraphViews views,
      List<String> norms,
      Enumeration.Opening[] items,
      boolean leadLines,
      boolean paired,
      List<String> openings,
      String sectionId) {

    /** The subtask paragraph {@code i} opens, by the first of the four shapes it has, or null. */
    TaskDraft draft(int i) {
      Paragraph p = paragraphs.get(i);
      if (items[i] != null) {
        Enumeration.Opening o = items[i];
        return paragraph(
            p,
            p.text().substring(o.titleStart(), o.titleEnd()),
            p.text().substring(0, o.markerEnd()),
            sectionId);
      }
      if (paired && i % 2 == 1) {
        return null; // the body under a lead line, whatever its own first sentence
      }
      if (!paired && isSubtaskLead(p, views)) {
        return paragraph(p, p.lead(), null, sectionId);
      }
      if (paired
          || leadLines
              && isLeadLine(norms.get(i))
              && i + 1 < paragraphs.size()
              && !isLeadLine(norms.get(i + 1))
              && paragraphs.get(i + 1).lead() == null) {
        TaskDraft d = paragraph(p, p.text(), null, sectionId);
        d.end = paragraphs.get(i + 1).span().end();
        d.body = p.text() + "\n" + paragraphs.get(i + 1).text();
        return d;
      }
      if (p.lead() == null
          && !views.isIntro(p)
          && !isSalutation(views.of(p))
          && openings.size() >= 2) {
        int clause = firstClause(norms.get(i));
        if (clause >= 4
            && clause <= CLAUSE_TITLE_MAX
            && openings.contains(norms.get(i).substring(0, OPENING))) {
          return paragraph(p, p.text().substring(0, clause), null, sectionId);
        }
      }
      return null;
    }
  }

  /** The index of the head paragraph that holds offset {@code at}, or -1. */
  private static int headOf(List<Paragraph> heads, int at) {
    for (int k = 0; k < heads.size(); k++) {
      if (heads.get(k).span().start() <= at && at < heads.get(k).span().end()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether folded paragraph text {@code n} is a lead line: one short sentence standing alone
   * ("加强生态系统保护修复。"), closed by its full stop, with no clause inside.
   */
  static boolean isLeadLine(String n) {
    int len = n.length();
    if (len > LineRules.LEAD_MAX || len < 2 || n.charAt(len - 1) != '。') {
      return false;
    }
    for (int i = 0; i < len - 1; i++) {
      char c = n.charAt(i);
      if (Punctuation.isSentenceEnd(c) || c == ',' || c == ':' || c == ';') {
        return false;
      }
    }
    return Punctuation.countHan(n, 0, len) >= 4;
  }

  /**
   * Whether the paragraphs are lead lines and bodies in turn, two pairs or more ("加力扩大有效投资。" /
   * "用足用好…"): then each line heads the paragraph after it, even one whose own first sentence reads
   * like a lead.
   */
  private static boolean paired(List<String> norms) {
    if (norms.size() < 4 || norms.size() % 2 != 0) {
      return false;
    }
    for (int i = 0; i < norms.size(); i++) {
      if (isLeadLine(norms.get(i)) != (i % 2 == 0)) {
        return false;
      }
    }
    return true;
  }

  private static int leadLines(List<Paragraph> paragraphs, List<String> norms) {
    int n = 0;
    for (int i = 0; i + 1 < paragraphs.size(); i++) {
      if (isLeadLine(norms.get(i)) && !isLeadLine(norms.get(i + 1))) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether {@code p} opens with a lead sentence that names a piece of work: at most two clauses
   * ("稳定发展农业生产，多渠道增加农民收入。"), no colon.
   */
  static boolean isSubtaskLead(Paragraph p, ParagraphViews views) {
    return isSubtaskLead(p, views, 1);
  }

  /**
   * As {@link #isSubtaskLead(Paragraph, ParagraphViews)} with at most {@code maxCommas} commas in a
   * lead that shares its line with the body (a lead set on a line of its own may have more).
   */
  static boolean isSubtaskLead(Paragraph p, ParagraphViews views, int maxCommas) {
    if (p.lead() == null || isSalutation(views.of(p))) {
      return false;
    }
    TextView v = views.of(p);
    String n = v.norm().substring(0, p.lead().length());
    boolean setApart = v.isBroken() && v.firstPieceEnd() == n.length();
    int commas = commas(n);
    if (commas > 0 && !setApart && statesAFact(n)) {
      return false; // "我国有上亿市场主体，而且还在不断增加。", "维护稳定，是…的重要条件。"
    }
    return (setApart || commas <= maxCommas)
        && n.indexOf(':') < 0
        && Punctuation.countHan(n, 0, n.length()) >= 4;
  }

  /**
   * Whether a lead of two clauses (folded: {@code n}) states a fact rather than names work: it
   * opens with a subject or a time, its first clause is a span of time, or its second clause says
   * what the first is.
   */
  private static boolean statesAFact(String n) {
    int comma = n.indexOf(',');
    String first = n.substring(0, comma);
    String second = n.substring(comma + 1);
    return startsWithAny(n, TaskRules.STATEMENT_OPENINGS)
        || startsWithAny(second, TaskRules.STATEMENT_PREDICATES)
        || TaskRules.TIME_CLAUSE_ENDINGS.stream().anyMatch(first::endsWith);
  }

  private static boolean startsWithAny(String n, List<String> words) {
    for (String w : words) {
      if (n.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String n) {
    int c = 0;
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) == ',') {
        c++;
      }
    }
    return c;
  }

  /** Whether the paragraph opens with a salutation ("各位代表"). */
  static boolean isSalutation(TextView v) {
    String n = v.norm();
    for (String s : LineRules.SALUTATIONS) {
      if (n.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  /** Where the first clause of {@code n} ends, at its comma, or -1 when a sentence ends first. */
  private static int firstClause(String n) {
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == ',') {
        return i;
      }
      if (Punctuation.isSentenceEnd(c) || c == ':') {
        return -1;
      }
    }
    return -1;
  }

  /** A task made of a whole paragraph, titled {@code title}. */
  static TaskDraft paragraph(Paragraph p, String title, String number, String sectionId) {
    return new TaskDraft(number, title, p.span(), sectionId, p.text());
  }

  /**
   * The enumerated items of {@code paragraphs}: "——" paragraphs, and the items of "一是…" lists,
   * which may run on from one paragraph into the next ("…。一是努力增加城乡居民收入。…" / "…二是…").
   */
  static List<TaskDraft> enumerations(
      List<Paragraph> paragraphs, ParagraphViews views, String sectionId) {
    List<TaskDraft> out = new ArrayList<>();
    int size = 0;
    for (Paragraph p : paragraphs) {
      size += p.text().length() + 1;
    }
    // sized once: growing by doubling copied the paragraphs' text several times over
    StringBuilder text = new StringBuilder(size);
    StringBuilder norm = new StringBuilder(size);
    int[] starts = new int[paragraphs.size()];
    int[] ends = new int[paragraphs.size()];
    for (int i = 0; i < paragraphs.size(); i++) {
      Paragraph p = paragraphs.get(i);
      TextView v = views.of(p);
      dashItem(p, v, sectionId, out);
      starts[i] = text.length();
      text.append(v.text());
      norm.append(v.norm());
      ends[i] = text.length();
      text.append('\n');
      norm.append('\n');
    }
    if (paragraphs.isEmpty()) {
      return out;
    }
    String joined = text.toString();
    for (Enumeration.Item item : Enumeration.findAll(joined, norm.toString(), ends)) {
      String title = joined.substring(item.titleStart(), item.titleEnd());
      if (TaskDraft.strip(title).isEmpty()) {
        continue;
      }
      int first = paragraphAt(starts, item.start());
      int last = paragraphAt(starts, Math.max(item.start(), item.end() - 1));
      TextView a = views.of(paragraphs.get(first));
      TextView b = views.of(paragraphs.get(last));
      int from = a.docOffset(item.start() - starts[first]);
      int to = b.span(0, Math.min(b.length(), item.end() - starts[last])).end();
      out.add(
          new TaskDraft(
              item.number(),
              title,
              new Span(from, Math.max(from, to)),
              sectionId,
              joined.substring(item.start(), item.end()).strip()));
    }
    return out;
  }

  /** A "——" paragraph is an item titled by its first sentence. */
  private static void dashItem(Paragraph p, TextView v, String sectionId, List<TaskDraft> out) {
    String n = v.norm();
    if (!n.startsWith("——") || n.length() <= 2) {
      return;
    }
    int from = 2;
    while (from < n.length() && (n.charAt(from) == '—' || n.charAt(from) == ' ')) {
      from++;
    }
    String title = p.text().substring(from, sentenceEnd(n, from));
    if (!TaskDraft.strip(title).isEmpty()) {
      out.add(paragraph(p, title, "——", sectionId));
    }
  }

  private static int paragraphAt(int[] starts, int at) {
    int k = Arrays.binarySearch(starts, at);
    return k >= 0 ? k : -k - 2;
  }

  /** Where the sentence that starts at {@code from} ends (before its mark), or the text's end. */
  static int sentenceEnd(String n, int from) {
    for (int i = from; i < n.length(); i++) {
      if (Punctuation.isSentenceEnd(n.charAt(i))) {
        return i;
      }
    }
    return n.length();
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Severity;
import io.github.workreport.model.Span;
import io.github.workreport.model.Task;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the work a report commits to from its plan parts: numbered or bare headings under a plan
 * part, plan parts that are themselves a run of headings, groups of parallel lead paragraphs, the
 * lead-sentence subtasks of each, and enumerations ("一是…", "第一,…", "——…"). Review parts give
 * no tasks. Not thread-safe: one instance per parse.
 */
public final class TaskScanner {
  /** Fewest parallel lead paragraphs that make a task group. */
  static final int MIN_GROUP = 3;
  /** Longest first clause that stands as a subtask's title in a paragraph without a lead. */
  static final int CLAUSE_TITLE_MAX = 16;

  private final String text;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A task being built. */
  private static final class Draft {
    String number;
    String title;
    int start;
    int end;
    String sectionId;
    String body;
    final List<Draft> subtasks = new ArrayList<>();

    Span span() {
      return new Span(start, Math.max(start, end));
    }
  }

  /**
   * A scanner over one report.
   *
   * @param text the report's text
   */
  public TaskScanner(String text) {
    this.text = text;
  }

  /**
   * Reads the tasks of {@code sections}; {@code preamble} may announce their count. A text with no
   * section is read as a plan when {@code preamblePart} (its class, from the assembler) is PLAN.
   */
  public List<Task> scan(List<Paragraph> preamble, List<Section> sections, PartClass preamblePart) {
    List<Draft> top = new ArrayList<>();
    if (sections.isEmpty() && preamblePart == PartClass.PLAN) {
      List<Draft> found = leadGroups(preamble, null);
      if (!found.isEmpty()) {
        checkCount(preamble.subList(0, Math.max(0, indexOfStart(preamble, found.get(0)))), found, found.get(0).span());
      }
      top.addAll(found);
    }
    List<Paragraph> before = new ArrayList<>(preamble);
    List<Section> run = new ArrayList<>();
    for (Section s : sections) {
      if (s.part() != PartClass.PLAN) {
        flushRun(run, before, top);
        before.addAll(s.paragraphs());
        continue;
      }
      if (!s.children().isEmpty()) {
        flushRun(run, before, top);
        List<Draft> found = new ArrayList<>();
        for (Section c : s.children()) {
          found.add(fromSection(c));
        }
        checkCount(s.paragraphs(), found, s.headingSpan());
        // the part's own paragraphs stand before its children: their enumerations come first
        enumerations(s.paragraphs(), s.id(), top, true);
        top.addAll(found);
      } else if (s.number() == null || run.isEmpty() || run.get(0).number() != null) {
        run.add(s);
      }
    }
    flushRun(run, before, top);
    List<Task> out = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      out.add(toTask(top.get(i), "t" + (i + 1), i + 1));
    }
    return out;
  }

  /**
   * A run of plan parts without children: two or more are each a task; a single one is read for
   * groups of parallel lead paragraphs.
   */
  private void flushRun(List<Section> run, List<Paragraph> before, List<Draft> top) {
    if (run.isEmpty()) {
      return;
    }
    if (run.size() >= 2) {
      List<Draft> found = new ArrayList<>();
      for (Section s : run) {
        found.add(fromSection(s));
      }
      checkCount(before, found, run.get(0).headingSpan());
      top.addAll(found);
    } else {
      Section s = run.get(0);
      List<Draft> found = leadGroups(s.paragraphs(), s.id());
      if (!found.isEmpty()) {
        checkCount(s.paragraphs().subList(0, Math.max(0, indexOfStart(s.paragraphs(), found.get(0)))), found,
            s.headingSpan());
      }
      top.addAll(found);
    }
    for (Section s : run) {
      before.addAll(s.paragraphs());
    }
    run.clear();
  }

  /** The index of the paragraph where {@code first} starts, or of the one it stands in. */
  private static int indexOfStart(List<Paragraph> ps, Draft first) {
    for (int i = 0; i < ps.size(); i++) {
      if (ps.get(i).span().end() > first.start) {
        return i;
      }
    }
    return 0;
  }

  /** A task made of a section: its heading is the title, its paragraph leads the subtasks. */
  private Draft fromSection(Section s) {
    Draft d = new Draft();
    d.number = s.number();
    d.title = s.title();
    d.start = s.span().start();
    d.end = s.span().end();
    d.sectionId = s.id();
    d.body = sectionText(s);
    d.subtasks.addAll(subtasks(s.paragraphs(), s.id()));
    for (Section c : s.children()) {
      d.subtasks.add(fromSection(c));
    }
    enumerations(s.paragraphs(), s.id(), d.subtasks, false);
    return d;
  }

  /** The heading and paragraphs of a section, each paragraph whole across stray breaks. */
  private String sectionText(Section s) {
    StringBuilder sb = new StringBuilder(s.headingSpan().slice(text).strip());
    for (Paragraph p : s.paragraphs()) {
      sb.append('\n').append(p.text());
    }
    for (Section c : s.children()) {
      sb.append('\n').append(sectionText(c));
    }
    return sb.toString();
  }

  /**
   * The subtasks among {@code paragraphs}: each paragraph opening with a short lead sentence, or
   * with a short first clause worded like its siblings' leads ("加快提升文旅发展质量,…" among
   * "加快激发市场消费潜力。"…).
   */
  private List<Draft> subtasks(List<Paragraph> paragraphs, String sectionId) {
    List<Draft> out = new ArrayList<>();
    List<String> openings = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      if (isSubtaskLead(p)) {
        openings.add(TextNormalizer.normalize(p.lead()).substring(0, 2));
      }
    }
    for (Paragraph p : paragraphs) {
      String title = null;
      if (isSubtaskLead(p)) {
        title = strip(p.lead());
      } else if (p.lead() == null && !isSalutation(p)) {
        String clause = firstClause(p.text());
        if (clause != null && clause.length() <= CLAUSE_TITLE_MAX && openings.size() >= 2
            && openings.contains(TextNormalizer.normalize(clause).substring(0, 2))) {
          title = clause;
        }
      }
      if (title != null) {
        out.add(paragraphTask(p, title, null, sectionId));
      }
    }
    return out;
  }

  private static boolean isSubtaskLead(Paragraph p) {
    if (p.lead() == null || isSalutation(p)) {
      return false;
    }
    String n = TextNormalizer.normalize(p.lead());
    return n.indexOf(',') < 0 && n.indexOf(':') < 0 && Punctuation.countHan(n, 0, n.length()) >= 4 && n.length() >= 3;
  }

  private static final int SALUTATION_MAX =
      LineRules.SALUTATIONS.stream().mapToInt(String::length).max().orElse(0);

  private static boolean isSalutation(Paragraph p) {
    String n = TextNormalizer.compactPrefix(p.text(), SALUTATION_MAX);
    for (String s : LineRules.SALUTATIONS) {
      if (n.startsWith(s)) {
        return true;
      }
    }
    return false;
  }

  private static String firstClause(String text) {
    String n = TextNormalizer.normalize(text);
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == ',') {
        return i >= 4 ? text.substring(0, i) : null;
      }
      if (Punctuation.isSentenceEnd(c) || c == ':') {
        return null;
      }
    }
    return null;
  }

  private Draft paragraphTask(Paragraph p, String title, String number, String sectionId) {
    Draft d = new Draft();
    d.number = number;
    d.title = title;
    d.start = p.span().start();
    d.end = p.span().end();
    d.sectionId = sectionId;
    d.body = p.text();
    return d;
  }

  /**
   * Groups of parallel lead paragraphs in a plan part: leads of two clauses ("狠抓重大项目建设,
   * 持续增强高质量发展后劲。") whose second clauses share a word; each heads the subtask paragraphs
   * after it.
   */
  private List<Draft> leadGroups(List<Paragraph> ps, String sectionId) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      if (p.lead() != null && !isSalutation(p) && clauses(p.lead()) == 2) {
        candidates.add(i);
      }
    }
    String shared = sharedWord(ps, candidates);
    List<Draft> out = new ArrayList<>();
    if (shared == null) {
      enumerations(ps, sectionId, out, true);
      return out;
    }
    List<Integer> heads = new ArrayList<>();
    for (int i : candidates) {
      if (secondClause(ps.get(i).lead()).contains(shared)) {
        heads.add(i);
      }
    }
    int lastEnd = 0;
    for (int k = 0; k < heads.size(); k++) {
      int h = heads.get(k);
      int next = k + 1 < heads.size() ? heads.get(k + 1) : ps.size();
      Paragraph head = ps.get(h);
      Draft d = paragraphTask(head, strip(head.lead()), null, sectionId);
      List<Paragraph> members = new ArrayList<>();
      for (int j = h + 1; j < next && isSubtaskLead(ps.get(j)); j++) {
        members.add(ps.get(j));
      }
      d.subtasks.addAll(subtasks(members, sectionId));
      if (!members.isEmpty()) {
        d.end = members.get(members.size() - 1).span().end();
      }
      List<Paragraph> inTask = new ArrayList<>();
      inTask.add(head);
      enumerations(inTask, sectionId, d.subtasks, false);
      StringBuilder body = new StringBuilder(head.text());
      for (Paragraph m : members) {
        body.append('\n').append(m.text());
      }
      d.body = body.toString();
      out.add(d);
      lastEnd = h + 1 + members.size();
    }
    // what follows the last group (a closing part) may still enumerate work
    List<Paragraph> rest = ps.subList(Math.min(lastEnd, ps.size()), ps.size());
    enumerations(rest, sectionId, out, true);
    return out;
  }

  private static int clauses(String lead) {
    String n = TextNormalizer.normalize(lead);
    int commas = 0;
    for (int i = 0; i < n.length(); i++) {
      if (n.charAt(i) == ',') {
        commas++;
      }
    }
    return commas + 1;
  }

  private static String secondClause(String lead) {
    String n = TextNormalizer.normalize(lead);
    return n.substring(n.indexOf(',') + 1);
  }

  /**
   * The two-character word that the second clauses of the most candidate leads share, when at
   * least {@link #MIN_GROUP} and half of them share it; else null.
   */
  private static String sharedWord(List<Paragraph> ps, List<Integer> candidates) {
    if (candidates.size() < MIN_GROUP) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i : candidates) {
      String c = secondClause(ps.get(i).lead());
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int k = 0; k + 2 <= c.length(); k++) {
        String w = c.substring(k, k + 2);
        if (Punctuation.countHan(w, 0, 2) == 2 && seen.add(w)) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= MIN_GROUP && bestCount * 2 >= candidates.size() ? best : null;
  }

  /**
   * Adds the enumerated items of {@code paragraphs} ("一是…", "——…") to {@code into}; as tasks
   * of their own when {@code top}, else as subtasks.
   */
  private void enumerations(List<Paragraph> paragraphs, String sectionId, List<Draft> into, boolean top) {
    for (Paragraph p : paragraphs) {
      String n = TextNormalizer.normalize(p.text());
      if (n.startsWith("\u2014\u2014") && n.length() > 2) {
        String body = p.text().substring(2).strip();
        String title = p.lead() != null ? strip(p.lead().substring(2)) : strip(firstSentence(body));
        if (!title.isEmpty()) {
          Draft d = paragraphTask(p, title, "\u2014\u2014", sectionId);
          into.add(d);
        }
        continue;
      }
      for (Enumeration.Item item : Enumeration.find(p.text())) {
        Draft d = new Draft();
        d.number = item.number();
        d.title = p.text().substring(item.titleStart(), item.titleEnd()).strip();
        d.start = p.span().start() + item.start();
        d.end = p.span().start() + item.end();
        d.sectionId = sectionId;
        d.body = p.text().substring(item.start(), item.end()).strip();
        if (!d.title.isEmpty()) {
          into.add(d);
        }
      }
    }
  }

  private static String firstSentence(String s) {
    String n = TextNormalizer.normalize(s);
    for (int i = 0; i < n.length(); i++) {
      if (Punctuation.isSentenceEnd(n.charAt(i))) {
        return s.substring(0, i);
      }
    }
    return s;
  }

  /** Compares the tasks found with the count the text before them announces. */
  private void checkCount(List<Paragraph> before, List<Draft> found, Span at) {
    int announced = -1;
    Span where = at;
    for (int i = before.size() - 1; i >= 0 && announced < 0; i--) {
      announced = Enumeration.announcedCount(before.get(i).text());
      where = before.get(i).span();
    }
    if (announced > 0 && announced != found.size()) {
      diagnostics.add(new Diagnostic(Severity.WARNING, "task-count-mismatch",
          "the text announces " + announced + " parts of the work but " + found.size() + " were found", where));
    }
  }

  private static String strip(String s) {
    String t = s.strip();
    while (!t.isEmpty()) {
      char c = TextNormalizer.fold(t.charAt(t.length() - 1));
      if (Punctuation.isSentenceEnd(c) || c == ',' || c == ':' || c == ' ') {
        t = t.substring(0, t.length() - 1);
      } else {
        break;
      }
    }
    return t.strip();
  }

  private Task toTask(Draft d, String id, int ordinal) {
    List<Task> subs = new ArrayList<>();
    for (int i = 0; i < d.subtasks.size(); i++) {
      subs.add(toTask(d.subtasks.get(i), id + "." + (i + 1), i + 1));
    }
    String title = d.title.isBlank() ? d.body.strip() : d.title;
    return new Task(id, d.number, ordinal, title, d.body, new Span(d.start, Math.max(d.start, d.end)), d.sectionId, subs);
  }

  /** What the reading noticed: announced counts the tasks do not match. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}

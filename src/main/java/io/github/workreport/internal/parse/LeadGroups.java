package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.model.Paragraph;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups of parallel lead paragraphs in a plan made of paragraphs only: leads of two clauses
 * ("狠抓重大项目建设,持续增强高质量发展后劲。") whose second clauses share a word, each heading the lead-sentence
 * paragraphs after it. Stateless.
 */
final class LeadGroups {
  /** Fewest parallel lead paragraphs that make a task group. */
  static final int MIN_GROUP = 3;

  /** Length of the word the second clauses share. */
  private static final int WORD = 2;

  private LeadGroups() {}

  /**
   * The groups of {@code ps}, each a task whose subtasks are its members' leads; then the
   * enumerations of what follows the last group (a closing passage may still list work). Empty when
   * the paragraphs form no group.
   */
  static List<TaskDraft> find(List<Paragraph> ps, ParagraphViews views, String sectionId) {
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      Paragraph p = ps.get(i);
      if (p.lead() != null && !ParagraphTasks.isSalutation(views.of(p)) && commas(views, p) == 1) {
        candidates.add(i);
      }
    }
    String shared = sharedWord(ps, views, candidates);
    List<TaskDraft> out = new ArrayList<>();
    if (shared == null) {
      return out;
    }
    List<Integer> heads = new ArrayList<>();
    for (int i : candidates) {
      if (secondClause(views, ps.get(i)).contains(shared)) {
        heads.add(i);
      }
    }
    int lastEnd = 0;
    for (int k = 0; k < heads.size(); k++) {
      int h = heads.get(k);
      int next = k + 1 < heads.size() ? heads.get(k + 1) : ps.size();
      Paragraph head = ps.get(h);
      TaskDraft d = ParagraphTasks.paragraph(head, head.lead(), null, sectionId);
      List<Paragraph> members = new ArrayList<>();
      // members are one-clause leads: a two-clause one is a group head or a closing passage
      for (int j = h + 1; j < next && ParagraphTasks.isSubtaskLead(ps.get(j), views, 0); j++) {
        members.add(ps.get(j));
      }
      d.subtasks.addAll(ParagraphTasks.enumerations(List.of(head), views, sectionId));
      d.subtasks.addAll(ParagraphTasks.subtasks(members, views, sectionId));
      StringBuilder body = new StringBuilder(head.text());
      for (Paragraph m : members) {
        body.append('\n').append(m.text());
        d.end = m.span().end();
      }
      d.body = body.toString();
      out.add(d);
      lastEnd = h + 1 + members.size();
    }
    out.addAll(
        ParagraphTasks.enumerations(
            ps.subList(Math.min(lastEnd, ps.size()), ps.size()), views, sectionId));
    return out;
  }

  private static int commas(ParagraphViews views, Paragraph p) {
    String n = views.of(p).norm();
    int commas = 0;
    for (int i = 0; i < p.lead().length(); i++) {
      if (n.charAt(i) == ',') {
        commas++;
      }
    }
    return commas;
  }

  private static String secondClause(ParagraphViews views, Paragraph p) {
    String lead = views.of(p).norm().substring(0, p.lead().length());
    return lead.substring(lead.indexOf(',') + 1);
  }

  /**
   * The two-character word that the second clauses of the most candidate leads share, when at least
   * {@link #MIN_GROUP} and half of them share it; else null.
   */
  private static String sharedWord(
      List<Paragraph> ps, ParagraphViews views, List<Integer> candidates) {
    if (candidates.size() < MIN_GROUP) {
      return null;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i : candidates) {
      String c = secondClause(views, ps.get(i));
      Set<String> seen = new HashSet<>();
      for (int k = 0; k + WORD <= c.length(); k++) {
        String w = c.substring(k, k + WORD);
        if (Punctuation.countHan(w, 0, WORD) == WORD && seen.add(w)) {
          counts.merge(w, 1, Integer::sum);
        }
      }
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount
          || (e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0)) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount >= MIN_GROUP && bestCount * 2 >= candidates.size() ? best : null;
  }
}

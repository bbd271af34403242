package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.internal.text.WordIndex;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.GlossaryOrigin;
import io.github.workreport.model.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads glossary entries: the entries of a closing block in every form reports use ("【六稳】指…",
 * "1.“四强”行动:指…", "“土特产”:“土”,…", "【四风】形式主义、…"), and inline definitions in the body
 * ("网格提效、…和文明提质“八大行动”"). Reads each paragraph's view, so that spans hold across stray line breaks.
 * Stateless; {@link #scan} is the stage.
 */
public final class GlossaryScanner {
  /** Longest term before a colon or 指. */
  static final int TERM_MAX = 30;

  /** Longest term before a colon that is neither quoted nor numbered. */
  static final int UNQUOTED_TERM_MAX = 6;

  /**
   * Fewest parts an inline definition lists; two-part lists are too often a verb and its object.
   */
  static final int INLINE_MIN_COUNT = 3;

  /** Longest list, in characters, read back from an inline term. */
  static final int INLINE_MAX = 200;

  private final List<Draft> drafts = new ArrayList<>();
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private GlossaryScanner() {}

  /**
   * The glossary of a text and what its reading noticed.
   *
   * @param entries the entries, in document order
   * @param diagnostics terms whose items do not match their numeral, mentions capped
   */
  public record Glossary(List<GlossaryEntry> entries, List<Diagnostic> diagnostics) {
    /** Copies the lists. */
    public Glossary {
      entries = List.copyOf(entries);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * Reads the glossary of a text: the entries of the glossary block's paragraphs {@code block}, the
   * inline definitions of the body's paragraphs {@code body}, and each entry's mentions in {@code
   * text} outside {@code blockSpan} (the glossary block, or null).
   */
  public static Glossary scan(
      List<TextView> block, List<TextView> body, String text, Span blockSpan) {
    GlossaryScanner g = new GlossaryScanner();
    g.block(block);
    for (TextView v : body) {
      g.inlineIn(v);
    }
    List<GlossaryEntry> entries = g.entries(text, blockSpan);
    return new Glossary(entries, g.diagnostics);
  }

  /**
   * The most mentions kept for one entry: a document that repeats itself would otherwise give each
   * of its repeated entries every repeated mention, a result that grows with the square of its
   * length.
   */
  static final int MAX_MENTIONS = 1000;

  /** An entry being read. */
  private static final class Draft {
    String term;
    String key;
    String definition;
    GlossaryOrigin origin;
    int number; // the entry's number "N." in a numbered block, or 0
    int start;
    int end;
  }

  /** Reads the entries of a glossary block, one paragraph or more per entry. */
  private void block(List<TextView> paragraphs) {
    Draft last = null;
    int next = 1; // the number the next numbered entry should carry
    for (TextView p : paragraphs) {
      Draft d = entry(p.text(), p.norm(), p.span().start(), next);
      if (d != null) {
        next = d.number > 0 ? d.number + 1 : next;
        d.end = p.span().end();
        drafts.add(d);
        last = d;
      } else if (last != null
          && (last.definition.isBlank() || !LineShapes.closes(lastLine(last.definition)))) {
        // an entry cut by a stray break runs over into the next paragraph
        last.definition = last.definition + p.text();
        last.end = p.span().end();
        last = null;
      } else {
        last = null;
      }
    }
  }

  private static Line lastLine(String s) {
    String t = s.strip();
    return new Line(0, 0, t.length(), t, TextNormalizer.normalize(t), null, false);
  }

  /**
   * One entry of a glossary block, or null when the text (folded: {@code n}) does not open one;
   * {@code expected} is the number the next numbered entry should carry.
   */
  private static Draft entry(String text, String n, int offset, int expected) {
    int at = 0;
    Marker m = MarkerReader.read(n);
    if (m == null) {
      m = MarkerReader.expectedArabic(n, expected);
    }
    if (m != null) {
      at = m.length();
    }
    Draft d = new Draft();
    d.number = m != null && m.style() == Marker.Style.ARABIC ? m.ordinal() : 0;
    d.origin = GlossaryOrigin.GLOSSARY;
    d.start = offset;
    if (at < n.length() && n.charAt(at) == '【') {
      int close = n.indexOf('】', at);
      if (close < 0 || close - at > TERM_MAX) {
        return null;
      }
      d.term = text.substring(at + 1, close).strip();
      d.key = d.term;
      d.definition = afterSeparator(text, n, close + 1);
      return d.term.isEmpty() ? null : d;
    }
    int colon = colonBeforeDefinition(n, at);
    if (colon > at && !isTermLike(n, at, colon, m != null)) {
      return null;
    }
    if (colon > at) {
      d.term = text.substring(at, colon).strip();
      d.definition = afterSeparator(text, n, colon + 1);
    } else {
      int zhi = n.indexOf('指', at);
      if (zhi <= at || zhi - at > TERM_MAX || !(n.charAt(at) == '“' || m != null)) {
        return null;
      }
      d.term = text.substring(at, zhi).strip();
      d.definition = text.substring(zhi).strip();
    }
    if (d.term.isEmpty() || hasSentenceEnd(d.term)) {
      return null;
    }
    d.key = key(d.term);
    return d;
  }

  /**
   * Whether the text before a colon can be a term: quoted, numbered, or short. "重点实施三项工程:" in
   * running text is a lead-in, not a term.
   */
  private static boolean isTermLike(String n, int from, int colon, boolean numbered) {
    String t = n.substring(from, colon);
    return numbered
        || t.indexOf('“') >= 0
        || t.indexOf('"') >= 0
        || t.strip().length() <= UNQUOTED_TERM_MAX;
  }

  /** The first colon outside quotes within {@link #TERM_MAX} characters of {@code from}, or -1. */
  private static int colonBeforeDefinition(String n, int from) {
    int open = 0;
    for (int i = from; i < n.length() && i - from <= TERM_MAX; i++) {
      char c = n.charAt(i);
      if (c == '“') {
        open++;
      } else if (c == '”' && open > 0) {
        open--;
      } else if (c == ':' && open == 0) {
        return i;
      } else if (Punctuation.isSentenceEnd(c) || c == ',') {
        return -1;
      }
    }
    return -1;
  }

  private static String afterSeparator(String text, String n, int from) {
    int i = from;
    while (i < n.length() && (n.charAt(i) == ':' || n.charAt(i) == ' ')) {
      i++;
    }
    return text.substring(i).strip();
  }

  private static boolean hasSentenceEnd(String s) {
    String n = TextNormalizer.normalize(s);
    for (int i = 0; i < n.length(); i++) {
      if (Punctuation.isSentenceEnd(n.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key a term is mentioned by: its quoted part ("四强" for "“四强”行动"), else the term without
   * brackets.
   */
  static String key(String term) {
    int open = term.indexOf('“');
    int close = open < 0 ? -1 : term.indexOf('”', open + 1);
    if (open >= 0 && close > open + 1) {
      return term.substring(open + 1, close);
    }
    return term.replace("【", "").replace("】", "").strip();
  }

  /** Finds "…、…和X“N大行动”": a list closed by a quoted term that announces a count. */
  private void inlineIn(TextView v) {
    String text = v.text();
    String n = v.norm();
    int open = n.indexOf('“');
    while (open >= 0) {
      int close = n.indexOf('”', open + 1);
      if (close < 0) {
        return;
      }
      String term = text.substring(open + 1, close);
      int count = TermNumeral.count(term);
      char before = open > 0 ? n.charAt(open - 1) : ' ';
      // "企业、校园、“两站一场”": a quoted term after a separator is a sibling in the list, not its name
      boolean sibling = before == '、' || before == ',' || before == ' ';
      if (count >= INLINE_MIN_COUNT && term.length() <= 12 && !sibling) {
        int from = listStart(n, open);
        ItemSplitter.Split split = ItemSplitter.split(text.substring(from, open), count);
        from = pastGoverningWords(split, text, from);
        String list = text.substring(from, open);
        if (split.matched() && n.substring(from, open).indexOf('、') >= 0) {
          Draft d = new Draft();
          d.term = term;
          d.key = term;
          d.definition = list;
          d.origin = GlossaryOrigin.INLINE;
          Span at = v.span(from, close + 1);
          d.start = at.start();
          d.end = at.end();
          if (drafts.stream().noneMatch(x -> x.key.equals(term))) {
            drafts.add(d);
          }
        }
      }
      open = n.indexOf('“', close + 1);
    }
  }

  /**
   * Where the list starts once the words governing it are left out of its first part
   * ("坚持稳就业、稳金融、…稳预期“六稳”"): when the first part opens with a verb of work ({@link
   * LineRules#LIST_VERBS}) and the other parts share one length, the first keeps only its last
   * characters of that length.
   */
  private static boolean opensWithListVerb(String folded) {
    return LineRules.LIST_VERBS.stream().anyMatch(folded::startsWith);
  }

  private static int pastGoverningWords(ItemSplitter.Split split, String text, int from) {
    List<String> items = split.items();
    int first = items.isEmpty() ? -1 : text.indexOf(items.get(0), from);
    if (!split.matched()
        || items.size() < INLINE_MIN_COUNT
        || first < 0
        || !opensWithListVerb(TextNormalizer.normalize(items.get(0)))) {
      return from;
    }
    int length = items.get(1).length();
    for (int k = 2; k < items.size(); k++) {
      if (items.get(k).length() != length) {
        return from;
      }
    }
    return Math.max(from, first + items.get(0).length() - length);
  }

  /** Where the list before an inline term starts: after the last clause or sentence mark. */
  private static int listStart(String n, int open) {
    int i = open - 1;
    while (i >= 0 && open - i <= INLINE_MAX) {
      char c = n.charAt(i);
      if (c == ',' || c == ':' || c == ';' || c == '”' || Punctuation.isSentenceEnd(c)) {
        break;
      }
      i--;
    }
    return i + 1;
  }

  /**
   * The entries, with their items and mentions: the spans where each key stands in {@code text}
   * outside {@code block} (the glossary block, or null) and outside the entry itself.
   */
  private List<GlossaryEntry> entries(String text, Span block) {
    List<GlossaryEntry> out = new ArrayList<>();
    drafts.sort(Comparator.comparingInt(d -> d.start));
    Map<String, List<Span>> occurrences = occurrences(text);
    for (Draft d : drafts) {
      int plain = TermNumeral.count(d.term);
      int count =
          TermNumeral.count(
              d.term, ItemSplitter.splitOn(ItemSplitter.strip(d.definition), ",;").size());
      ItemSplitter.Split split = ItemSplitter.split(d.definition, count);
      if (!split.matched() && count != plain) {
        count = plain; // one numeral for each clause, but the clauses do not list as many parts
        split = ItemSplitter.split(d.definition, plain);
      }
      Span span = new Span(d.start, d.end);
      if (count > 0 && !split.matched()) {
        diagnostics.add(
            DiagnosticCode.GLOSSARY_ITEM_COUNT.at(
                span,
                "“"
                    + d.term
                    + "” announces "
                    + count
                    + " parts but its definition lists "
                    + split.items().size()));
      }
      out.add(
          new GlossaryEntry(
              out.size() + 1,
              d.term,
              d.definition,
              split.items(),
              d.origin,
              span,
              mentions(occurrences.getOrDefault(d.key, List.of()), block, span, d.term)));
    }
    return out;
  }

  /**
   * Where each key stands in {@code text}, found in one pass for all keys at once: a scan of the
   * text per entry would make a report with a long glossary cost its length times its entries. A
   * key's occurrences do not overlap one another.
   */
  private Map<String, List<Span>> occurrences(String text) {
    Map<String, List<Span>> out = new HashMap<>();
    List<String> keys = new ArrayList<>();
    for (Draft d : drafts) {
      if (!d.key.isEmpty() && out.putIfAbsent(d.key, new ArrayList<>()) == null) {
        keys.add(d.key);
      }
    }
    if (keys.isEmpty()) {
      return out;
    }
    WordIndex index = new WordIndex(keys);
    Map<String, Integer> lastEnd = new HashMap<>();
    for (int i = 0; i < text.length(); i++) {
      String[] candidates = index.startingWith(text.charAt(i));
      if (candidates == null) {
        continue;
      }
      for (String key : candidates) {
        if (text.startsWith(key, i) && i >= lastEnd.getOrDefault(key, 0)) {
          out.get(key).add(new Span(i, i + key.length()));
          lastEnd.put(key, i + key.length());
        }
      }
    }
    return out;
  }

  private List<Span> mentions(List<Span> occurrences, Span block, Span entry, String term) {
    List<Span> out = new ArrayList<>();
    for (Span s : occurrences) {
      boolean inBlock = block != null && block.contains(s);
      if (!inBlock && !entry.contains(s)) {
        if (out.size() == MAX_MENTIONS) {
          diagnostics.add(
              DiagnosticCode.GLOSSARY_MENTIONS_CAPPED.at(
                  entry,
                  "“"
                      + term
                      + "” is mentioned more than "
                      + MAX_MENTIONS
                      + " times; the first are kept"));
          break;
        }
        out.add(s);
      }
    }
    return out;
  }
}

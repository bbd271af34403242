package io.github.workreport.internal.target;

import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.model.TargetStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a sentence carries from one figure to the next, for {@link TargetExtractor}: the subject of
 * the last figure, the topic of a clause without one, and the subjects named so far. One a sentence
 * (or headline block); not thread-safe.
 */
final class SentenceCarry {
  String subject;

  /** The unit of the figure that named {@link #subject}, or null. */
  String unit;

  String topic;

  /**
   * The topic when a heading before a colon that opens the paragraph names it ("原煤:"), else null.
   */
  String heading;

  /**
   * "五年建成新线5944公里，复线4603公里": the verb of new work whose object list a clause ended on, which goes
   * on to the bare objects of the clauses after it; null when the last clause did not end so.
   */
  private VerbKind listKind;

  /**
   * The verb of new work of the clause before when it goes on to this clause's bare object: a part
   * of it ("其中高速公路…") or a short thing of the same head ("建成新线…，复线…"); else null.
   */
  VerbKind kindGoingOn(Clause c, Figure first) {
    String n = c.folded();
    int end = first.start();
    if (listKind == null || subject == null || end <= c.from()) {
      return null;
    }
    char head = subject.charAt(subject.length() - 1);
    // a short name only: "粮食播种面积" after "新增…面积" is a quantity of its own
    boolean goesOn =
        n.startsWith("其中", c.from())
            || n.charAt(end - 1) == head && end - c.from() <= TargetRules.BARE_OBJECT_MAX;
    return goesOn ? listKind : null;
  }

  /** Keeps the verb of new work of a clause that ends on its figures, for the clause after it. */
  void endClause(Clause c, List<Figure> figures, VerbKind kind) {
    int i = figures.isEmpty() ? c.from() : figures.get(figures.size() - 1).end();
    while (i < c.to() && SubjectReader.isEdgeMark(c.folded().charAt(i))) {
      i++;
    }
    listKind = kind == VerbKind.INCREMENT && !figures.isEmpty() && i >= c.to() ? kind : null;
  }

  /** The status of the last target of the sentence, which a comparison after it shares. */
  TargetStatus status;

  /**
   * The short clauses without a figure since the last clause with one, whose topic is read only
   * when a figure follows in the sentence: most such clauses are followed by none, and reading a
   * topic is the dearest step of the clause loop.
   */
  final List<Clause> pendingTopics = new ArrayList<>();

  /** Sets {@link #topic} from the last pending clause that names one, as if each had been read. */
  void resolveTopic() {
    for (int k = pendingTopics.size() - 1; k >= 0; k--) {
      Clause c = pendingTopics.get(k);
      String t = TopicReader.topic(c);
      String h = TopicReader.heading(c);
      if (t == null && h != null) {
        heading =
            h; // "钢:": a heading of one letter names what the sentence measures, but is no topic
        break;
      }
      if (t != null) {
        topic = t;
        heading = h;
        subject = null; // a newer topic stands nearer than the subject of a figure before it
        break;
      }
    }
    pendingTopics.clear();
  }

  /** The subjects named so far in the sentence, in order, each once. */
  final List<String> named = new ArrayList<>();

  /**
   * The names of {@link #named} once there are more than a few, so that a long list is checked in
   * constant time a name; null before (most sentences name one or two, and a set for each cost).
   */
  private Set<String> seen;

  /** Adds {@code name} to the names the clauses so far have named, once. */
  void name(String name) {
    if (seen == null && named.size() >= 8) {
      seen = new HashSet<>(named);
    }
    if (seen == null ? !named.contains(name) : seen.add(name)) {
      named.add(name);
    }
  }

  /**
   * "城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%": a list of values with nothing
   * named but the last subject is for as many subjects named before.
   */
  List<String> spreadOver(List<String> indicators, int values) {
    boolean carried = indicators.size() == 1 && indicators.get(0).equals(subject);
    return carried && values > 1 && named.size() >= values
        ? named.subList(named.size() - values, named.size())
        : indicators;
  }
}

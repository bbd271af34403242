package io.github.workreport.internal.target;

import io.github.workreport.internal.target.TargetRules.VerbKind;
import io.github.workreport.model.Measure;
import io.github.workreport.model.TargetStatus;
import java.util.ArrayDeque;
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

  /**
   * The subjects a spread named beyond the values of its figure, for the figures listed right after
   * it ("旅客和货邮吞吐量分别达到1.35亿人次、453.8万吨": the second figure, of another unit, is the second
   * subject's).
   */
  private final ArrayDeque<String> ahead = new ArrayDeque<>();

  /** The measure of the figure before in the clause, which the figures listed after it share. */
  private Measure leadMeasure;

  /**
   * The naming of a figure with {@code values} values as the sentence carries it: its subjects
   * spread over those named before ({@link #spreadOver}), or the one a spread left to it when it is
   * {@code listed} right after that spread's figure, with that figure's measure ("分别增长3.8倍、80.2%");
   * else its own measure {@code own}.
   */
  IndicatorNamer.Naming listed(
      IndicatorNamer.Naming naming, Measure own, int values, boolean listed, boolean listsOn) {
    boolean lead = listed && !ahead.isEmpty();
    List<String> names =
        listedNames(spreadOver(naming.indicators(), values), values, listed, listsOn);
    leadMeasure = lead ? leadMeasure : own;
    return new IndicatorNamer.Naming(
        List.copyOf(names), leadMeasure, naming.bound(), naming.objectKind());
  }

  /**
   * The indicators of a figure with {@code values} values: the next subjects left by a spread when
   * the figure is {@code listed} right after its figure, the first of more subjects than values
   * when figures are listed after it ({@code listsOn}), else {@code indicators}.
   */
  private List<String> listedNames(
      List<String> indicators, int values, boolean listed, boolean listsOn) {
    if (listed && !ahead.isEmpty()) {
      List<String> next = new ArrayList<>(values);
      while (next.size() < values && !ahead.isEmpty()) {
        next.add(ahead.poll());
      }
      return next;
    }
    ahead.clear();
    // "分别达1万亿元、2万亿元、3000亿元": a figure of two values is the first two subjects'
    if (listsOn && indicators.size() > values) {
      ahead.addAll(indicators.subList(values, indicators.size()));
      return List.copyOf(indicators.subList(0, values));
    }
    return indicators;
  }

  /** Whether only list marks (、, 和, 及, 与) stand between figure {@code i} and the one after it. */
  static boolean listedBetween(String n, List<Figure> figures, int i) {
    int from = figures.get(i).end();
    int to = figures.get(i + 1).start();
    boolean mark = false;
    for (int k = from; k < to; k++) {
      char c = n.charAt(k);
      if ("、和及与".indexOf(c) >= 0) {
        mark = true;
      } else if (c != ' ') {
        return false;
      }
    }
    return mark;
  }
}

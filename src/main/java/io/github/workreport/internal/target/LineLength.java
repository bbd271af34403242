package io.github.workreport.internal.target;

import io.github.workreport.internal.target.IndicatorNamer.Carried;
import io.github.workreport.internal.text.Punctuation;
import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;

/**
 * "开通3条地铁新线、新增运营里程30公里", "新增高速公路通车里程1523公里，总里程达8667公里": a length named bare (里程, 运营里程, 总里程) is the
 * length of the network the figure before it in the sentence counted in lines or measured in
 * length; names it so (地铁运营里程, 高速公路总里程). Stateless.
 */
final class LineLength {
  private LineLength() {}

  /** The words that name a length of lines, after what the lines are in. */
  private static final List<String> LENGTHS = List.of("总里程", "里程", "总长度", "总长");

  /** The states of lines whose length is counted ("运营里程", "通车里程"): no thing of their own. */
  private static final List<String> LINE_STATES =
      List.of("新投产", "投产", "运营", "营运", "营业", "通车", "通航", "建成", "开通");

  /** Words that name the lines themselves, after the network they belong to ("地铁新线"). */
  private static final List<String> LINE_NOUNS = List.of("线路", "新线");

  /** Units of a figure that counts lines or measures their length. */
  private static final List<String> LINE_UNITS = List.of("条", "公里", "千米", "km");

  /**
   * The bare length named with the network the figure before measured, or null when {@code name} is
   * no bare length, or the figure before did not count lines or measure a length, or its name gives
   * no network.
   */
  static String of(String name, Carried carried) {
    String n = TextNormalizer.normalize(name).strip();
    if (lengthAt(n) != 0 || carried.subject() == null || !LINE_UNITS.contains(carried.unit())) {
      return null;
    }
    String subject = carried.subject().strip(); // folding keeps offsets: they hold in the words
    SubjectReader.Range network = network(TextNormalizer.normalize(subject));
    return network == null ? null : subject.substring(network.from(), network.to()) + name.strip();
  }

  /**
   * Where the bare length name in {@code n} starts: 0 when all of {@code n} is one (a state of
   * lines and a length word), or -1 when {@code n} does not end on one.
   */
  private static int lengthAt(String n) {
    for (String length : LENGTHS) {
      if (!n.endsWith(length)) {
        continue;
      }
      int at = n.length() - length.length();
      for (String state : LINE_STATES) {
        if (at >= state.length() && n.startsWith(state, at - state.length())) {
          return at - state.length();
        }
      }
      return at;
    }
    return -1;
  }

  /**
   * Where the name of the network stands in a name of its lines or length ("地铁新线" → 地铁, "新开工铁路" →
   * 铁路, "高速公路通车里程" → 高速公路), or null when it names none.
   */
  private static SubjectReader.Range network(String n) {
    int at = lengthAt(n);
    if (at == 0) {
      return null; // a bare length itself names no network
    }
    int end = at > 0 ? at : n.length();
    for (String line : LINE_NOUNS) {
      if (end - line.length() >= 2 && n.startsWith(line, end - line.length())) {
        end -= line.length();
        break;
      }
    }
    for (String state : LINE_STATES) {
      if (end - state.length() >= 2 && n.startsWith(state, end - state.length())) {
        end -= state.length(); // "城市轨道交通运营线路": the network comes before its state
        break;
      }
    }
    int from = 0;
    String verb = LeftVerbs.leftVerbAt(n, 0, end);
    while (verb != null
        && LeftVerbs.isLeftVerb(n, from, verb, end)
        && end - from - verb.length() >= 2) {
      from += verb.length(); // "新开工铁路": the work done on the lines is no part of the network
      verb = LeftVerbs.leftVerbAt(n, from, end);
    }
    boolean han = end - from >= 2 && end - from <= TargetRules.TOPIC_NAME_MAX;
    for (int i = from; han && i < end; i++) {
      han = Punctuation.isHan(n.charAt(i));
    }
    return han ? new SubjectReader.Range(from, end) : null;
  }
}

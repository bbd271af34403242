package io.github.workreport.internal.target;

import io.github.workreport.internal.text.TextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The table of standard indicators ({@code indicators.tsv} beside this class): a stable key per
 * indicator, its standard name, its direction and the names reports give it. Answers the key of an
 * indicator as a report names it. Loaded once; immutable and thread-safe.
 */
public final class IndicatorKeys {
  /** Which way an indicator is better. */
  public enum Direction {
    /** More is better. */
    HIGHER_BETTER,
    /** Less is better. */
    LOWER_BETTER,
    /** A limit not to be passed: a price rise, an unemployment rate, a deficit. */
    CEILING
  }

  /**
   * One standard indicator.
   *
   * @param key the stable key ("gdp")
   * @param name the standard Chinese name
   * @param direction which way it is better
   * @param names the names reports use, folded as they are matched
   * @param acts the acts of the standard statistic ("改造"), one of which a name without any must
   *     have in its statement for the key to apply ("改造老旧小区300个", not "为800个老旧小区引入物业服务"); empty
   *     when the name alone says it
   */
  public record Indicator(
      String key, String name, Direction direction, List<String> names, List<String> acts) {
    /** Copies the lists; never null. */
    public Indicator {
      names = List.copyOf(names);
      acts = List.copyOf(acts);
    }
  }

  private static final String TABLE = "indicators.tsv";

  /** Leading scope words a name is matched without ("全省地区生产总值"). */
  private static final List<String> SCOPES =
      List.of(
          "全自治区", "全疆", "全藏", "全川", "全蜀", "全粤", "全晋", "全豫", "全鲁", "全皖", "全赣", "全湘", "全鄂", "全陕",
          "全陇", "全琼", "全黔", "全滇", "全桂", "全冀", "全辽", "全浙", "全渝", "全沪", "全省", "全市", "全区", "全县", "全州",
          "全盟", "全国", "我国", "我省", "我市", "我区", "我县", "本市", "全年", "年末", "年底", "年均", "今年", "当年");

  /** Trailing words a name is matched without when the whole does not match ("地区生产总值增速"). */
  private static final List<String> RATE_ENDINGS =
      List.of(
          "增长目标", "预期增长", "增长速度", "增长率", "增速", "增幅", "上涨幅度", "涨幅", "增长", "总量", "规模", "总额", "水平",
          "实际增长");

  private static final List<Indicator> INDICATORS;
  private static final Map<String, String> BY_NAME = new HashMap<>();
  private static final Map<String, List<String>> ACTS = new HashMap<>();

  /** The keys of indicators counted per person (a standard name with 人均). */
  private static final Set<String> PER_PERSON = new HashSet<>();

  static {
    INDICATORS = List.copyOf(load());
    for (Indicator i : INDICATORS) {
      ACTS.put(i.key(), i.acts());
      if (i.name().contains("人均")) {
        PER_PERSON.add(i.key());
      }
      for (String name : i.names()) {
        String previous = BY_NAME.put(name, i.key());
        if (previous != null && !previous.equals(i.key())) {
          throw new IllegalStateException(
              "name " + name + " is given to " + previous + " and " + i.key());
        }
      }
    }
  }

  private IndicatorKeys() {}

  /** Every standard indicator of the table, in its order. */
  public static List<Indicator> all() {
    return INDICATORS;
  }

  /**
   * The key of the indicator a report names {@code indicator}, or null when it is not a standard
   * one.
   */
  public static String key(String indicator) {
    String n = fold(indicator);
    if (n.isEmpty()) {
      return null;
    }
    String k = BY_NAME.get(n);
    if (k != null) {
      return k;
    }
    for (String end : RATE_ENDINGS) {
      if (n.endsWith(end) && n.length() > end.length()) {
        k = BY_NAME.get(n.substring(0, n.length() - end.length()));
        if (k != null) {
          return k;
        }
      }
    }
    return null;
  }

  /**
   * The key of the indicator a report names {@code indicator} in {@code statement} (the words that
   * state its figure), or null: as {@link #key(String)}, but null when the indicator's statistic is
   * an act on what the name names ("改造") and neither the name nor the statement has that act.
   */
  public static String key(String indicator, String statement) {
    String k = key(indicator);
    List<String> acts = k == null ? List.of() : ACTS.get(k);
    if (acts.isEmpty()) {
      return k;
    }
    String n = TextNormalizer.normalize(indicator);
    String st = statement == null ? "" : TextNormalizer.normalize(statement);
    return acts.stream().anyMatch(a -> n.contains(a) || st.contains(a)) ? k : null;
  }

  /**
   * As {@link #key(String, String)} for a figure written in {@code unit} (null when unknown): an
   * indicator counted per person has no figure in 亿 ("1979年农民增加收入108亿元" is the peasants' income
   * summed, not the income per head), so such a figure gets no key.
   */
  public static String key(String indicator, String statement, String unit) {
    String k = key(indicator, statement);
    return k != null && unit != null && unit.contains("亿") && PER_PERSON.contains(k) ? null : k;
  }

  /** Whether {@code folded} (a name folded as the table's) is a name of the table. */
  static boolean knows(String name) {
    return BY_NAME.containsKey(fold(name));
  }

  /**
   * A name as the table matches it: width folded, quotes, spaces and parenthesised words dropped, a
   * leading scope word dropped, 规上 written 规模以上.
   */
  public static String fold(String name) {
    String s = withoutMarks(TextNormalizer.normalize(name));
    for (boolean cut = true; cut; ) {
      cut = false;
      for (String scope : SCOPES) {
        // asked for most subjects read: a letter test before each probe
        if (s.length() > scope.length() + 1
            && s.charAt(0) == scope.charAt(0)
            && s.startsWith(scope)) {
          s = s.substring(scope.length());
          cut = true;
        }
      }
    }
    return s.replace("规上", "规模以上");
  }

  /** Marks a name is matched without. */
  private static final String MARKS = " “”‘’\"《》「」()";

  /**
   * {@code n} without quotes, spaces and parenthesised words; {@code n} itself when it has none.
   */
  private static String withoutMarks(String n) {
    int first = 0;
    while (first < n.length() && MARKS.indexOf(n.charAt(first)) < 0) {
      first++;
    }
    if (first == n.length()) {
      return n;
    }
    StringBuilder sb = new StringBuilder(n.length()).append(n, 0, first);
    int depth = 0;
    for (int i = first; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && MARKS.indexOf(c) < 0) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static List<Indicator> load() {
    List<Indicator> out = new ArrayList<>();
    try (InputStream in = IndicatorKeys.class.getResourceAsStream(TABLE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + TABLE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      boolean header = true;
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false; // key, name, direction, names[, acts]
          continue;
        }
        out.add(row(line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Indicator row(String line) {
    String[] cols = line.split("\t", -1);
    if (cols.length != 4 && cols.length != 5) {
      throw new IllegalStateException("a row of " + TABLE + " has four or five columns: " + line);
    }
    Direction d = Direction.valueOf(cols[2].strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    List<String> names = new ArrayList<>();
    names.add(fold(cols[1].strip()));
    for (String n : cols[3].split("\\|")) {
      String f = fold(n.strip());
      if (!f.isEmpty() && !names.contains(f)) {
        names.add(f);
      }
    }
    List<String> acts = new ArrayList<>();
    for (String a : cols.length == 5 ? cols[4].split("\\|") : new String[0]) {
      if (!a.isBlank()) {
        acts.add(TextNormalizer.normalize(a.strip()));
      }
    }
    return new Indicator(cols[0].strip(), cols[1].strip(), d, names, acts);
  }
}

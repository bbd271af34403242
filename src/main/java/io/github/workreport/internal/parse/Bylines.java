package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.Punctuation;
import java.util.ArrayList;
import java.util.List;

/** The authors' names of a byline: a metadata line's value or a closing "(孙 艳 李 云)". Stateless. */
final class Bylines {
  private Bylines() {}

  /** Names in a byline: "孙 艳 李 云" is two names, "张三 李四" two, "张三、李四" two. */
  static List<String> names(String value) {
    String v = value.replace('、', ' ').replace(',', ' ').strip();
    List<String> tokens = new ArrayList<>();
    for (String t : v.split(" +")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    List<String> out = new ArrayList<>();
    tokens.removeIf(t -> LineRules.METADATA_KEYS.contains(t) || t.startsWith("本报"));
    boolean singles = !tokens.isEmpty() && tokens.stream().allMatch(t -> t.length() == 1);
    if (singles && tokens.size() % 2 == 0) {
      for (int i = 0; i < tokens.size(); i += 2) {
        out.add(tokens.get(i) + tokens.get(i + 1));
      }
      return out;
    }
    for (String t : tokens) {
      if (SpeakerReader.isName(t)) {
        out.add(t);
      }
    }
    return out;
  }

  /** A closing byline: "(孙 艳 李 云)" at the end of the last body paragraph. */
  static List<String> byline(List<Block> blocks) {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (!(blocks.get(i) instanceof Block.Para p) || p.glossary()) {
        continue;
      }
      String n = p.view().norm();
      if (!n.endsWith(")")) {
        return List.of();
      }
      int open = n.lastIndexOf('(');
      if (open < 0 || n.length() - open > 20) {
        return List.of();
      }
      String inner = n.substring(open + 1, n.length() - 1);
      for (int k = 0; k < inner.length(); k++) {
        char c = inner.charAt(k);
        if (!(Punctuation.isHan(c) || c == ' ' || c == '、' || c == '·')) {
          return List.of();
        }
      }
      return names(inner);
    }
    return List.of();
  }
}

package io.github.workreport.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a value read from folded lines back into the document's own characters: a venue or a
 * name read from the folded text of a Traditional report ("肃州区第十九届…") is given as the
 * document writes it ("肅州區第十九屆…"), and full-width punctuation stays full-width. The value
 * may have had the spaces of its line removed ("孙 艳" read as "孙艳"). Immutable.
 */
final class AsWritten {
  private final List<Line> lines;

  private AsWritten(List<Line> lines) {
    this.lines = lines;
  }

  /** Reads values back from the lines of {@code layout} that metadata comes from. */
  static AsWritten of(Layout layout) {
    List<Line> lines = new ArrayList<>();
    for (int i = 0; i < layout.lines().size(); i++) {
      LineRole role = layout.roles().get(i);
      if (role == LineRole.TITLE || role == LineRole.SUBTITLE || role == LineRole.DELIVERY || role == LineRole.SPEAKER
          || role == LineRole.METADATA) {
        lines.add(layout.lines().get(i));
      }
    }
    return new AsWritten(lines);
  }

  /** The document's characters that fold to {@code value} (spaces aside), or {@code value} when none do. */
  String of(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String wanted = value.replace(" ", "");
    for (Line l : lines) {
      String found = find(l, wanted);
      if (found != null) {
        return found;
      }
    }
    return value;
  }

  /** Each value of {@code values} as written. */
  List<String> all(List<String> values) {
    List<String> out = new ArrayList<>(values.size());
    for (String v : values) {
      out.add(of(v));
    }
    return out;
  }

  /** The characters of {@code l} whose folded, spaceless form is {@code wanted}, or null. */
  private static String find(Line l, String wanted) {
    String norm = l.norm();
    StringBuilder compact = new StringBuilder(norm.length());
    int[] at = new int[norm.length()];
    for (int i = 0; i < norm.length(); i++) {
      if (norm.charAt(i) != ' ') {
        at[compact.length()] = i;
        compact.append(norm.charAt(i));
      }
    }
    int k = compact.indexOf(wanted);
    if (k < 0) {
      return null;
    }
    StringBuilder out = new StringBuilder(wanted.length());
    for (int j = k; j < k + wanted.length(); j++) {
      out.append(l.text().charAt(at[j]));
    }
    return out.toString();
  }
}

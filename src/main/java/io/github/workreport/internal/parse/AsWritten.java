package io.github.workreport.internal.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a value read from folded lines back into the document's own characters: a venue or a name
 * read from the folded text of a Traditional report ("肃州区第十九届…") is given as the document writes it
 * ("肅州區第十九屆…"), and full-width punctuation stays full-width. The value may have had the spaces of
 * its line removed ("孙 艳" read as "孙艳"). Immutable.
 */
final class AsWritten {
  /** Each source of values as written and folded, header lines first, then body paragraphs. */
  private final List<String> texts = new ArrayList<>();

  private final List<String> norms = new ArrayList<>();

  private AsWritten() {}

  /**
   * Reads values back from the lines of {@code layout} that metadata comes from, then from the body
   * paragraphs of {@code blocks} (an opening sentence that names the meeting).
   */
  static AsWritten of(Layout layout, List<Block> blocks) {
    AsWritten w = new AsWritten();
    for (int i = 0; i < layout.lines().size(); i++) {
      LineRole role = layout.roles().get(i);
      if (role == LineRole.TITLE
          || role == LineRole.SUBTITLE
          || role == LineRole.DELIVERY
          || role == LineRole.SPEAKER
          || role == LineRole.METADATA) {
        w.texts.add(layout.lines().get(i).text());
        w.norms.add(layout.lines().get(i).norm());
      }
    }
    for (Block b : blocks) {
      if (b instanceof Block.Para p) {
        w.texts.add(p.view().text());
        w.norms.add(p.view().norm());
      }
    }
    return w;
  }

  /**
   * The document's characters that fold to {@code value} (spaces aside), or {@code value} when none
   * do.
   */
  String of(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    String wanted = value.replace(" ", "");
    for (int i = 0; i < texts.size(); i++) {
      String found = find(texts.get(i), norms.get(i), wanted);
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

  /**
   * The characters of {@code text} whose folded ({@code norm}), spaceless form is {@code wanted},
   * or null.
   */
  private static String find(String text, String norm, String wanted) {
    int direct = norm.indexOf(wanted);
    if (direct >= 0) {
      return text.substring(direct, direct + wanted.length());
    }
    if (norm.indexOf(' ') < 0 || norm.indexOf(wanted.charAt(0)) < 0) {
      return null; // no space to look across, or not even the first character
    }
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
      out.append(text.charAt(at[j]));
    }
    return out.toString();
  }
}

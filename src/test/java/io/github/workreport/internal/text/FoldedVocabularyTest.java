package io.github.workreport.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules read folded text, so the words they look for are written folded: a word with a
 * Traditional character ("會議") would never match, since the text it is matched against reads "会议".
 * Checks the string and character literals of the engines.
 */
class FoldedVocabularyTest {
  private static final Path ENGINES = Path.of("src/main/java/io/github/workreport/internal");
  private static final Pattern LITERAL =
      Pattern.compile("\"(?:[^\"\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\n]|\\\\.)+'");

  @Test
  void theEnginesLookForFoldedWords() throws IOException {
    List<String> unfolded = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ENGINES)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> check(f, unfolded));
    }
    assertThat(unfolded).as("write these words as they fold (TextNormalizer.normalize)").isEmpty();
  }

  @Test
  void theCheckFindsAnUnfoldedWord() {
    assertThat(unfoldedIn("x = s.indexOf(\"\\u6703\\u8B70\"); y = \"地區\";"))
        .containsExactly("會議", "地區");
    assertThat(unfoldedIn("// 會議 in a comment\nz = \"会议\";")).isEmpty();
  }

  private static void check(Path file, List<String> unfolded) {
    try {
      for (String word : unfoldedIn(Files.readString(file, StandardCharsets.UTF_8))) {
        unfolded.add(file.getFileName() + ": " + word);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The literals of {@code source}, escapes decoded, that folding would change; comments are
   * skipped.
   */
  static List<String> unfoldedIn(String source) {
    List<String> out = new ArrayList<>();
    for (String line : source.split("\n")) {
      String code = line.strip().startsWith("//") || line.strip().startsWith("*") ? "" : line;
      Matcher m = LITERAL.matcher(code);
      while (m.find()) {
        String literal = decode(m.group().substring(1, m.group().length() - 1));
        if (hasUnfoldedHan(literal)) {
          out.add(literal);
        }
      }
    }
    return out;
  }

  /** Whether a Han character of {@code literal} is one that folding changes (a Traditional one). */
  private static boolean hasUnfoldedHan(String literal) {
    for (int i = 0; i < literal.length(); i++) {
      char c = literal.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
          && TextNormalizer.fold(c) != c) {
        return true;
      }
    }
    return false;
  }

  private static String decode(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 6 <= s.length() && s.charAt(i + 1) == 'u') {
        sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\' && i + 1 < s.length()) {
        sb.append(s.charAt(++i));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}

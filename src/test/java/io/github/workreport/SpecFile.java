package io.github.workreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a spec file of numbered examples: "### N title", the input lines, "=> " lines of expected
 * output ("=>" alone for none) and "!! CODE" lines of expected diagnostics; "#" lines are comments.
 */
final class SpecFile {
  private SpecFile() {}

  /** One example. */
  record Example(String name, String input, List<String> expected, List<String> codes) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** The examples of {@code file}; expected lines keep their indentation after "=> ". */
  static List<Example> read(Path file) throws IOException {
    List<Example> out = new ArrayList<>();
    String name = null;
    StringBuilder input = new StringBuilder();
    List<String> expected = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("### ")) {
        if (name != null) {
          out.add(
              new Example(
                  name, input.toString().strip(), List.copyOf(expected), List.copyOf(codes)));
        }
        name = line.substring(4);
        input.setLength(0);
        expected.clear();
        codes.clear();
      } else if (line.startsWith("=>")) {
        if (line.length() > 3) {
          expected.add(line.substring(3));
        }
      } else if (line.startsWith("!! ")) {
        codes.add(line.substring(3).strip());
      } else if (name != null && !line.startsWith("#")) {
        input.append(line).append('\n');
      }
    }
    if (name != null) {
      out.add(
          new Example(name, input.toString().strip(), List.copyOf(expected), List.copyOf(codes)));
    }
    return out;
  }
}

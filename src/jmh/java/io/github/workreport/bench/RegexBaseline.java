package io.github.workreport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The floor a cold batch run is measured against: a fresh JVM that reads every {@code .txt} file
 * under the folders given, in path order, decodes it as UTF-8 and runs one regex over it (the
 * figure pattern of {@link ParseBenchmark}), printing the files, characters and matches. Run it and
 * the command line over the same folders, each in a fresh JVM, and compare the wall times.
 */
public final class RegexBaseline {
  private static final Pattern FIGURE = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:%|万|亿|个|人|元)");

  private RegexBaseline() {}

  /**
   * Reads the folders named by {@code args} and prints what the regex found.
   *
   * @param args folders to walk
   * @throws IOException when a folder or file cannot be read
   */
  public static void main(String[] args) throws IOException {
    long files = 0;
    long chars = 0;
    long matches = 0;
    for (String dir : args) {
      List<Path> paths;
      try (Stream<Path> walk = Files.walk(Path.of(dir))) {
        paths =
            walk.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
      }
      for (Path p : paths) {
        String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
          matches++;
        }
        files++;
        chars += text.length();
      }
    }
    System.out.printf("%d files, %d chars, %d figures%n", files, chars, matches);
  }
}

package io.github.workreport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The seed documents of the project, read from {@code seeds/}. */
public final class Seeds {
  private Seeds() {}

  /** The folder of the seeds. */
  public static final Path DIR = Path.of("seeds");

  /**
   * The folder of a seed's expected outputs, read from the document: {@code report.json} (the whole
   * report), {@code tasks.txt}, {@code targets.txt} and {@code glossary.tsv}.
   */
  public static final Path EXPECTED = Path.of("src/test/resources/seeds");

  /** The file {@code name} among the expected outputs of {@code seed}. */
  public static Path expected(Path seed, String name) {
    return EXPECTED.resolve(seed.getFileName().toString().replace(".txt", "")).resolve(name);
  }

  /** Every seed, sorted by name. */
  public static List<Path> all() {
    try (Stream<Path> s = Files.list(DIR)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a seed. */
  public static String text(Path seed) {
    try {
      return Files.readString(seed, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed whose name starts with {@code prefix} ("002"). */
  public static String text(String prefix) {
    return text(
        all().stream()
            .filter(p -> p.getFileName().toString().startsWith(prefix))
            .findFirst()
            .orElseThrow());
  }
}

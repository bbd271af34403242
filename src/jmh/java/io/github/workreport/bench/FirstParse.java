package io.github.workreport.bench;

import io.github.workreport.WorkReportParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a single document costs in a fresh JVM, as in JShell or a short test: the time to create the
 * parser, then the first parse of a file and the second, each in milliseconds of wall-clock time.
 * Run it once a JVM: the first parse pays for loading and initialising the classes and for running
 * them interpreted; the second shows how far the compiler has come.
 */
public final class FirstParse {
  private FirstParse() {}

  /**
   * Parses the file {@code args[0]} twice and prints the times.
   *
   * @param args the file to parse
   * @throws IOException when the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    long t0 = System.nanoTime();
    WorkReportParser parser = WorkReportParser.create();
    long t1 = System.nanoTime();
    parser.parse(text);
    long t2 = System.nanoTime();
    parser.parse(text);
    long t3 = System.nanoTime();
    System.out.printf(
        "create %.1f ms, first parse %.1f ms, second parse %.1f ms%n",
        (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
  }
}

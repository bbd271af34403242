package io.github.workreport.bench;

import io.github.workreport.WorkReportParser;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;

/**
 * The text parse of each seed against one pass of {@link ParseBenchmark}'s figure regex over the
 * same text, in CPU time of the measuring thread: a measure that holds on a shared machine, where
 * the wall-clock throughput of JMH swings with the load of other processes. Each seed is parsed for
 * the warm-up seconds given (10 if none), then timed in rounds of a second; the fastest round of
 * each is kept. MB/s is UTF-8 input bytes per second; the README gives the command line.
 */
public final class ParseCost {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int ROUNDS = 5;

  private ParseCost() {}

  /**
   * Prints one line a seed.
   *
   * @param args the seconds of warm-up for each seed
   * @throws IOException when a seed cannot be read
   */
  public static void main(String[] args) throws IOException {
    long warmUp = (args.length > 0 ? Long.parseLong(args[0]) : 10) * 1_000_000_000L;
    WorkReportParser parser = WorkReportParser.create();
    System.out.println("seed, bytes, parse MB/s, regex MB/s, parse / regex");
    List<Path> seeds;
    try (var files = Files.list(Path.of("seeds"))) {
      seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (Path p : seeds) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      long end = System.nanoTime() + warmUp;
      while (System.nanoTime() < end) {
        parser.parse(text);
        regex(text);
      }
      long parse = Long.MAX_VALUE;
      long regex = Long.MAX_VALUE;
      for (int r = 0; r < ROUNDS; r++) {
        parse = Math.min(parse, perCall(() -> parser.parse(text)));
        regex = Math.min(regex, perCall(() -> regex(text)));
      }
      System.out.printf(
          "%s, %d, %.1f, %.1f, %.1f%n",
          p.getFileName(), bytes, bytes * 1e3 / parse, bytes * 1e3 / regex, (double) parse / regex);
    }
  }

  private static int regex(String text) {
    Matcher m = ParseBenchmark.FIGURE.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  /** CPU nanoseconds a call, over calls repeated for a second of CPU time. */
  private static long perCall(Runnable r) {
    long start = CPU.getCurrentThreadCpuTime();
    long calls = 0;
    long spent;
    do {
      r.run();
      calls++;
      spent = CPU.getCurrentThreadCpuTime() - start;
    } while (spent < 1_000_000_000L);
    return spent / calls;
  }
}

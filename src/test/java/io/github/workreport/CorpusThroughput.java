package io.github.workreport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Parses every file of a corpus on a pool of threads, a bounded window in flight as the command
 * line does, once to warm the JIT up and once measured, and prints the files and MB of UTF-8 input
 * per second of the measured round. The JIT's warm-up is left out on purpose: on two cores the
 * compiler threads of a cold JVM take most of one core for the first ten seconds or so, which hides
 * how the parse itself scales.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:DEPENDENCIES io.github.workreport.CorpusThroughput DIR THREADS
 * </pre>
 */
public final class CorpusThroughput {
  private CorpusThroughput() {}

  /** {@code DIR THREADS}: measures. */
  public static void main(String[] args)
      throws IOException, InterruptedException, ExecutionException {
    if (args.length != 2) {
      System.err.println("usage: CorpusThroughput DIR THREADS");
      System.exit(2);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    int threads = Integer.parseInt(args[1]);
    WorkReportParser parser = WorkReportParser.create();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      round(parser, pool, threads, files);
      long start = System.nanoTime();
      long targets = round(parser, pool, threads, files);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "%d files, %.1f MB, %d threads: %.2f s, %.0f files/s, %.1f MB/s (%d targets)%n",
          files.size(),
          bytes / 1e6,
          threads,
          seconds,
          files.size() / seconds,
          bytes / 1e6 / seconds,
          targets);
    } finally {
      pool.shutdownNow();
    }
  }

  private static long round(
      WorkReportParser parser, ExecutorService pool, int threads, List<Path> files)
      throws InterruptedException, ExecutionException {
    Deque<Future<Integer>> window = new ArrayDeque<>();
    long targets = 0;
    int next = 0;
    while (next < files.size() || !window.isEmpty()) {
      while (next < files.size() && window.size() < 2 * threads) {
        Path f = files.get(next++);
        window.add(pool.submit(() -> parser.parse(f).targets().size()));
      }
      targets += window.removeFirst().get();
    }
    return targets;
  }
}

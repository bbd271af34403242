package io.github.workreport.bench;

import io.github.workreport.ScalingInputs;
import io.github.workreport.WorkReportParser;
import io.github.workreport.internal.source.CharsetSniffer;
import io.github.workreport.internal.source.HtmlText;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;

/**
 * The page path's cost over jsoup's parse in CPU time of the measuring thread, the least of many
 * runs: a measure that holds on a shared machine, where wall-clock throughput swings with the load
 * of other processes ({@link PageBenchmark} measures the same in JMH). For each development page:
 * jsoup's parse alone, the page path ({@link HtmlText#extract}, jsoup's parse included) and the
 * whole parse; the same for each seed as {@link ParseBenchmark} wraps it in HTML, beside the seed's
 * text parse; then the page of many blocks of the scaling inputs at 1, 2 and 4 times its size. The
 * first argument is the number of runs (300 if none); a second, {@code page-only}, leaves the whole
 * parse out, so that the compiler sees only jsoup's parse and the page path (the ratio of the two
 * depends on what else the JVM runs); the README gives the command line.
 */
public final class PageCost {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private PageCost() {}

  /** Prints one line a page and one a scaling step. */
  public static void main(String[] args) throws IOException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    boolean whole = args.length < 2 || !args[1].equals("page-only");
    WorkReportParser parser = WorkReportParser.create();
    List<Path> pages = new ArrayList<>();
    try (var files = Files.list(Path.of("src/test/resources/pages"))) {
      files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    System.out.println("page, jsoup us, page path us, whole parse us, page path / jsoup");
    for (Path p : pages) {
      String html = CharsetSniffer.decode(Files.readAllBytes(p)).text();
      long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
      for (int i = 0; i < runs; i++) {
        best[0] = Math.min(best[0], cpu(() -> Jsoup.parse(html)));
        best[1] = Math.min(best[1], cpu(() -> HtmlText.extract(html)));
        if (whole) {
          best[2] = Math.min(best[2], cpu(() -> parser.parseHtml(html)));
        }
      }
      System.out.printf(
          "%s, %.0f, %.0f, %s, %.2f%n",
          p.getFileName(), best[0] / 1e3, best[1] / 1e3, us(best[2]), (double) best[1] / best[0]);
    }
    System.out.println(
        "seed as HTML, bytes, jsoup us, page path us, whole parse us, text parse us");
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.sorted().toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        String html = ParseBenchmark.toHtml(text);
        long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
        for (int i = 0; i < runs / 3; i++) {
          best[0] = Math.min(best[0], cpu(() -> Jsoup.parse(html)));
          best[1] = Math.min(best[1], cpu(() -> HtmlText.extract(html)));
          if (whole) {
            best[2] = Math.min(best[2], cpu(() -> parser.parseHtml(html)));
            best[3] = Math.min(best[3], cpu(() -> parser.parseText(text)));
          }
        }
        System.out.printf(
            "%s, %d, %.0f, %.0f, %s, %s%n",
            p.getFileName(),
            html.getBytes(StandardCharsets.UTF_8).length,
            best[0] / 1e3,
            best[1] / 1e3,
            us(best[2]),
            us(best[3]));
      }
    }
    ScalingInputs.Kind kind = ScalingInputs.kind("a page of article blocks and link lists");
    System.out.println("scaling page, chars, jsoup ms, page path ms");
    for (int factor : new int[] {1, 2, 4}) {
      String html = kind.build().apply(kind.base() * factor);
      long[] best = {Long.MAX_VALUE, Long.MAX_VALUE};
      for (int i = 0; i < Math.max(3, runs / 30); i++) {
        best[0] = Math.min(best[0], cpu(() -> Jsoup.parse(html)));
        best[1] = Math.min(best[1], cpu(() -> HtmlText.extract(html)));
      }
      System.out.printf(
          "x%d, %d, %.1f, %.1f%n", factor, html.length(), best[0] / 1e6, best[1] / 1e6);
    }
  }

  /** Nanoseconds as whole microseconds, or "-" for a time not measured. */
  private static String us(long nanos) {
    return nanos == Long.MAX_VALUE ? "-" : String.format("%.0f", nanos / 1e3);
  }

  private static long cpu(Runnable r) {
    long start = CPU.getCurrentThreadCpuTime();
    r.run();
    return CPU.getCurrentThreadCpuTime() - start;
  }
}

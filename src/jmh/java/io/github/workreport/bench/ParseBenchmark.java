package io.github.workreport.bench;

import io.github.workreport.WorkReportParser;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole parse of each seed, as plain text and as an HTML page, beside two baselines measured in
 * the same run: one pass of a single precompiled regex over the same text, and jsoup's own parse of
 * the same page. MB/s of UTF-8 input per core is the score (operations per second) times the input
 * size that {@link #main} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseBenchmark {
  /** A regex over every figure with a unit: what a one-pass scanner costs on the same text. */
  static final Pattern FIGURE = Pattern.compile("[0-9]+(?:\\.[0-9]+)?(?:%|万|亿|个|人|元)");

  @Param({
    "000_ec2c7d4b1ca73a35",
    "001_a92dcce72c0de4ef",
    "002_306d7ec0a692e678",
    "003_6bf2ed21d60ab58e",
    "004_164c5bc2f913ee6e"
  })
  public String seed;

  private final WorkReportParser parser = WorkReportParser.create();
  private String text;
  private String html;

  @Setup(Level.Trial)
  public void load() throws IOException {
    text = Files.readString(Path.of("seeds", seed + ".txt"), StandardCharsets.UTF_8);
    html = toHtml(text);
  }

  static String toHtml(String text) {
    StringBuilder sb =
        new StringBuilder(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title></head><body>"
                + "<nav class=\"nav\"><a href=\"/\">首页</a></nav><div class=\"article\">\n");
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        sb.append("<p>").append(line.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\n");
      }
    }
    return sb.append("</div><footer>版权所有</footer></body></html>").toString();
  }

  @Benchmark
  public WorkReport parseText() {
    return parser.parseText(text);
  }

  @Benchmark
  public WorkReport parseHtml() {
    return parser.parseHtml(html);
  }

  @Benchmark
  public int baselineRegex() {
    Matcher m = FIGURE.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Benchmark
  public Document baselineJsoup() {
    return Jsoup.parse(html);
  }

  /** Prints the UTF-8 size of each seed's text and page, to turn scores into MB/s. */
  public static void main(String[] args) throws IOException {
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path p : files.sorted().toList()) {
        String t = Files.readString(p, StandardCharsets.UTF_8);
        System.out.println(
            p.getFileName()
                + " text "
                + t.getBytes(StandardCharsets.UTF_8).length
                + " B, html "
                + toHtml(t).getBytes(StandardCharsets.UTF_8).length
                + " B");
      }
    }
  }
}

package io.github.workreport.bench;

import io.github.workreport.WorkReportParser;
import io.github.workreport.internal.source.CharsetSniffer;
import io.github.workreport.internal.source.ExtractedText;
import io.github.workreport.internal.source.HtmlText;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
 * The page path on real saved pages (the development pages of {@code src/test/resources/pages}):
 * jsoup's parse alone, the page path to text and signals ({@link HtmlText#extract}: jsoup's parse,
 * then the content scorer, headline finder, cleaner and text builder), and the whole parse. The
 * page path over jsoup's parse is what reading a page as a reader sees it costs. Pages are decoded
 * once; MB/s of UTF-8 is the score times the size {@link #main} prints.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PageBenchmark {
  @Param({
    "01-shanxi-gov-news",
    "02-people-2009-politics",
    "05-xinhuanet-2019-world",
    "07-chinadaily-2023-commentary",
    "15-hexun-2019-ministry"
  })
  public String page;

  private final WorkReportParser parser = WorkReportParser.create();
  private String html;

  @Setup(Level.Trial)
  public void load() throws IOException {
    html = read(page);
  }

  private static String read(String name) throws IOException {
    return CharsetSniffer.decode(
            Files.readAllBytes(Path.of("src/test/resources/pages", name + ".html")))
        .text();
  }

  @Benchmark
  public Document jsoupParse() {
    return Jsoup.parse(html);
  }

  @Benchmark
  public ExtractedText pageText() {
    return HtmlText.extract(html);
  }

  @Benchmark
  public WorkReport parseHtml() {
    return parser.parseHtml(html);
  }

  /** Prints the UTF-8 size of each page as decoded, and of the text the page path gives. */
  public static void main(String[] args) throws IOException {
    try (var files = Files.list(Path.of("src/test/resources/pages"))) {
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        if (name.endsWith(".html")) {
          String h = read(name.substring(0, name.length() - 5));
          System.out.println(
              name
                  + " page "
                  + h.getBytes(StandardCharsets.UTF_8).length
                  + " B, text "
                  + HtmlText.extract(h).text().getBytes(StandardCharsets.UTF_8).length
                  + " B");
        }
      }
    }
  }
}

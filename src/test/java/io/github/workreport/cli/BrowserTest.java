package io.github.workreport.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.WorkReport;
import java.io.DataInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The annotated HTML view in a real browser: headless Chromium loads the page of each seed, and the
 * DOM it rendered (after the page's script ran under its Content-Security-Policy) is checked for
 * the highlighted targets and the contents entries; a screenshot of seed 002's page is kept in
 * {@code target/browser/}. In CI ({@code CI=true}) a missing browser fails the test; elsewhere it
 * skips it.
 */
class BrowserTest {
  private static final Path WORK = Path.of("target", "browser");
  private static Chromium chromium;

  @BeforeAll
  static void findBrowser() throws Exception {
    chromium = Chromium.find();
    if (chromium == null) {
      if ("true".equals(System.getenv("CI"))) {
        fail("no chromium on the PATH: .ci/run installs the Debian package chromium");
      }
      Assumptions.abort(
          "no chromium on the PATH; install the Debian package chromium to run the browser tests");
    }
    Files.createDirectories(WORK);
  }

  private static Path writePage(String name, WorkReport r) throws Exception {
    Path page = WORK.resolve(name + ".html");
    Files.writeString(page, HtmlView.page(name + ".txt", r), StandardCharsets.UTF_8);
    return page;
  }

  @Test
  void everySeedRendersWithItsTargetsHighlightedAndItsContents() throws Exception {
    WorkReportParser parser = WorkReportParser.create();
    for (Path seed : Seeds.all()) {
      String name = seed.getFileName().toString().replace(".txt", "");
      WorkReport r = parser.parse(Seeds.text(seed));
      Document dom = Jsoup.parse(chromium.dumpDom(writePage(name, r), WORK));
      assertThat(dom.body().hasClass("js"))
          .as(name + ": the page's script ran under its policy")
          .isTrue();
      HtmlViewTest.checkPage(dom, r, name);
      assertThat(dom.select("article mark.t").size())
          .as(name)
          .isGreaterThanOrEqualTo(Math.min(1, r.targets().size()));
      assertThat(dom.select("nav h1").text())
          .isEqualTo(r.metadata().title() == null ? name + ".txt" : r.metadata().title());
    }
  }

  @Test
  void seed002IsScreenshotted() throws Exception {
    WorkReport r = WorkReportParser.create().parse(Seeds.text("002"));
    Path png = WORK.resolve("002.png");
    chromium.screenshot(writePage("002", r), png, 1400, 1000, WORK);
    try (InputStream in = Files.newInputStream(png);
        DataInputStream data = new DataInputStream(in)) {
      byte[] signature = data.readNBytes(8);
      assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
      data.readInt(); // length of the header chunk
      assertThat(new String(data.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("IHDR");
      assertThat(data.readInt()).isEqualTo(1400);
      assertThat(data.readInt()).isEqualTo(1000);
    }
    // a blank page compresses to a few kilobytes; one full of text and highlights does not
    assertThat(Files.size(png)).isGreaterThan(100_000);
  }

  @Test
  void nothingInAHostileReportRunsOrAddsAnElement() throws Exception {
    for (WorkReport r :
        new WorkReport[] {
          HostileReport.handMade(), WorkReportParser.create().parseText(HostileReport.PARSED)
        }) {
      Document dom = Jsoup.parse(chromium.dumpDom(writePage("hostile", r), WORK));
      assertThat(dom.body().hasClass("js")).isTrue();
      HtmlViewTest.assertHarmless(dom);
      assertThat(dom.getElementById("text").text()).contains("<script>");
    }
  }
}

package io.github.workreport.cli;

import io.github.workreport.Outline;
import io.github.workreport.json.ReportSource;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes one annotated page per report into a folder, named after the input file ("002.txt" gives
 * "002.html", a second "002.txt" from another folder "002-2.html"), and an {@code index.html} that
 * links them with their titles and counts. Used from one thread.
 */
final class HtmlPages implements ReportOutput {
  private final Path dir;
  private final Set<String> names = new HashSet<>();
  private final Document index;
  private final Element list;

  /** Pages written into {@code dir}, which is created when missing. */
  HtmlPages(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    names.add("index.html");
    index = Document.createShell("");
    index
        .outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    index.prependChild(new DocumentType("html", "", ""));
    index.head().appendElement("meta").attr("charset", "utf-8");
    index
        .head()
        .appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", "default-src 'none'; style-src 'unsafe-inline'");
    index.head().appendElement("title").text("workreport");
    index
        .head()
        .appendElement("style")
        .appendChild(
            new DataNode(
                "body{font:15px/1.6 sans-serif;margin:2rem}li{margin:.3rem 0}small{color:#666}"));
    index.body().appendElement("h1").text("Reports");
    list = index.body().appendElement("ol");
  }

  @Override
  public void write(ReportSource source, WorkReport report) throws IOException {
    String file = fileName(source.path());
    Files.writeString(
        dir.resolve(file), HtmlView.page(source.path(), report), StandardCharsets.UTF_8);
    Element li = list.appendElement("li");
    String title = report.metadata().title();
    li.appendElement("a").attr("href", file).text(title == null ? source.path() : title);
    li.appendText(" ");
    li.appendElement("small").text(source.path() + " " + Outline.summary(report));
  }

  /** A name for the page of {@code path} not used before in this folder. */
  String fileName(String path) {
    String base = Path.of(path.equals("-") ? "stdin" : path).getFileName().toString();
    int dot = base.lastIndexOf('.');
    if (dot > 0) {
      base = base.substring(0, dot);
    }
    String name = base + ".html";
    for (int n = 2; !names.add(name); n++) {
      name = base + "-" + n + ".html";
    }
    return name;
  }

  @Override
  public void finish() throws IOException {
    Files.writeString(dir.resolve("index.html"), index.outerHtml(), StandardCharsets.UTF_8);
  }
}

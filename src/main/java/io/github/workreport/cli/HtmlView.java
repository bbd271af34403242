package io.github.workreport.cli;

import io.github.workreport.Outline;
import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Section;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The annotated HTML view of a report: one self-contained page (inline CSS and script, nothing
 * fetched) with the outline as a contents bar beside the text, each target highlighted (planned and
 * reported told apart, headline targets underlined, a tooltip with indicator, value, unit, measure,
 * bound and status), task numbers in the margin, glossary mentions linked to their definitions and
 * the diagnostics linked to where they arose.
 *
 * <p>The report's text is untrusted: it reaches the page only through jsoup text nodes and
 * attribute values, which jsoup escapes, and a Content-Security-Policy lets no script run but the
 * page's own (by its hash) and nothing load from anywhere. Stateless and thread-safe.
 */
final class HtmlView {
  private static final String CSS = resource("view.css");
  private static final String SCRIPT = resource("view.js");
  private static final String POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-"
          + sha256(SCRIPT)
          + "'";

  private HtmlView() {}

  /** The page of {@code report}, read from the file {@code name}, as an HTML document. */
  static String page(String name, WorkReport report) {
    ReportIndex index = ReportIndex.of(report);
    Metadata m = report.metadata();
    String title = m.title() != null ? m.title() : name;
    Document doc = Document.createShell("");
    doc.outputSettings()
        .prettyPrint(false)
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base);
    doc.prependChild(new DocumentType("html", "", ""));
    doc.child(0).attr("lang", "zh-CN");
    Element head = doc.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("http-equiv", "Content-Security-Policy")
        .attr("content", POLICY);
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("meta").attr("name", "generator").attr("content", "workreport");
    head.appendElement("title").text(title);
    head.appendElement("style").appendChild(new DataNode(CSS));
    Element body = doc.body();
    contents(body.appendElement("nav").id("contents"), name, title, index);
    Element main = body.appendElement("main");
    header(main.appendElement("header"), name, title, m);
    new AnnotatedText(index).render(main.appendElement("article").id("text"));
    body.appendElement("aside").id("detail").attr("hidden", true).attr("aria-live", "polite");
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return doc.outerHtml();
  }

  private static void header(Element header, String name, String title, Metadata m) {
    header.appendElement("h1").text(title);
    Element dl = header.appendElement("dl").addClass("meta");
    item(dl, "file", name);
    item(dl, "kind", m.kind().name());
    item(dl, "region", m.region());
    item(dl, "date", m.date() == null ? null : m.date().toString());
    item(dl, "published", m.published() == null ? null : m.published().toString());
    item(dl, "year", m.year() == null ? null : m.year().toString());
    item(dl, "source", m.source());
    item(dl, "authors", m.authors().isEmpty() ? null : String.join(", ", m.authors()));
    item(dl, "venue", m.venue());
    item(
        dl,
        "speaker",
        m.speaker() == null
            ? null
            : (m.speakerTitle() == null ? "" : m.speakerTitle() + " ") + m.speaker());
  }

  private static void item(Element dl, String key, String value) {
    if (value != null) {
      dl.appendElement("dt").text(key);
      dl.appendElement("dd").text(value);
    }
  }

  private static void contents(Element nav, String name, String title, ReportIndex index) {
    WorkReport r = index.report();
    nav.appendElement("h1").text(title);
    Metadata m = r.metadata();
    nav.appendElement("p")
        .addClass("meta")
        .text(
            String.join(
                " \u00B7 ",
                present(
                    m.region(), m.year() == null ? null : m.year().toString(), m.source(), name)));
    nav.appendElement("p").addClass("summary").text(Outline.summary(r));
    legend(nav.appendElement("fieldset").id("legend"), r.targets(), r.glossary());
    nav.appendElement("h2").text("Contents");
    Element toc = nav.appendElement("ol").addClass("toc");
    for (Section s : r.sections()) {
      tocEntry(toc, s, index);
    }
    if (!r.glossary().isEmpty()) {
      nav.appendElement("h2").text("Glossary");
      Element list = nav.appendElement("ol").addClass("glossary");
      for (int i = 0; i < r.glossary().size(); i++) {
        GlossaryEntry e = r.glossary().get(i);
        Element li = list.appendElement("li");
        li.appendElement("a").attr("href", "#g-" + (i + 1)).text(e.term());
        li.appendText(" (" + e.mentions().size() + " mentions)");
      }
    }
    diagnostics(nav, index);
  }

  private static void legend(Element fieldset, List<Target> targets, List<GlossaryEntry> glossary) {
    long planned = targets.stream().filter(t -> t.status() == TargetStatus.PLANNED).count();
    long headline = targets.stream().filter(Target::headline).count();
    int mentions = glossary.stream().mapToInt(e -> e.mentions().size()).sum();
    toggle(fieldset, "planned", "t planned", "planned target", planned);
    toggle(fieldset, "reported", "t reported", "reported figure", targets.size() - planned);
    toggle(fieldset, "headline", "t planned headline", "headline target", headline);
    toggle(fieldset, "mentions", null, "glossary mention", mentions);
  }

  private static void toggle(
      Element fieldset, String value, String markClass, String label, long count) {
    Element l = fieldset.appendElement("label");
    l.appendElement("input").attr("type", "checkbox").attr("value", value).attr("checked", true);
    l.appendText(" ");
    Element sample =
        markClass == null
            ? l.appendElement("a").addClass("mention")
            : l.appendElement("mark").attr("class", markClass);
    sample.text(label);
    l.appendText(" (" + count + ")");
  }

  private static void tocEntry(Element list, Section s, ReportIndex index) {
    Element li = list.appendElement("li");
    li.appendElement("a")
        .attr("href", "#sec-" + s.id())
        .text((s.number() == null ? "" : s.number() + " ") + s.title());
    li.appendElement("span").addClass("part").text(s.part().name().toLowerCase(Locale.ROOT));
    Task task = index.taskOf(s);
    if (task != null) {
      li.appendElement("span").addClass("taskmark").text("task " + index.path(task));
    }
    if (!s.children().isEmpty()) {
      Element sub = li.appendElement("ol");
      for (Section c : s.children()) {
        tocEntry(sub, c, index);
      }
    }
  }

  private static void diagnostics(Element nav, ReportIndex index) {
    List<Diagnostic> all = index.report().diagnostics();
    if (all.isEmpty()) {
      return;
    }
    nav.appendElement("h2").text("Diagnostics");
    Element list = nav.appendElement("ol").addClass("diagnostics");
    for (int i = 0; i < all.size(); i++) {
      Diagnostic d = all.get(i);
      Element li = list.appendElement("li");
      if (d.span() == null) {
        li.appendElement("b").text(d.code());
      } else {
        li.appendElement("a")
            .attr("href", "#diag-" + (i + 1))
            .text(d.code() + " (line " + index.line(d.span().start()) + ")");
      }
      li.appendText(": " + d.message());
    }
  }

  private static List<String> present(String... values) {
    return Arrays.stream(values).filter(v -> v != null).toList();
  }

  private static String resource(String name) {
    try (InputStream in = HtmlView.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(String s) {
    try {
      return Base64.getEncoder()
          .encodeToString(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}

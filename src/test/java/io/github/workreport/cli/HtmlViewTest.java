package io.github.workreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.HandMadeReport;
import io.github.workreport.Seeds;
import io.github.workreport.WorkReportParser;
import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.Section;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlViewTest {
  private static Document page(WorkReport r) {
    return Jsoup.parse(HtmlView.page("a.txt", r));
  }

  /** The text of the marks of target {@code n} (1-based), in document order. */
  static String markedText(Document doc, int n) {
    return doc.select("mark.t").stream()
        .filter(m -> Set.of(m.attr("data-targets").split(" ")).contains(Integer.toString(n)))
        .map(Element::text)
        .collect(Collectors.joining());
  }

  @Test
  void handMadeReportShowsEveryMarkWhereItStands() {
    WorkReport r = HandMadeReport.report();
    Document doc = page(r);
    assertThat(doc.title()).isEqualTo("某县2025年政府工作报告");
    assertThat(doc.select("nav ol.toc a"))
        .extracting(e -> e.attr("href") + " " + e.text())
        .containsExactly("#sec-s1 一、 2024年工作回顾", "#sec-s2 二、 2025年工作安排", "#sec-s2.1 （一） 抓好工业");
    assertThat(doc.select("nav ol.toc .taskmark"))
        .extracting(Element::text)
        .containsExactly("task 1");
    assertThat(doc.select("article h2, article h3"))
        .extracting(e -> e.id() + " " + e.tagName())
        .containsExactly("sec-s1 h2", "sec-s2 h2", "sec-s2.1 h3");
    Element reported = doc.selectFirst("mark.t[data-targets=1]");
    assertThat(reported.classNames()).contains("reported").doesNotContain("planned", "headline");
    assertThat(reported.attr("title")).isEqualTo("地区生产总值: 6.1 % \u2014 GROWTH, EXACT, REPORTED");
    Element planned = doc.selectFirst("mark.t[data-targets=2]");
    assertThat(planned.classNames()).contains("planned", "headline", "start");
    assertThat(planned.attr("title"))
        .isEqualTo("工业增加值: 8 % \u2014 GROWTH, ABOUT, PLANNED, headline");
    for (int i = 0; i < r.targets().size(); i++) {
      assertThat(markedText(doc, i + 1)).isEqualTo(r.targets().get(i).span().slice(r.text()));
    }
    assertThat(doc.select("span.task"))
        .extracting(e -> e.id() + " " + e.text() + " " + e.parent().tagName())
        .containsExactly("task-1 1 h3", "task-1.1 1.1 p", "task-1.2 1.2 p");
    Element mention = doc.selectFirst("article a.mention");
    assertThat(mention.attr("href")).isEqualTo("#g-1");
    assertThat(mention.text()).isEqualTo("三化");
    assertThat(mention.attr("title")).isEqualTo("“三化”: 高端化、智能化、绿色化");
    assertThat(doc.getElementById("g-1")).isNotNull();
    assertThat(doc.select("nav ol.diagnostics a").attr("href")).isEqualTo("#diag-1");
    assertThat(doc.getElementById("diag-1").parent().id()).isEqualTo("sec-s2.1");
    assertThat(doc.select("article div.skip"))
        .extracting(Element::text)
        .containsExactly("某县2025年政府工作报告");
    assertThat(doc.select("nav p.summary").text()).startsWith("= 3 sections, 3 tasks, 2 targets");
  }

  @Test
  void theWholeTextIsShownInOrder() {
    WorkReport r = HandMadeReport.report();
    Document doc = page(r);
    Element article = doc.getElementById("text");
    article.select("span.task, span.diag").remove();
    assertThat(article.text().replace(" ", "")).isEqualTo(r.text().replace("\n", ""));
  }

  @Test
  void everySeedHasItsTargetsSectionsTasksAndGlossaryInThePage() {
    WorkReportParser parser = WorkReportParser.create();
    for (Path seed : Seeds.all()) {
      WorkReport r = parser.parse(Seeds.text(seed));
      Document doc = page(r);
      String name = seed.getFileName().toString();
      checkPage(doc, r, name);
      for (int i = 0; i < r.targets().size(); i++) {
        Target t = r.targets().get(i);
        // jsoup's text() collapses white space: compare without it
        assertThat(markedText(doc, i + 1).replace(" / ", "").replaceAll("\\s", ""))
            .as(name + " target " + (i + 1))
            .isEqualTo(t.span().slice(r.text()).replaceAll("\\s", ""));
      }
      assertThat(doc.select("span.task")).as(name).hasSize(countTasks(r.tasks()));
      assertThat(doc.select("span.entry")).as(name).hasSize(r.glossary().size());
    }
  }

  /**
   * What the browser test checks in the rendered DOM too: marks, contents entries and their
   * anchors.
   */
  static void checkPage(Document doc, WorkReport r, String name) {
    Set<String> marked = new HashSet<>();
    for (Element m : doc.select("mark.t")) {
      marked.addAll(List.of(m.attr("data-targets").split(" ")));
    }
    for (int i = 1; i <= r.targets().size(); i++) {
      assertThat(marked).as(name + " target " + i).contains(Integer.toString(i));
    }
    List<Section> sections = ReportIndex.of(r).allSections();
    Elements links = doc.select("nav ol.toc a");
    assertThat(links).as(name).hasSize(sections.size());
    for (int i = 0; i < sections.size(); i++) {
      assertThat(links.get(i).attr("href")).isEqualTo("#sec-" + sections.get(i).id());
      assertThat(doc.getElementById("sec-" + sections.get(i).id()))
          .as(name + " " + sections.get(i).id())
          .isNotNull();
    }
    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertThat(ids.add(e.id())).as(name + " id " + e.id() + " once").isTrue();
    }
  }

  private static int countTasks(List<Task> tasks) {
    return tasks.stream().mapToInt(t -> 1 + countTasks(t.subtasks())).sum();
  }

  @Test
  void aHostileReportIsShownAsTextAndAddsNoElement() {
    WorkReport made = HostileReport.handMade();
    String html = HtmlView.page("<script>alert('name')</script>.txt", made);
    Document doc = Jsoup.parse(html);
    assertHarmless(doc);
    assertThat(doc.title()).isEqualTo("报告" + HostileReport.TITLE);
    assertThat(doc.getElementById("text").text())
        .contains(HostileReport.SCRIPT, HostileReport.TITLE);
    assertThat(doc.selectFirst("article mark.t").attr("title"))
        .contains("地区生产总值" + HostileReport.SCRIPT, HostileReport.IMG);
    assertThat(doc.select("nav ol.toc a").text()).contains(HostileReport.IMG);
    assertThat(html).doesNotContain("<img", "<svg", "<iframe").contains("&lt;script&gt;");
    WorkReport parsed = WorkReportParser.create().parseText(HostileReport.PARSED);
    assertThat(parsed.sections()).isNotEmpty();
    assertThat(parsed.targets()).isNotEmpty();
    assertHarmless(Jsoup.parse(HtmlView.page("a.txt", parsed)));
  }

  /** Only the page's own script, no element the text brought in, no event handler attribute. */
  static void assertHarmless(Document doc) {
    assertThat(doc.select("script")).hasSize(1);
    assertThat(doc.select("script").first().data()).doesNotContain("pwned");
    assertThat(doc.select("img, svg, iframe, object, embed, b[onclick]")).isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on"));
      assertThat(e.attr("href")).doesNotStartWith("javascript:");
    }
    assertThat(doc.body().hasAttr("data-pwned")).isFalse();
    assertThat(doc.title()).isNotEqualTo("pwned");
    assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("default-src 'none'", "script-src 'sha256-");
  }
}

package io.github.workreport.cli;

import io.github.workreport.Records;
import io.github.workreport.model.Bound;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DocumentKind;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.GlossaryOrigin;
import io.github.workreport.model.Measure;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Quantity;
import io.github.workreport.model.Section;
import io.github.workreport.model.Severity;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetStatus;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Reports whose text tries to break out of every place the HTML view writes it: element text,
 * attribute values (tooltips, titles), the page title, the contents bar. Each payload, if it
 * escaped, would add an element or run a script that marks the page as "pwned".
 */
final class HostileReport {
  static final String SCRIPT = "<script>document.body.setAttribute('data-pwned','script')</script>";
  static final String IMG =
      "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">";
  static final String TITLE = "</title><script>document.title='pwned'</script>";
  static final String SVG =
      "'></style><svg onload=\"document.body.setAttribute('data-pwned','svg')\">";
  static final String IFRAME =
      "<iframe src=\"javascript:document.body.setAttribute('data-pwned','iframe')\"></iframe>&amp;<!--";

  /**
   * A text in which the parser finds sections, targets and a glossary entry, each with a payload.
   */
  static final String PARSED =
      String.join(
          "\n",
          "2025年某县政府工作报告" + TITLE,
          "一、2024年工作回顾" + IMG,
          "全县地区生产总值增长6%，完成投资12亿元" + SCRIPT + "。",
          "二、2025年工作安排" + SVG,
          "（一）抓好工业<b onclick=alert(1)>发展</b>",
          "今年地区生产总值增长7%左右" + IFRAME + "。一是推进“三化”改造&amp;<!--。",
          "名词解释",
          "1.“三化”：指高端化、智能化、绿色化" + SCRIPT + "。",
          "");

  private HostileReport() {}

  /** A hand-made report with a payload in every component the page shows. */
  static WorkReport handMade() {
    String heading = "一、回顾" + IMG;
    String para = "地区生产总值增长6%" + SCRIPT + "。" + "“三化" + SVG + "”";
    String entry = "“三化" + SVG + "”：指" + IFRAME;
    String text = TITLE + "\n" + heading + "\n" + para + "\n" + entry + "\n";
    int h = text.indexOf(heading);
    int p = text.indexOf(para);
    int e = text.indexOf(entry);
    Paragraph p1 = new Paragraph(new Span(p, p + para.length()), null, para);
    Paragraph p2 = new Paragraph(new Span(e, e + entry.length()), null, entry);
    Section s1 =
        new Section(
            "s1",
            1,
            "一、",
            1,
            "回顾" + IMG,
            null,
            PartClass.PLAN,
            new Span(h, e + entry.length()),
            new Span(h, h + heading.length()),
            List.of(p1, p2),
            List.of());
    Task t1 =
        new Task(
            "t1", "一、", 1, "回顾" + IMG, heading, new Span(h, h + heading.length()), "s1", List.of());
    Span clause = new Span(p, p + "地区生产总值增长6%".length() + SCRIPT.length());
    Target t =
        Records.of(
            Target.class,
            Map.ofEntries(
                Map.entry("indicator", "地区生产总值" + SCRIPT),
                Map.entry("value", BigDecimal.valueOf(6)),
                Map.entry("unit", "%" + TITLE),
                Map.entry("normalized", new Quantity(BigDecimal.valueOf(6), null, "%")),
                Map.entry("measure", Measure.GROWTH),
                Map.entry("bound", Bound.EXACT),
                Map.entry("status", TargetStatus.PLANNED),
                Map.entry("headline", true),
                Map.entry("period", "2025" + IMG),
                Map.entry("text", clause.slice(text)),
                Map.entry("span", clause),
                Map.entry("sectionId", "s1")));
    int mention = text.indexOf("三化", p);
    GlossaryEntry g =
        new GlossaryEntry(
            1,
            "“三化" + SVG + "”",
            IFRAME,
            List.of(),
            GlossaryOrigin.GLOSSARY,
            new Span(e, e + entry.length()),
            List.of(new Span(mention, mention + 2)));
    Diagnostic d =
        new Diagnostic(Severity.WARNING, "code" + IMG, "message" + SCRIPT, new Span(p, p + 1));
    Metadata m =
        Records.of(
            Metadata.class,
            Map.of(
                "title",
                "报告" + TITLE,
                "kind",
                DocumentKind.GOVERNMENT_WORK_REPORT,
                "region",
                "某县" + IMG,
                "source",
                "来源" + SCRIPT,
                "year",
                2025));
    return new WorkReport(
        text, m, List.of(), List.of(s1), List.of(t1), List.of(t), List.of(g), List.of(d));
  }
}

package io.github.workreport;

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
 * A small report built by hand, not by the parser, so that the views of a report (outline, CSV,
 * HTML) are checked against structure written down here: two parts, a numbered unit that is both a
 * section and a task with two "一是/二是" subtasks, a reported and a planned headline target, an inline
 * glossary entry with one mention, and a diagnostic.
 */
public final class HandMadeReport {
  /** The text, line by line. */
  public static final String TEXT =
      String.join(
          "\n",
          "某县2025年政府工作报告", // 1: title block
          "一、2024年工作回顾", // 2
          "全县地区生产总值增长6.1%。", // 3
          "二、2025年工作安排", // 4
          "（一）抓好工业", // 5
          "一是工业增加值增长8%左右。二是推进“三化”改造。", // 6
          "“三化”指高端化、智能化、绿色化。", // 7
          "");

  private HandMadeReport() {}

  /** The report of {@link #TEXT}. */
  public static WorkReport report() {
    Paragraph p3 = paragraph("全县地区生产总值增长6.1%。");
    Paragraph p6 = paragraph("一是工业增加值增长8%左右。二是推进“三化”改造。");
    Paragraph p7 = paragraph("“三化”指高端化、智能化、绿色化。");
    Section s1 =
        new Section(
            "s1",
            1,
            "一、",
            1,
            "2024年工作回顾",
            null,
            PartClass.REVIEW,
            new Span(at("一、2024"), p3.span().end()),
            span("一、2024年工作回顾"),
            List.of(p3),
            List.of());
    Section s21 =
        new Section(
            "s2.1",
            2,
            "（一）",
            1,
            "抓好工业",
            null,
            PartClass.PLAN,
            new Span(at("（一）"), p7.span().end()),
            span("（一）抓好工业"),
            List.of(p6, p7),
            List.of());
    Section s2 =
        new Section(
            "s2",
            1,
            "二、",
            2,
            "2025年工作安排",
            null,
            PartClass.PLAN,
            new Span(at("二、2025"), p7.span().end()),
            span("二、2025年工作安排"),
            List.of(),
            List.of(s21));
    Task t11 =
        new Task(
            "t1.1",
            "一是",
            1,
            "工业增加值增长8%左右",
            "一是工业增加值增长8%左右。",
            span("一是工业增加值增长8%左右。"),
            "s2.1",
            List.of());
    Task t12 =
        new Task(
            "t1.2", "二是", 2, "推进“三化”改造", "二是推进“三化”改造。", span("二是推进“三化”改造。"), "s2.1", List.of());
    Task t1 = new Task("t1", "（一）", 1, "抓好工业", "（一）抓好工业", s21.span(), "s2.1", List.of(t11, t12));
    Target reported =
        target("地区生产总值", "6.1", TargetStatus.REPORTED, false, span("全县地区生产总值增长6.1%"), "s1");
    Target planned = target("工业增加值", "8", TargetStatus.PLANNED, true, span("工业增加值增长8%左右"), "s2.1");
    int mention = TEXT.indexOf("三化");
    GlossaryEntry entry =
        new GlossaryEntry(
            1,
            "“三化”",
            "高端化、智能化、绿色化",
            List.of("高端化", "智能化", "绿色化"),
            GlossaryOrigin.INLINE,
            p7.span(),
            List.of(new Span(mention, mention + 2)));
    Diagnostic d =
        new Diagnostic(Severity.WARNING, "task-count-mismatch", "宣布两个方面，列出一个", span("（一）抓好工业"));
    Metadata m =
        Records.of(
            Metadata.class,
            Map.of(
                "title",
                "某县2025年政府工作报告",
                "kind",
                DocumentKind.GOVERNMENT_WORK_REPORT,
                "region",
                "某县",
                "year",
                2025));
    return new WorkReport(
        TEXT,
        m,
        List.of(),
        List.of(s1, s2),
        List.of(t1),
        List.of(reported, planned),
        List.of(entry),
        List.of(d));
  }

  private static Target target(
      String indicator,
      String value,
      TargetStatus status,
      boolean headline,
      Span span,
      String section) {
    BigDecimal v = new BigDecimal(value);
    return Records.of(
        Target.class,
        Map.ofEntries(
            Map.entry("indicator", indicator),
            Map.entry("value", v),
            Map.entry("unit", "%"),
            Map.entry("normalized", new Quantity(v, null, "%")),
            Map.entry("measure", Measure.GROWTH),
            Map.entry("bound", headline ? Bound.ABOUT : Bound.EXACT),
            Map.entry("status", status),
            Map.entry("headline", headline),
            Map.entry("text", span.slice(TEXT)),
            Map.entry("span", span),
            Map.entry("sectionId", section)));
  }

  private static Paragraph paragraph(String text) {
    return new Paragraph(span(text), null, text);
  }

  private static int at(String s) {
    int i = TEXT.indexOf(s);
    if (i < 0) {
      throw new IllegalArgumentException("not in the text: " + s);
    }
    return i;
  }

  private static Span span(String s) {
    return new Span(at(s), at(s) + s.length());
  }
}

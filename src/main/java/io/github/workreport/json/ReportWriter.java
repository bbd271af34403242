package io.github.workreport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.Quantity;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a report through Jackson's streaming generator, giving the bytes that a mapper with {@link
 * ModelModule} gives (components in declaration order, {@code schemaVersion} first and {@code text}
 * last, decimals as plain strings, dates as ISO strings, nulls written).
 *
 * <p>Why by hand: a mapper builds its serializers by introspecting the records on first use, which
 * loads some 400 classes and generates a reflective accessor for every component; in a fresh JVM
 * that costs more than writing the reports of a short batch. {@code ReportWriterTest} holds the two
 * to the same bytes on every seed, so a component added to a record and not here fails the build.
 */
final class ReportWriter {
  private ReportWriter() {}

  /** Writes {@code r} as one object, with {@code source} after its version when not null. */
  static void report(JsonGenerator g, WorkReport r, @Nullable ReportSource source)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("schemaVersion", ReportJson.SCHEMA_VERSION);
    if (source != null) {
      g.writeFieldName("source");
      g.writeStartObject();
      g.writeStringField("path", source.path());
      g.writeStringField("charset", source.charset());
      g.writeNumberField("bytes", source.bytes());
      g.writeEndObject();
    }
    g.writeFieldName("metadata");
    metadata(g, r.metadata());
    g.writeFieldName("preamble");
    paragraphs(g, r.preamble());
    g.writeArrayFieldStart("sections");
    for (Section s : r.sections()) {
      section(g, s);
    }
    g.writeEndArray();
    g.writeFieldName("tasks");
    tasks(g, r.tasks());
    g.writeArrayFieldStart("targets");
    for (Target t : r.targets()) {
      target(g, t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("glossary");
    for (GlossaryEntry e : r.glossary()) {
      glossaryEntry(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : r.diagnostics()) {
      diagnostic(g, d);
    }
    g.writeEndArray();
    g.writeStringField("text", r.text());
    g.writeEndObject();
  }

  private static void metadata(JsonGenerator g, Metadata m) throws IOException {
    g.writeStartObject();
    g.writeStringField("title", m.title());
    g.writeStringField("subtitle", m.subtitle());
    g.writeStringField("kind", m.kind().name());
    g.writeStringField("region", m.region());
    date(g, "date", m.date());
    date(g, "published", m.published());
    g.writeStringField("source", m.source());
    g.writeFieldName("authors");
    strings(g, m.authors());
    g.writeStringField("venue", m.venue());
    g.writeStringField("speaker", m.speaker());
    g.writeStringField("speakerTitle", m.speakerTitle());
    integer(g, "year", m.year());
    g.writeEndObject();
  }

  private static void section(JsonGenerator g, Section s) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", s.id());
    g.writeNumberField("level", s.level());
    g.writeStringField("number", s.number());
    integer(g, "ordinal", s.ordinal());
    g.writeStringField("title", s.title());
    g.writeStringField("subtitle", s.subtitle());
    g.writeStringField("part", s.part().name());
    span(g, "span", s.span());
    span(g, "headingSpan", s.headingSpan());
    g.writeFieldName("paragraphs");
    paragraphs(g, s.paragraphs());
    g.writeArrayFieldStart("children");
    for (Section c : s.children()) {
      section(g, c);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void paragraphs(JsonGenerator g, List<Paragraph> paragraphs) throws IOException {
    g.writeStartArray();
    for (Paragraph p : paragraphs) {
      g.writeStartObject();
      span(g, "span", p.span());
      g.writeStringField("lead", p.lead());
      g.writeStringField("text", p.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void tasks(JsonGenerator g, List<Task> tasks) throws IOException {
    g.writeStartArray();
    for (Task t : tasks) {
      g.writeStartObject();
      g.writeStringField("id", t.id());
      g.writeStringField("number", t.number());
      g.writeNumberField("ordinal", t.ordinal());
      g.writeStringField("title", t.title());
      g.writeStringField("text", t.text());
      span(g, "span", t.span());
      g.writeStringField("sectionId", t.sectionId());
      g.writeFieldName("subtasks");
      tasks(g, t.subtasks());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void target(JsonGenerator g, Target t) throws IOException {
    g.writeStartObject();
    g.writeStringField("indicator", t.indicator());
    g.writeStringField("key", t.key());
    decimal(g, "value", t.value());
    decimal(g, "upper", t.upper());
    decimal(g, "baseline", t.baseline());
    g.writeStringField("unit", t.unit());
    Quantity q = t.normalized();
    g.writeObjectFieldStart("normalized");
    decimal(g, "value", q.value());
    decimal(g, "upper", q.upper());
    g.writeStringField("unit", q.unit());
    g.writeEndObject();
    g.writeStringField("measure", t.measure().name());
    g.writeStringField("bound", t.bound().name());
    g.writeStringField("status", t.status().name());
    g.writeStringField("tier", t.tier() == null ? null : t.tier().name());
    g.writeBooleanField("headline", t.headline());
    g.writeStringField("period", t.period());
    g.writeStringField("text", t.text());
    span(g, "span", t.span());
    g.writeStringField("sectionId", t.sectionId());
    g.writeEndObject();
  }

  private static void glossaryEntry(JsonGenerator g, GlossaryEntry e) throws IOException {
    g.writeStartObject();
    g.writeNumberField("ordinal", e.ordinal());
    g.writeStringField("term", e.term());
    g.writeStringField("definition", e.definition());
    g.writeFieldName("items");
    strings(g, e.items());
    g.writeStringField("origin", e.origin().name());
    span(g, "span", e.span());
    g.writeArrayFieldStart("mentions");
    for (Span s : e.mentions()) {
      span(g, s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void diagnostic(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("severity", d.severity().name());
    g.writeStringField("code", d.code());
    g.writeStringField("message", d.message());
    span(g, "span", d.span());
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, List<String> strings) throws IOException {
    g.writeStartArray();
    for (String s : strings) {
      g.writeString(s);
    }
    g.writeEndArray();
  }

  private static void span(JsonGenerator g, String name, @Nullable Span s) throws IOException {
    g.writeFieldName(name);
    if (s == null) {
      g.writeNull();
    } else {
      span(g, s);
    }
  }

  private static void span(JsonGenerator g, Span s) throws IOException {
    g.writeStartObject();
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }

  private static void decimal(JsonGenerator g, String name, @Nullable BigDecimal v)
      throws IOException {
    g.writeStringField(name, v == null ? null : v.toPlainString());
  }

  private static void date(JsonGenerator g, String name, @Nullable LocalDate v) throws IOException {
    g.writeStringField(name, v == null ? null : v.toString());
  }

  private static void integer(JsonGenerator g, String name, @Nullable Integer v)
      throws IOException {
    g.writeFieldName(name);
    if (v == null) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }
}

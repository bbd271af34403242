package io.github.workreport.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes reports as JSON and reads them back.
 *
 * <p>A report is one JSON object: {@code schemaVersion} ({@value #SCHEMA_VERSION}), then the
 * components of {@link WorkReport} in declaration order with {@code text} last, so that two runs
 * over the same input give the same bytes. Dates are ISO {@code yyyy-MM-dd} strings, decimals plain
 * strings ("1640000000"), and a null component is written as {@code null}. The JSON Schema (draft
 * 2020-12) of this layout is the resource {@value #SCHEMA_RESOURCE} of this library.
 *
 * <p>Callers with their own {@link ObjectMapper} register {@link #module()} and get the same JSON
 * from {@code mapper.writeValueAsString(report)}. Thread-safe.
 *
 * @since 0.1
 */
public final class ReportJson {
  /** The version of the JSON layout this class writes; {@link #fromJson} refuses another. */
  public static final int SCHEMA_VERSION = 1;

  /** Where the JSON Schema of {@link #SCHEMA_VERSION} lies among this library's resources. */
  public static final String SCHEMA_RESOURCE =
      "/io/github/workreport/json/workreport-1.schema.json";

  /**
   * Writes every report: a generator needs no introspection of the records, where a mapper's first
   * report costs more than a short batch of parsing in a fresh JVM (see {@link ReportWriter}).
   */
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Reads reports back; built on first use so that writing never loads Jackson's databind. */
  private static final class Reader {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .addModule(module())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
  }

  private ReportJson() {}

  /**
   * The Jackson module that maps the records of {@code io.github.workreport.model} the way this
   * class does, for a caller's own {@link ObjectMapper}: {@code
   * JsonMapper.builder().addModule(ReportJson.module()).build()}. It touches no other type: the
   * caller's own dates and decimals keep the caller's settings. Reading ignores the {@code
   * schemaVersion} and {@code source} of a report without checking them (as {@link #fromJson}
   * does).
   */
  public static Module module() {
    return new ModelModule();
  }

  /** Writes {@code report} as one JSON object, indented. */
  public static String toJson(WorkReport report) {
    Objects.requireNonNull(report, "report");
    return write(true, report, null);
  }

  /** Writes {@code reports} as a JSON array of objects, indented. */
  public static String toJson(List<WorkReport> reports) {
    Objects.requireNonNull(reports, "reports");
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out, true)) {
      g.writeStartArray();
      for (WorkReport r : reports) {
        ReportWriter.report(g, Objects.requireNonNull(r, "report"), null);
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes {@code report} as one JSON object, indented, with a {@code source} object after the
   * {@code schemaVersion} that names where it was read from ({@code path}, {@code charset}, {@code
   * bytes}). {@link #fromJson} reads it back as the report alone.
   */
  public static String toJson(WorkReport report, ReportSource source) {
    Objects.requireNonNull(report, "report");
    return write(true, report, Objects.requireNonNull(source, "source"));
  }

  /** Writes {@code report} as one JSON object on a single line, for JSON Lines output. */
  public static String toJsonLine(WorkReport report) {
    Objects.requireNonNull(report, "report");
    return write(false, report, null);
  }

  /**
   * Writes {@code report} with its {@code source}, as {@link #toJson(WorkReport, ReportSource)}, on
   * one line.
   */
  public static String toJsonLine(WorkReport report, ReportSource source) {
    Objects.requireNonNull(report, "report");
    return write(false, report, Objects.requireNonNull(source, "source"));
  }

  /**
   * Writes {@code report} as one JSON object, indented, to {@code out}, which is flushed and left
   * open.
   *
   * @throws IOException if writing fails
   */
  public static void write(WorkReport report, Writer out) throws IOException {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = generator(out, true)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      ReportWriter.report(g, report, null);
    }
    out.flush();
  }

  /**
   * Writes {@code report} as one JSON object, indented, in UTF-8 to {@code out}, which is flushed
   * and left open.
   *
   * @throws IOException if writing fails
   */
  public static void write(WorkReport report, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    write(report, new OutputStreamWriter(out, StandardCharsets.UTF_8));
  }

  private static JsonGenerator generator(Writer out, boolean indent) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    return indent ? g.useDefaultPrettyPrinter() : g;
  }

  private static String write(boolean indent, WorkReport report, @Nullable ReportSource source) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = generator(out, indent)) {
      ReportWriter.report(g, report, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Reads a report written by {@link #toJson(WorkReport)} or by a mapper with {@link #module()}.
   *
   * @throws IllegalArgumentException if {@code json} is not such a report, or of another schema
   *     version
   */
  public static WorkReport fromJson(String json) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode node = Reader.MAPPER.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      int version = node.path("schemaVersion").asInt(-1);
      if (version != SCHEMA_VERSION) {
        throw new IllegalArgumentException(
            "schemaVersion " + version + " is not " + SCHEMA_VERSION);
      }
      return Reader.MAPPER.treeToValue(node, WorkReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "not a workreport JSON document: " + e.getOriginalMessage(), e);
    }
  }
}

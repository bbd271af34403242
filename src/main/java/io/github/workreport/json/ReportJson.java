package io.github.workreport.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.workreport.internal.view.ReportIndex;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes reports as JSON and reads them back, and writes their targets, tasks and glossary as CSV.
 *
 * <p>The JSON object has a {@code schemaVersion} and the components of {@link WorkReport} in
 * declaration order, so two runs over the same input give the same bytes. Dates are ISO
 * {@code yyyy-MM-dd} strings and decimals plain strings ("1640000000"). Thread-safe.
 */
public final class ReportJson {
  /** The version of the JSON layout this class writes; a reader refuses another. */
  public static final int SCHEMA_VERSION = 1;

  private static final CsvMapper CSV = new CsvMapper();
  private static final java.util.Map<List<String>, ObjectWriter> CSV_WRITERS = new java.util.concurrent.ConcurrentHashMap<>();
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(module())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private ReportJson() {}

  private static SimpleModule module() {
    SimpleModule m = new SimpleModule("workreport");
    m.addSerializer(LocalDate.class, new JsonSerializer<LocalDate>() {
      @Override
      public void serialize(LocalDate v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(v.toString());
      }
    });
    m.addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
      @Override
      public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return LocalDate.parse(p.getValueAsString());
      }
    });
    m.addSerializer(BigDecimal.class, new JsonSerializer<BigDecimal>() {
      @Override
      public void serialize(BigDecimal v, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeString(v.toPlainString());
      }
    });
    m.addDeserializer(BigDecimal.class, new JsonDeserializer<BigDecimal>() {
      @Override
      public BigDecimal deserialize(JsonParser p, DeserializationContext c) throws IOException {
        return new BigDecimal(p.getValueAsString());
      }
    });
    return m;
  }

  /** Writes {@code report} as one JSON object, indented. */
  public static String toJson(WorkReport report) {
    return write(tree(report));
  }

  /** Writes {@code reports} as a JSON array of objects, indented. */
  public static String toJson(List<WorkReport> reports) {
    ArrayNode array = MAPPER.createArrayNode();
    for (WorkReport r : reports) {
      array.add(tree(r));
    }
    return write(array);
  }

  /**
   * Writes {@code report} as one JSON object, indented, with a {@code source} object after the
   * {@code schemaVersion} that names where it was read from ({@code path}, {@code charset},
   * {@code bytes}). {@link #fromJson} reads it back as the report alone.
   */
  public static String toJson(WorkReport report, ReportSource source) {
    return write(tree(report, Objects.requireNonNull(source, "source")));
  }

  /** Writes {@code report} as one JSON object on a single line, for JSON Lines output. */
  public static String toJsonLine(WorkReport report) {
    return line(tree(report));
  }

  /** Writes {@code report} with its {@code source}, as {@link #toJson(WorkReport, ReportSource)}, on one line. */
  public static String toJsonLine(WorkReport report, ReportSource source) {
    return line(tree(report, Objects.requireNonNull(source, "source")));
  }

  private static String line(JsonNode node) {
    try {
      return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree(WorkReport report) {
    return tree(report, null);
  }

  private static ObjectNode tree(WorkReport report, ReportSource source) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    if (source != null) {
      ObjectNode s = root.putObject("source");
      s.put("path", source.path());
      s.put("charset", source.charset());
      s.put("bytes", source.bytes());
    }
    root.setAll((ObjectNode) MAPPER.valueToTree(report));
    // the text goes last: it is long, and a reader looks at the structure first
    JsonNode text = root.remove("text");
    root.set("text", text);
    return root;
  }

  private static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a report written by {@link #toJson(WorkReport)}.
   *
   * @throws IllegalArgumentException if {@code json} is not such a report, or of another
   *     schema version
   */
  public static WorkReport fromJson(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a JSON object");
      }
      int version = node.path("schemaVersion").asInt(-1);
      if (version != SCHEMA_VERSION) {
        throw new IllegalArgumentException("schemaVersion " + version + " is not " + SCHEMA_VERSION);
      }
      ObjectNode copy = ((ObjectNode) node).deepCopy();
      copy.remove("schemaVersion");
      copy.remove("source");
      return MAPPER.treeToValue(copy, WorkReport.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a workreport JSON document: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The columns that say where a row comes from, first in the targets and tasks CSV: the file, the
   * report's region, year and title, and the heading the row stands under ("(一)聚力建好园区…").
   */
  private static final List<String> SOURCE_COLUMNS = List.of("file", "region", "year", "title", "section");

  /** The CSV header of {@link #targetsCsv}. */
  public static final List<String> TARGET_COLUMNS = concat(SOURCE_COLUMNS, List.of(
      "indicator", "key", "value", "upper", "baseline", "unit", "normalizedValue", "normalizedUpper", "normalizedUnit",
      "measure", "bound", "status", "tier", "headline", "period", "line", "text"));

  /**
   * The CSV header of {@link #taskRows}: {@code title} is the task's, {@code depth} 1 for a
   * top-level task, {@code id} the task's id, so that subtasks can be joined to their parents.
   */
  public static final List<String> TASK_COLUMNS = List.of(
      "file", "region", "year", "id", "number", "ordinal", "depth", "title", "section", "line");

  /** The CSV header of {@link #glossaryCsv}. */
  public static final List<String> GLOSSARY_COLUMNS = List.of(
      "file", "term", "itemsCount", "items", "definition", "mentionsCount");

  /**
   * Writes one CSV row per target of each report, with a header, UTF-8 text (no byte-order mark;
   * the command line adds one so that spreadsheets read it as UTF-8).
   *
   * @param files the name to write in the {@code file} column for each report
   * @param lines maps a report and an offset to a 1-based line number
   */
  public static String targetsCsv(List<String> files, List<WorkReport> reports, LineNumbers lines) {
    StringBuilder sb = new StringBuilder(csvHeader(TARGET_COLUMNS));
    for (int i = 0; i < reports.size(); i++) {
      sb.append(targetRows(files.get(i), reports.get(i), lines));
    }
    return sb.toString();
  }

  /** The CSV rows, without header, of the targets of one report; columns {@link #TARGET_COLUMNS}. */
  public static String targetRows(String file, WorkReport r, LineNumbers lines) {
    ReportIndex index = ReportIndex.of(r);
    List<List<String>> rows = new ArrayList<>();
    for (Target t : r.targets()) {
      rows.add(concat(source(file, r, index, t.sectionId()), List.of(
          t.indicator(), str(t.key()), plain(t.value()), plain(t.upper()), plain(t.baseline()), str(t.unit()),
          plain(t.normalized().value()), plain(t.normalized().upper()), str(t.normalized().unit()),
          t.measure().name(), t.bound().name(), t.status().name(), t.tier() == null ? "" : t.tier().name(),
          Boolean.toString(t.headline()), str(t.period()), Integer.toString(lines.line(r, t.span().start())),
          t.text())));
    }
    return csv(TARGET_COLUMNS, rows);
  }

  /**
   * The CSV rows, without header, of the tasks of one report, depth first in document order;
   * columns {@link #TASK_COLUMNS}.
   */
  public static String taskRows(String file, WorkReport r, LineNumbers lines) {
    ReportIndex index = ReportIndex.of(r);
    List<List<String>> rows = new ArrayList<>();
    taskRows(file, r, index, r.tasks(), lines, rows);
    return csv(TASK_COLUMNS, rows);
  }

  private static void taskRows(String file, WorkReport r, ReportIndex index, List<Task> tasks, LineNumbers lines,
      List<List<String>> rows) {
    Metadata m = r.metadata();
    for (Task t : tasks) {
      rows.add(List.of(file, str(m.region()), m.year() == null ? "" : m.year().toString(), t.id(), str(t.number()),
          Integer.toString(t.ordinal()), Integer.toString(index.depth(t)), t.title(), index.heading(t.sectionId()),
          Integer.toString(lines.line(r, t.span().start()))));
      taskRows(file, r, index, t.subtasks(), lines, rows);
    }
  }

  private static List<String> source(String file, WorkReport r, ReportIndex index, String sectionId) {
    Metadata m = r.metadata();
    return List.of(file, str(m.region()), m.year() == null ? "" : m.year().toString(), str(m.title()),
        index.heading(sectionId));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** Writes one CSV row per glossary entry of each report, with a header; items joined by "|". */
  public static String glossaryCsv(List<String> files, List<WorkReport> reports) {
    StringBuilder sb = new StringBuilder(csvHeader(GLOSSARY_COLUMNS));
    for (int i = 0; i < reports.size(); i++) {
      sb.append(glossaryRows(files.get(i), reports.get(i)));
    }
    return sb.toString();
  }

  /** The CSV rows, without header, of the glossary of one report. */
  public static String glossaryRows(String file, WorkReport r) {
    List<List<String>> rows = new ArrayList<>();
    for (GlossaryEntry e : r.glossary()) {
      rows.add(List.of(file, e.term(), Integer.toString(e.items().size()), String.join("|", e.items()),
          e.definition(), Integer.toString(e.mentions().size())));
    }
    return csv(GLOSSARY_COLUMNS, rows);
  }

  /** The header line of a CSV with {@code columns}. */
  public static String csvHeader(List<String> columns) {
    return csv(columns, List.of(columns));
  }

  /** Maps an offset of a report's text to its 1-based line. */
  @FunctionalInterface
  public interface LineNumbers {
    /** The line of {@code offset} in {@code report}'s text. */
    int line(WorkReport report, int offset);
  }

  private static String csv(List<String> columns, List<List<String>> rows) {
    // a mapper introspects on first use: one for the class, one writer per column list
    ObjectWriter writer = CSV_WRITERS.computeIfAbsent(columns, cs -> {
      CsvSchema.Builder schema = CsvSchema.builder();
      for (String c : cs) {
        schema.addColumn(c);
      }
      return CSV.writer(schema.build().withoutHeader());
    });
    try {
      return writer.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String plain(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  private static String str(String s) {
    return s == null ? "" : s;
  }
}

package io.github.workreport.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Generates the JSON Schema (draft 2020-12) of the JSON that {@link ReportJson} writes, from the
 * model records themselves with the victools generator: one definition per record, its properties
 * in component order, each required (the writer writes every component, null ones as {@code null}),
 * {@code null} allowed exactly where the component is {@code @Nullable}, decimals as plain decimal
 * strings, dates as ISO dates, enums by name, and each property described by its record's javadoc.
 * The root adds {@code schemaVersion} and the optional {@code source}. Properties beyond these are
 * allowed, since the layout of a schema version may only grow.
 *
 * <p>{@code ReportSchemaTest} checks that the committed schema is what this generates; to write it
 * anew after a record changed: {@code mvn -q test -Djacoco.skip=true -Dtest=ReportSchemaTest
 * -Dschema.write=true}.
 */
final class ReportSchemaGenerator {
  /** The committed schema, under the main resources. */
  static final Path FILE = Path.of("src/main/resources" + ReportJson.SCHEMA_RESOURCE);

  /** A decimal as BigDecimal.toPlainString() writes it: never an exponent. */
  private static final String DECIMAL = "^-?[0-9]+(\\.[0-9]+)?$";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportSchemaGenerator() {}

  /** The schema, as the indented JSON text committed in {@link #FILE}, ending with a newline. */
  static String generate() {
    SchemaGeneratorConfigBuilder b =
        new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
            .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
            .without(Option.ADDITIONAL_FIXED_TYPES);
    b.forFields()
        .withNullableCheck(f -> nullable(f))
        .withRequiredCheck(f -> true)
        .withDescriptionResolver(ReportSchemaGenerator::description)
        .withIgnoreCheck(f -> f.isStatic() || f.isTransient());
    b.forTypesInGeneral()
        .withCustomDefinitionProvider(
            (type, context) -> {
              ObjectNode node = context.getGeneratorConfig().createObjectNode();
              if (type.getErasedType() == BigDecimal.class) {
                node.put("type", "string").put("pattern", DECIMAL);
                return new CustomDefinition(
                    node,
                    CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
              }
              if (type.getErasedType() == LocalDate.class) {
                node.put("type", "string")
                    .put("format", "date")
                    .put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
                return new CustomDefinition(
                    node,
                    CustomDefinition.DefinitionType.INLINE,
                    CustomDefinition.AttributeInclusion.YES);
              }
              return null;
            })
        .withPropertySorter((a, b2) -> Integer.compare(order(a), order(b2)));
    ObjectNode schema = new SchemaGenerator(b.build()).generateSchema(WorkReport.class);
    return write(root(schema));
  }

  /** Puts {@code schemaVersion} and {@code source} first among the report's properties. */
  private static ObjectNode root(ObjectNode generated) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", generated.get("$schema").asText());
    root.put(
        "$id",
        "https://github.com/workreport/workreport/schema/workreport-"
            + ReportJson.SCHEMA_VERSION
            + ".schema.json");
    root.put(
        "title", "A work report read by workreport, schema version " + ReportJson.SCHEMA_VERSION);
    root.put(
        "description",
        "The JSON of io.github.workreport.json.ReportJson and of the command line's --format json and jsonl.");
    root.put("type", "object");
    ObjectNode properties = root.putObject("properties");
    properties
        .putObject("schemaVersion")
        .put("const", ReportJson.SCHEMA_VERSION)
        .put("description", "the version of this layout");
    ObjectNode source = properties.putObject("source");
    source.put(
        "description",
        "where the report was read from; written by the command line, absent otherwise");
    source.put("type", "object");
    ObjectNode sp = source.putObject("properties");
    sp.putObject("path")
        .put("type", "string")
        .put("description", "the file as it was named, or \"-\" for standard input");
    sp.putObject("charset").set("type", JSON.createArrayNode().add("string").add("null"));
    ((ObjectNode) sp.get("charset"))
        .put("description", "the charset the bytes were decoded with, or null");
    sp.putObject("bytes")
        .put("type", "integer")
        .put("minimum", 0)
        .put("description", "the size of the input in bytes");
    source.set("required", JSON.createArrayNode().add("path").add("charset").add("bytes"));
    properties.setAll((ObjectNode) generated.get("properties"));
    ArrayNode required = JSON.createArrayNode().add("schemaVersion");
    required.addAll((ArrayNode) generated.get("required"));
    root.set("required", required);
    root.set("$defs", generated.get("$defs"));
    return root;
  }

  private static boolean nullable(FieldScope f) {
    return f.getRawMember().getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  /** The position of a property among its record's components. */
  private static int order(MemberScope<?, ?> m) {
    Class<?> type = m.getDeclaringType().getErasedType();
    RecordComponent[] components = type.getRecordComponents();
    if (components == null) {
      return 0;
    }
    if (type == WorkReport.class && m.getName().equals("text")) {
      return components.length; // written last: ReportJson puts the long text after the structure
    }
    List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
    return names.indexOf(m.getName());
  }

  /**
   * The {@code @param} text of a component in its record's javadoc, tags reduced to their words.
   */
  private static @Nullable String description(FieldScope f) {
    if (f.isFakeContainerItemScope()) {
      return null; // an array's items: the array has the description
    }
    Class<?> type = f.getDeclaringType().getErasedType();
    Path file = Path.of("src/main/java", type.getName().replace('.', '/') + ".java");
    try {
      String source = Files.readString(file, StandardCharsets.UTF_8);
      Matcher m =
          Pattern.compile(
                  "@param " + f.getName() + "\\s((?:(?!@param|@since|\\*/).)*)", Pattern.DOTALL)
              .matcher(source);
      if (!m.find()) {
        return null;
      }
      String text = m.group(1).replaceAll("\\s*\\n\\s*\\*\\s*", " ").strip();
      text =
          text.replaceAll(
              "\\{@(?:link|linkplain) (?:[\\w.]*#)?([\\w.]+)(?:\\([^)]*\\))?(?: ([^}]*))?}", "$1");
      return text.replaceAll("\\{@(?:code|literal|value) ([^}]*)}", "$1");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the schema to {@link #FILE}. */
  static void writeFile() throws IOException {
    Files.createDirectories(FILE.getParent());
    Files.writeString(FILE, generate(), StandardCharsets.UTF_8);
  }
}

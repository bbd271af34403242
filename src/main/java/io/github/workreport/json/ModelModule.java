package io.github.workreport.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.NopAnnotationIntrospector;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.util.NameTransformer;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The Jackson mapping of the model records, confined to them so that a caller's other types keep
 * the caller's settings: decimals as plain strings ("1640000000", never "1.64E+9"), dates as ISO
 * strings, null components written (never left out), a report's {@code schemaVersion} first and its
 * {@code text} last. A component added to a record is mapped by the same rules with no change here.
 */
final class ModelModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String MODEL_PACKAGE = WorkReport.class.getPackageName();

  /**
   * The key of the serialization attribute whose value, a {@link ReportSource}, a report's object
   * writes as its {@code source} after its version.
   */
  static final Object SOURCE_ATTRIBUTE = ReportSource.class;

  ModelModule() {
    super("workreport-model", Version.unknownVersion());
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.insertAnnotationIntrospector(new ModelIntrospector());
    context.addBeanSerializerModifier(new ReportOrder());
  }

  @Override
  public Object getTypeId() {
    return ModelModule.class.getName();
  }

  private static boolean inModel(Class<?> type) {
    return type.getPackageName().equals(MODEL_PACKAGE);
  }

  /**
   * Chooses the (de)serializers of decimal and date components, and null inclusion, for the
   * records.
   */
  private static final class ModelIntrospector extends NopAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public @Nullable Object findSerializer(Annotated a) {
      if (a instanceof AnnotatedMember m && inModel(m.getDeclaringClass())) {
        if (a.getRawType() == BigDecimal.class) {
          return PlainDecimal.INSTANCE;
        }
        if (a.getRawType() == LocalDate.class) {
          return IsoDate.INSTANCE;
        }
      }
      return null;
    }

    @Override
    public @Nullable Object findDeserializer(Annotated a) {
      if (a instanceof AnnotatedMember m
          && inModel(m.getDeclaringClass())
          && a.getRawType() == LocalDate.class) {
        return IsoDateReader.INSTANCE;
      }
      return null;
    }

    @Override
    public JsonIgnoreProperties.Value findPropertyIgnoralByName(
        MapperConfig<?> config, Annotated a) {
      if (a.getRawType() == WorkReport.class && !(a instanceof AnnotatedMember)) {
        // what the writer adds around a report's components; read by ReportJson.fromJson, not by
        // the record
        return JsonIgnoreProperties.Value.forIgnoredProperties("schemaVersion", "source")
            .withAllowGetters();
      }
      return JsonIgnoreProperties.Value.empty();
    }

    @Override
    public JsonInclude.Value findPropertyInclusion(Annotated a) {
      if (a instanceof AnnotatedMember m && inModel(m.getDeclaringClass())) {
        return JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS);
      }
      return JsonInclude.Value.empty();
    }

    @Override
    public Version version() {
      return Version.unknownVersion();
    }
  }

  /** A decimal as its plain string. */
  private static final class PlainDecimal extends StdSerializer<BigDecimal> {
    private static final long serialVersionUID = 1L;
    static final PlainDecimal INSTANCE = new PlainDecimal();

    private PlainDecimal() {
      super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal v, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeString(v.toPlainString());
    }
  }

  /** A date as {@code yyyy-MM-dd}. */
  private static final class IsoDate extends StdSerializer<LocalDate> {
    private static final long serialVersionUID = 1L;
    static final IsoDate INSTANCE = new IsoDate();

    private IsoDate() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate v, JsonGenerator g, SerializerProvider p) throws IOException {
      g.writeString(v.toString());
    }
  }

  /** A date read from {@code yyyy-MM-dd}. */
  private static final class IsoDateReader extends JsonDeserializer<LocalDate> {
    static final IsoDateReader INSTANCE = new IsoDateReader();

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
      String s = p.getValueAsString();
      try {
        return LocalDate.parse(s == null ? "" : s);
      } catch (DateTimeParseException e) {
        throw JsonMappingException.from(p, "not an ISO date (yyyy-MM-dd): " + s, e);
      }
    }
  }

  /**
   * A report's text goes last (it is long, and a reader looks at the structure first), its version
   * first.
   */
  private static final class ReportOrder extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public List<BeanPropertyWriter> orderProperties(
        SerializationConfig config, BeanDescription desc, List<BeanPropertyWriter> props) {
      if (desc.getBeanClass() != WorkReport.class) {
        return props;
      }
      List<BeanPropertyWriter> ordered = new ArrayList<>(props.size());
      BeanPropertyWriter text = null;
      for (BeanPropertyWriter w : props) {
        if (w.getName().equals("text")) {
          text = w;
        } else {
          ordered.add(w);
        }
      }
      if (text != null) {
        ordered.add(text);
      }
      return ordered;
    }

    @Override
    @SuppressWarnings("unchecked")
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription desc, JsonSerializer<?> serializer) {
      return desc.getBeanClass() == WorkReport.class
          ? new Versioned((JsonSerializer<Object>) serializer)
          : serializer;
    }
  }

  /** Writes a report's object with {@code schemaVersion} before its components. */
  private static final class Versioned extends StdSerializer<WorkReport>
      implements ResolvableSerializer {
    private static final long serialVersionUID = 1L;
    // a mapper is never serialized with its serializers; Jackson marks them Serializable all the
    // same
    private final transient JsonSerializer<Object> bean;
    private transient @Nullable JsonSerializer<Object> fields;

    Versioned(JsonSerializer<Object> bean) {
      super(WorkReport.class);
      this.bean = bean;
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
      if (bean instanceof ResolvableSerializer r) {
        r.resolve(provider);
      }
      fields = bean.unwrappingSerializer(NameTransformer.NOP);
    }

    @Override
    public void serialize(WorkReport report, JsonGenerator g, SerializerProvider p)
        throws IOException {
      JsonSerializer<Object> f = fields;
      if (f == null) {
        f = bean.unwrappingSerializer(NameTransformer.NOP);
        fields = f;
      }
      g.writeStartObject(report);
      g.writeNumberField("schemaVersion", ReportJson.SCHEMA_VERSION);
      Object source = p.getAttribute(SOURCE_ATTRIBUTE);
      if (source != null) {
        g.writeFieldName("source");
        p.defaultSerializeValue(source, g);
      }
      f.serialize(report, g, p);
      g.writeEndObject();
    }
  }
}

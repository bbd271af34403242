package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.workreport.json.ReportSource;
import io.github.workreport.model.DatedReport;
import io.github.workreport.model.ReportPair;
import io.github.workreport.model.Section;
import io.github.workreport.model.Target;
import io.github.workreport.model.TargetOutcome;
import io.github.workreport.model.Verdict;
import io.github.workreport.model.WorkReport;
import io.github.workreport.model.YearSource;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The nullness annotations tell the truth: a record component accepts null exactly when its type is
 * {@code @Nullable}, its javadoc says when it is null, and the API packages are null-marked.
 * Checked by reflection over real instances, so a component added to a record is checked with no
 * change here.
 */
class NullnessTest {

  @Test
  void theApiPackagesAreNullMarked() {
    for (Class<?> c : List.of(WorkReportParser.class, WorkReport.class, ReportSource.class)) {
      assertThat(c.getPackage().isAnnotationPresent(NullMarked.class))
          .as(c.getPackageName())
          .isTrue();
    }
  }

  @Test
  void aComponentAcceptsNullExactlyWhenItIsNullable() throws Exception {
    for (Record r : samples()) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      for (int i = 0; i < components.length; i++) {
        RecordComponent c = components[i];
        if (c.getType().isPrimitive()) {
          assertThat(nullable(c)).as(name(c)).isFalse();
          continue;
        }
        Object[] args = values(r);
        args[i] = null;
        if (nullable(c)) {
          assertThatCode(() -> construct(r.getClass(), args))
              .as(name(c) + " is @Nullable")
              .doesNotThrowAnyException();
        } else {
          Throwable thrown = Assertions.catchThrowable(() -> construct(r.getClass(), args));
          assertThat(thrown)
              .as(name(c) + " is not @Nullable, so null is refused")
              .isInstanceOfAny(NullPointerException.class, IllegalArgumentException.class);
        }
      }
    }
  }

  @Test
  void theJavadocOfANullableComponentSaysWhenItIsNull() throws IOException {
    for (Record r : samples()) {
      String source = source(r.getClass());
      for (RecordComponent c : r.getClass().getRecordComponents()) {
        if (nullable(c)) {
          Matcher m =
              Pattern.compile("@param " + c.getName() + " ((?:(?!@param|\\*/).)*)", Pattern.DOTALL)
                  .matcher(source);
          assertThat(m.find()).as(name(c) + " has a @param").isTrue();
          assertThat(m.group(1)).as(name(c)).contains("null");
        }
      }
    }
  }

  private static List<Record> samples() {
    WorkReport hand = HandMadeReport.report();
    WorkReport seed = WorkReportParser.create().parseText(Seeds.text("002"));
    List<Record> all =
        new ArrayList<>(
            List.of(
                hand,
                seed.metadata(),
                seed.preamble().get(0),
                hand.diagnostics().get(0),
                hand.glossary().get(0),
                hand.tasks().get(0),
                new ReportSource("a.txt", "UTF-8", 1)));
    Section s =
        seed.allSections().stream()
            .filter(x -> x.number() != null && x.subtitle() == null)
            .findFirst()
            .orElseThrow();
    all.add(s);
    Target t = seed.targets().get(0);
    all.add(t);
    all.add(t.normalized());
    all.add(TaskParser.create().parse("一是稳投资。"));
    all.add(TargetParser.create().parse("增长6%"));
    all.add(GlossaryParser.create().parse("【六稳】指稳就业。"));
    all.add(SectionParser.create().parse("（一）扩大内需。\n（二）稳定就业。"));
    // attainment: an outcome without a result (a result needs a non-null verdict other than
    // NO_RESULT, so its nullness is checked in AttainmentTest), a dated report and a pair
    all.add(new TargetOutcome(t, null, Verdict.NO_RESULT, null));
    DatedReport d = new DatedReport("a.txt", hand, "某市", 2024, YearSource.TEXT);
    all.add(d);
    all.add(new ReportPair(d, new DatedReport("b.txt", hand, null, 2025, YearSource.FILE_NAME)));
    return all;
  }

  private static boolean nullable(RecordComponent c) {
    return c.getAnnotatedType().isAnnotationPresent(Nullable.class);
  }

  private static String name(RecordComponent c) {
    return c.getDeclaringRecord().getSimpleName() + "." + c.getName();
  }

  private static Object[] values(Record r) throws ReflectiveOperationException {
    RecordComponent[] components = r.getClass().getRecordComponents();
    Object[] args = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      args[i] = components[i].getAccessor().invoke(r);
    }
    return args;
  }

  private static void construct(Class<?> type, Object[] args) throws Throwable {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
    }
    Constructor<?> canonical = type.getDeclaredConstructor(types);
    try {
      canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private static String source(Class<?> type) throws IOException {
    Class<?> top = type;
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    Path file = Path.of("src/main/java", top.getName().replace('.', '/') + ".java");
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path, as a downstream module that requires {@code io.github.workreport}
 * and nothing else sees it: the module {@code src/test/downstream/demo} is compiled against the
 * library's classes and the modules its descriptor requires, found on this test's class path, and
 * run in a JVM of its own with those modules only (not the optional ones of the command line, nor
 * the annotations, which are needed at compile time alone). It parses HTML (jsoup) and writes and
 * reads JSON (Jackson). A second module that imports an engine class must not compile.
 */
class ModulePathTest {
  private static final Path DOWNSTREAM = Path.of("src/test/downstream");
  private static Path library;
  private static Map<String, Path> modules;

  @TempDir static Path out;

  @BeforeAll
  static void findTheModules() throws URISyntaxException {
    library =
        Path.of(WorkReportParser.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    modules = modulesOnTheClassPath();
  }

  @Test
  void aDownstreamModuleParsesHtmlToJsonWithTheRequiredModulesAlone() throws Exception {
    List<Path> runtime = required(false);
    List<Path> compile = required(true);
    assertThat(runtime)
        .as("what the library needs at run time")
        .extracting(p -> moduleName(p))
        .contains("org.jsoup", "com.ibm.icu", "com.fasterxml.jackson.databind")
        .doesNotContain("info.picocli", "com.fasterxml.jackson.dataformat.csv", "org.jspecify");
    assertThat(compile).extracting(p -> moduleName(p)).contains("org.jspecify");

    Path classes = out.resolve("demo");
    String errors = compile(DOWNSTREAM.resolve("demo/src"), classes, compile);
    assertThat(errors).as("compiler output").isEmpty();

    List<Path> modulePath = new ArrayList<>(List.of(library));
    modulePath.addAll(runtime);
    List<String> command =
        List.of(java(), "--module-path", path(classes, modulePath), "-m", "demo/demo.Main");
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output)
        .startsWith("demo io.github.workreport\n= 2 sections, ")
        .contains("\"schemaVersion\" : 1", "\"title\" : \"2024年永和县政府工作报告\"", "\"value\" : \"6.1\"");
  }

  @Test
  void theEnginesAreNotReachableFromAnotherModule() throws Exception {
    String errors =
        compile(DOWNSTREAM.resolve("internal/src"), out.resolve("internal"), required(true));
    assertThat(errors).contains("package io.github.workreport.internal.text is not visible");
  }

  @Test
  void theModuleExportsTheApiModelAndJsonPackagesOnly() {
    ModuleDescriptor d = ModuleFinder.of(library).findAll().iterator().next().descriptor();
    assertThat(d.name()).isEqualTo("io.github.workreport");
    assertThat(d.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "io.github.workreport", "io.github.workreport.model", "io.github.workreport.json");
    assertThat(d.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
    assertThat(d.opens())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.source()).isEqualTo("io.github.workreport.cli");
              assertThat(o.targets()).containsExactly("info.picocli");
            });
  }

  /** Compiles the module in {@code src} into {@code classes}; returns what the compiler printed. */
  private static String compile(Path src, Path classes, List<Path> modulePath) throws IOException {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "--module-path",
                path(library, modulePath),
                "-Xlint:all",
                "-encoding",
                "UTF-8"));
    try (Stream<Path> files = Files.walk(src)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
    }
    StringWriter printed = new StringWriter();
    try (PrintWriter w = new PrintWriter(printed)) {
      javac.run(w, w, args.toArray(String[]::new));
    }
    return printed.toString();
  }

  /**
   * The modules the library requires, directly or through them, found on the class path: those
   * needed at run time, or with {@code forCompile} also the static ones of the API (its
   * annotations), but never the command line's.
   */
  private static List<Path> required(boolean forCompile) {
    Map<String, Path> found = new LinkedHashMap<>();
    Deque<ModuleDescriptor> todo = new ArrayDeque<>();
    todo.add(ModuleFinder.of(library).findAll().iterator().next().descriptor());
    while (!todo.isEmpty()) {
      for (ModuleDescriptor.Requires r : todo.pop().requires()) {
        boolean optional = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC);
        boolean api = r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
        Path jar = modules.get(r.name());
        if (jar == null || found.containsKey(r.name()) || (optional && !(forCompile && api))) {
          continue;
        }
        found.put(r.name(), jar);
        todo.add(ModuleFinder.of(jar).findAll().iterator().next().descriptor());
      }
    }
    return List.copyOf(found.values());
  }

  /** Each jar of this test's class path by its module name, explicit or automatic. */
  private static Map<String, Path> modulesOnTheClassPath() {
    Map<String, Path> byName = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path jar = Path.of(entry);
      if (!entry.endsWith(".jar") || !Files.isRegularFile(jar)) {
        continue;
      }
      try {
        Optional<ModuleReference> m = ModuleFinder.of(jar).findAll().stream().findFirst();
        m.ifPresent(ref -> byName.putIfAbsent(ref.descriptor().name(), jar));
      } catch (FindException e) {
        // a test tool's jar that cannot be a module; the library needs none of those
      }
    }
    return byName;
  }

  private static String moduleName(Path jar) {
    return ModuleFinder.of(jar).findAll().iterator().next().descriptor().name();
  }

  private static String path(Path first, List<Path> rest) {
    List<String> all = new ArrayList<>();
    all.add(first.toString());
    rest.forEach(p -> all.add(p.toString()));
    return String.join(File.pathSeparator, all);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

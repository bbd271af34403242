package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The size of the code in {@code src/main/java}, read with the compiler's own parser: no method
 * over {@value #METHOD_MAX} lines as formatted (signature to closing brace), no class of logic over
 * {@value #CLASS_MAX} lines of code (neither blank nor comment), so that each piece can be read
 * whole.
 */
class SourceSizeTest {
  static final int METHOD_MAX = 60;
  static final int CLASS_MAX = 400;

  /** Classes that are tables of data (word lists with the reason for each), not logic. */
  private static final Set<String> TABLES = Set.of("TargetRules");

  /** Methods still over the limit, to split; the test fails once one of them is short enough. */
  private static final Set<String> TO_SPLIT = Set.of();

  /** Classes of logic still over the limit, to split. */
  private static final Set<String> CLASSES_TO_SPLIT = Set.of();

  private static final List<String> LONG_METHODS = new ArrayList<>();
  private static final List<String> LONG_CLASSES = new ArrayList<>();

  @BeforeAll
  static void read() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of("src/main/java"))) {
      files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager fm =
        javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
      JavacTask task =
          (JavacTask) javac.getTask(null, fm, null, List.of("-proc:none"), null, units);
      Trees trees = Trees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        measure(unit, trees.getSourcePositions());
      }
    }
  }

  private static void measure(CompilationUnitTree unit, SourcePositions pos) throws IOException {
    String source = unit.getSourceFile().getCharContent(true).toString();
    new TreePathScanner<Void, Void>() {
      private String className = "";

      @Override
      public Void visitClass(ClassTree c, Void v) {
        String outer = className;
        className = c.getSimpleName().toString();
        if (getCurrentPath().getParentPath().getLeaf() == unit) {
          long start = pos.getStartPosition(unit, c);
          long end = pos.getEndPosition(unit, c);
          int code = codeLines(source.substring((int) start, (int) end));
          if (code > CLASS_MAX && !TABLES.contains(className)) {
            LONG_CLASSES.add(className + " (" + code + " lines of code)");
          }
        }
        super.visitClass(c, v);
        className = outer;
        return null;
      }

      @Override
      public Void visitMethod(MethodTree m, Void v) {
        long start = unit.getLineMap().getLineNumber(pos.getStartPosition(unit, m));
        long end = unit.getLineMap().getLineNumber(pos.getEndPosition(unit, m));
        if (end - start + 1 > METHOD_MAX) {
          LONG_METHODS.add(className + "." + m.getName() + " (" + (end - start + 1) + " lines)");
        }
        return super.visitMethod(m, v);
      }
    }.scan(unit, null);
  }

  /** Lines that hold code: neither blank nor only a comment. */
  static int codeLines(String text) {
    int n = 0;
    boolean inComment = false;
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (inComment) {
        inComment = !t.contains("*/");
        continue;
      }
      if (t.startsWith("/*")) {
        inComment = !t.contains("*/");
        continue;
      }
      if (!t.isEmpty() && !t.startsWith("//")) {
        n++;
      }
    }
    return n;
  }

  @Test
  void noMethodIsLongerThanTheLimit() {
    assertThat(LONG_METHODS)
        .as("methods over %d lines", METHOD_MAX)
        .allMatch(m -> TO_SPLIT.contains(m.substring(0, m.indexOf(' '))));
    assertThat(TO_SPLIT)
        .as("methods split since: take them off the list")
        .allMatch(m -> LONG_METHODS.stream().anyMatch(l -> l.startsWith(m + " ")));
  }

  @Test
  void noClassOfLogicIsLongerThanTheLimit() {
    assertThat(LONG_CLASSES)
        .as("classes of logic over %d lines of code", CLASS_MAX)
        .allMatch(c -> CLASSES_TO_SPLIT.contains(c.substring(0, c.indexOf(' '))));
    assertThat(CLASSES_TO_SPLIT)
        .as("classes split since: take them off the list")
        .allMatch(c -> LONG_CLASSES.stream().anyMatch(l -> l.startsWith(c + " ")));
  }

  @Test
  void countsCodeLinesWithoutCommentsOrBlanks() {
    assertThat(codeLines("/**\n * doc\n */\nint a;\n\n// why\nint b; // tail\n")).isEqualTo(2);
  }
}

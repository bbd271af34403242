package io.github.workreport.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the paths of the command line into the files to read. A file or "-" (standard input) is
 * taken as named; a directory is walked recursively, in path order, skipping hidden files and
 * folders (names starting with "."), keeping the files that match an {@code --include} glob (all
 * when none is given) and no {@code --exclude} glob. A glob with no "/" matches a name ("*.txt"),
 * one with a "/" the path below the walked directory ("2024/**.html"); an exclude glob that matches
 * a folder skips the folder. Not thread-safe; used once per run.
 */
final class InputCollector {
  /** One input: a file, or standard input when {@code path} is null; {@code name} as shown. */
  record Input(Path path, String name) {
    static final Input STDIN = new Input(null, "-");
  }

  /** A path that could not be walked, with the reason. */
  record Problem(String name, String reason) {}

  private final List<Glob> include = new ArrayList<>();
  private final List<Glob> exclude = new ArrayList<>();
  final List<Input> inputs = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  /**
   * A collector with the given globs.
   *
   * @throws IllegalArgumentException if a glob is malformed
   */
  InputCollector(List<String> include, List<String> exclude) {
    for (String g : include) {
      this.include.add(Glob.of(g));
    }
    for (String g : exclude) {
      this.exclude.add(Glob.of(g));
    }
  }

  /** Adds the files that {@code arg} names. */
  void add(String arg) {
    if (arg.equals("-")) {
      inputs.add(Input.STDIN);
      return;
    }
    Path p = Path.of(arg);
    if (!Files.isDirectory(p)) {
      inputs.add(new Input(p, arg));
      return;
    }
    List<Input> found = new ArrayList<>();
    try {
      Files.walkFileTree(p, new Walker(p, found));
    } catch (IOException e) {
      problems.add(new Problem(arg, Reasons.of(e)));
    }
    found.sort((a, b) -> a.path().compareTo(b.path()));
    if (found.isEmpty()) {
      problems.add(
          new Problem(
              arg,
              include.isEmpty()
                  ? "no file in this folder"
                  : "no file in this folder matches --include"));
    }
    inputs.addAll(found);
  }

  private final class Walker extends SimpleFileVisitor<Path> {
    private final Path root;
    private final List<Input> found;

    Walker(Path root, List<Input> found) {
      this.root = root;
      this.found = found;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (dir.equals(root)) {
        return FileVisitResult.CONTINUE;
      }
      return hidden(dir) || matches(exclude, dir)
          ? FileVisitResult.SKIP_SUBTREE
          : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (attrs.isRegularFile()
          && !hidden(file)
          && (include.isEmpty() || matches(include, file))
          && !matches(exclude, file)) {
        found.add(new Input(file, file.toString()));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
      problems.add(new Problem(file.toString(), Reasons.of(e)));
      return FileVisitResult.CONTINUE;
    }

    private boolean matches(List<Glob> globs, Path p) {
      Path relative = root.relativize(p);
      for (Glob g : globs) {
        if (g.matches(relative)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** A glob matched against a name, or against the relative path when it holds a "/". */
  private record Glob(PathMatcher matcher, boolean wholePath) {
    static Glob of(String glob) {
      if (glob.isEmpty()) {
        throw new IllegalArgumentException("an empty glob matches nothing");
      }
      return new Glob(FileSystems.getDefault().getPathMatcher("glob:" + glob), glob.contains("/"));
    }

    boolean matches(Path relative) {
      Path name = relative.getFileName();
      return matcher.matches(wholePath || name == null ? relative : name);
    }
  }
}

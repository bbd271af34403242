package io.github.workreport.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium for the tests: loads a local page with no network and a fresh profile, and
 * returns the DOM after its scripts ran, or takes a screenshot. Found as {@code $CHROMIUM}, else
 * {@code chromium} or {@code chromium-browser} on the {@code PATH}.
 */
final class Chromium {
  private static final long TIMEOUT_SECONDS = 90;

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The browser of this machine, or null when there is none. */
  static Chromium find() {
    String env = System.getenv("CHROMIUM");
    if (env != null && !env.isBlank()) {
      return new Chromium(Path.of(env));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return new Chromium(p);
        }
      }
    }
    return null;
  }

  /** The DOM of {@code page} once loaded and its scripts run, serialised as HTML. */
  String dumpDom(Path page, Path work) throws IOException, InterruptedException {
    Path dom = work.resolve(page.getFileName() + ".dom.html");
    run(work, dom, "--dump-dom", page.toUri().toString());
    return Files.readString(dom, StandardCharsets.UTF_8);
  }

  /** Takes a screenshot of {@code page} in a window of {@code width} × {@code height} pixels. */
  void screenshot(Path page, Path png, int width, int height, Path work)
      throws IOException, InterruptedException {
    Files.deleteIfExists(png);
    run(
        work,
        work.resolve("screenshot.log"),
        "--hide-scrollbars",
        "--window-size=" + width + "," + height,
        "--screenshot=" + png.toAbsolutePath(),
        page.toUri().toString());
  }

  private void run(Path work, Path stdout, String... args)
      throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work.toAbsolutePath(), "profile");
    try {
      run(work, stdout, profile, args);
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    }
  }

  private void run(Path work, Path stdout, Path profile, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                binary.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(work.resolve("chromium.err").toFile())
            .start();
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IOException("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          "chromium exited with "
              + p.exitValue()
              + ": "
              + Files.readString(work.resolve("chromium.err"), StandardCharsets.UTF_8));
    }
  }
}

package io.github.workreport.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * The progress of a run on one self-rewriting line of standard error: files done of the total,
 * input read per second, failures. Drawn at most every {@value #INTERVAL_MS} ms, and only when
 * enabled (standard error is a terminal, or {@code --progress}); never written to standard output.
 * Used from one thread.
 */
final class Progress {
  static final long INTERVAL_MS = 100;
  private static final String CLEAR_LINE = "\r\u001B[K";

  private final PrintStream err;
  private final int total;
  private final boolean enabled;
  private final LongSupplier nanos;
  private final long started;
  private long drawn;
  private boolean showing;
  private int done;
  private long bytes;
  private int failed;

  Progress(PrintStream err, int total, boolean enabled, LongSupplier nanos) {
    this.err = err;
    this.total = total;
    this.enabled = enabled;
    this.nanos = nanos;
    this.started = nanos.getAsLong();
    this.drawn = started - INTERVAL_MS * 1_000_000L;
  }

  /** Counts one more input done, of {@code size} bytes, and redraws when it is time. */
  void done(long size, boolean ok) {
    done++;
    bytes += size;
    failed += ok ? 0 : 1;
    long now = nanos.getAsLong();
    if (enabled && (now - drawn >= INTERVAL_MS * 1_000_000L || done == total)) {
      drawn = now;
      err.print(CLEAR_LINE + line(now));
      err.flush();
      showing = true;
    }
  }

  /** Prints {@code message} on its own line of standard error, above the progress line. */
  void message(String message) {
    if (showing) {
      err.print(CLEAR_LINE);
      showing = false;
    }
    err.println(message);
  }

  /** Ends the progress line, leaving its last state on screen. */
  void finish() {
    if (showing) {
      err.println();
      showing = false;
    }
  }

  /** "12/75 files, 3.4 MB/s, 1 failed". */
  String line(long now) {
    double seconds = Math.max(1e-9, (now - started) / 1e9);
    String line =
        String.format(Locale.ROOT, "%d/%d files, %.1f MB/s", done, total, bytes / 1e6 / seconds);
    return failed == 0 ? line : line + ", " + failed + " failed";
  }
}

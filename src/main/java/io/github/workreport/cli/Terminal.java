package io.github.workreport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, which Java 17 cannot ask directly. */
final class Terminal {
  private Terminal() {}

  /**
   * Whether standard error is a terminal: on Linux from what file descriptor 2 links to, elsewhere
   * from whether the JVM has a console (standard input and output are terminals).
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        return isTerminalDevice(Files.readSymbolicLink(fd).toString());
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // no /proc to ask: fall back to the console
    }
    return System.console() != null;
  }

  /** Whether {@code device} names a terminal ("/dev/pts/3", "/dev/tty1"). */
  static boolean isTerminalDevice(String device) {
    return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty");
  }
}

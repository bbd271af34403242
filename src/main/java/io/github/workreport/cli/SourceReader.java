package io.github.workreport.cli;

import io.github.workreport.internal.source.CharsetSniffer;
import io.github.workreport.internal.source.DecodedText;
import io.github.workreport.json.ReportSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.util.function.Supplier;

/**
 * Reads the bytes of one input and decodes them: with the charset {@code --charset} forces, else as
 * the library does (byte-order mark, strict UTF-8, HTML declaration, detection). Input that is not
 * text, or too large to parse, is refused with a reason. Immutable and thread-safe.
 */
final class SourceReader {
  /** An input refused before parsing, with the reason for a person. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason, null, false, false);
    }
  }

  /** The decoded text of an input, and where it came from. */
  record Loaded(String text, ReportSource source) {}

  private final Charset forced;
  private final long maxBytes;
  private final Supplier<InputStream> stdin;

  /**
   * A reader.
   *
   * @param forced the charset to decode with, or null to detect it
   * @param maxBytes the largest input read
   * @param stdin where "-" reads from
   */
  SourceReader(Charset forced, long maxBytes, Supplier<InputStream> stdin) {
    this.forced = forced;
    this.maxBytes = maxBytes;
    this.stdin = stdin;
  }

  /**
   * Reads and decodes {@code input}.
   *
   * @throws Refused if it cannot be read, is over the size limit or is not text
   */
  Loaded read(InputCollector.Input input) throws Refused {
    byte[] bytes = bytes(input);
    String kind = TextCheck.binaryKind(bytes);
    if (kind != null) {
      throw new Refused("skipped, not text: " + kind);
    }
    String text;
    String charset;
    if (forced != null) {
      text = new String(bytes, forced);
      text = text.startsWith("\uFEFF") ? text.substring(1) : text;
      charset = forced.name();
    } else {
      DecodedText d = CharsetSniffer.decode(bytes);
      text = d.text();
      charset = d.charset().name();
    }
    String reason = TextCheck.notTextReason(text);
    if (reason != null) {
      throw new Refused(
          "skipped, not text: "
              + reason
              + (forced == null ? " (if it is text, name its --charset)" : " in " + charset));
    }
    return new Loaded(text, new ReportSource(input.name(), charset, bytes.length));
  }

  private byte[] bytes(InputCollector.Input input) throws Refused {
    try {
      if (input.path() == null) {
        byte[] b = stdin.get().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        checkSize(b.length);
        return b;
      }
      checkSize(Files.size(input.path()));
      return Files.readAllBytes(input.path());
    } catch (IOException e) {
      throw new Refused(Reasons.of(e));
    }
  }

  private void checkSize(long size) throws Refused {
    if (size > maxBytes) {
      throw new Refused("over the input limit of " + maxBytes + " bytes");
    }
  }
}

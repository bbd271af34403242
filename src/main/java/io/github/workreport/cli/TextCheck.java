package io.github.workreport.cli;

import java.nio.charset.StandardCharsets;

/**
 * Tells a text file from one that is not text (an image, a PDF, an executable, an archive, random
 * bytes), so that the command line skips it with a reason instead of parsing noise. Stateless.
 */
final class TextCheck {
  /** How much of the decoded text is looked at. */
  static final int SAMPLE_CHARS = 64 * 1024;

  /** Beyond one in a hundred characters being control or replacement characters, it is not text. */
  private static final int BAD_PER_HUNDRED = 1;

  private record Magic(String kind, int offset, byte[] bytes) {
    Magic(String kind, int offset, String signature) {
      this(kind, offset, signature.getBytes(StandardCharsets.ISO_8859_1));
    }
  }

  /** File signatures of the binary formats a folder of reports is likely to hold. */
  private static final Magic[] MAGICS = {
    new Magic("a PNG image", 0, "\u0089PNG\r\n\u001a\n"),
    new Magic("a JPEG image", 0, "\u00ff\u00d8\u00ff"),
    new Magic("a GIF image", 0, "GIF8"),
    new Magic("a WebP image", 8, "WEBP"),
    new Magic("a TIFF image", 0, "II*\u0000"),
    new Magic("a TIFF image", 0, "MM\u0000*"),
    new Magic("a PDF document; convert it to text first", 0, "%PDF-"),
    new Magic(
        "a ZIP archive or an Office document (.docx, .xlsx); convert it to text first",
        0,
        "PK\u0003\u0004"),
    new Magic(
        "an old Office document (.doc, .xls); convert it to text first",
        0,
        "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1"),
    new Magic("a gzip archive", 0, "\u001f\u008b"),
    new Magic("a 7-Zip archive", 0, "7z\u00bc\u00af\u0027\u001c"),
    new Magic("a RAR archive", 0, "Rar!\u001a\u0007"),
    new Magic("an ELF executable", 0, "\u007fELF"),
    new Magic("a Windows executable", 0, "MZ\u0090\u0000"),
    new Magic("a Java class file", 0, "\u00ca\u00fe\u00ba\u00be"),
    new Magic("an SQLite database", 0, "SQLite format 3\u0000"),
  };

  private TextCheck() {}

  /**
   * What {@code bytes} are when their signature names a binary format ("a PNG image"), else null.
   */
  static String binaryKind(byte[] bytes) {
    for (Magic m : MAGICS) {
      if (startsWith(bytes, m.offset(), m.bytes())) {
        return m.kind();
      }
    }
    return null;
  }

  private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
    if (bytes.length < offset + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[offset + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Why decoded {@code text} is not text, or null when it is: a NUL character, or more than one in
   * a hundred characters of its start being control characters (other than tab, line and page
   * breaks) or replacement characters left by a failed decode.
   */
  static String notTextReason(String text) {
    int n = Math.min(text.length(), SAMPLE_CHARS);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "NUL characters";
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B)
          || c == 0x7F
          || c == '\uFFFD') {
        bad++;
      }
    }
    return bad > n * BAD_PER_HUNDRED / 100 + 1
        ? bad + " control or undecodable characters in the first " + n
        : null;
  }
}

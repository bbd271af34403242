package io.github.workreport.internal.source;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes the bytes of a report: from a byte-order mark, else a strict UTF-8 decode, else an HTML
 * charset declaration, else ICU's {@link CharsetDetector} over a bounded prefix, restricted to the
 * charsets reports come in (UTF-8, GB18030 and its subsets, Big5).
 *
 * <p>A GB2312 or GBK label is read as GB18030, its superset. A decode that yields mojibake (runs of
 * U+FFFD, "锟斤拷") is retried with the next candidate, so a declaration the bytes contradict is
 * overruled by what the bytes show. Stateless and thread-safe.
 */
public final class CharsetSniffer {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset BIG5 = Charset.forName("Big5");

  /** ICU reads about 7 MB/s, so it sees only this much of the input. */
  private static final int DETECTOR_PREFIX = 64 * 1024;

  private static final int DECLARATION_PREFIX = 4096;

  private CharsetSniffer() {}

  /** Decodes {@code bytes}; never throws for any input. */
  public static DecodedText decode(byte[] bytes) {
    Charset bom = bomCharset(bytes);
    if (bom != null) {
      int skip = bom.equals(StandardCharsets.UTF_8) ? 3 : 2;
      return new DecodedText(lenient(bytes, skip, bom), bom, "bom");
    }
    String utf8 = strict(bytes, StandardCharsets.UTF_8);
    if (utf8 == null && truncatedUtf8(bytes)) {
      utf8 = lenient(bytes, 0, StandardCharsets.UTF_8);
    }
    if (utf8 != null) {
      return new DecodedText(utf8, StandardCharsets.UTF_8, "utf-8");
    }
    Set<Charset> candidates = new LinkedHashSet<>();
    Charset declared = declaredCharset(bytes);
    if (declared != null) {
      candidates.add(declared);
    }
    candidates.addAll(detected(bytes));
    candidates.add(GB18030);
    candidates.add(BIG5);
    DecodedText best = null;
    int bestBad = Integer.MAX_VALUE;
    for (Charset cs : candidates) {
      if (cs.equals(StandardCharsets.UTF_8)) {
        continue; // already known not to decode cleanly
      }
      String text = lenient(bytes, 0, cs);
      int bad = mojibake(text);
      String reason = cs.equals(declared) ? "declared" : "detected";
      if (bad == 0) {
        return new DecodedText(text, cs, reason);
      }
      if (bad < bestBad) {
        bestBad = bad;
        best = new DecodedText(text, cs, "fallback");
      }
    }
    return best;
  }

  /** Returns the charset a byte-order mark names, or null. */
  static Charset bomCharset(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  /**
   * Returns the charset an HTML {@code <meta charset>} or {@code content="...; charset="}
   * declaration names in the first bytes, mapped to the charset to decode with, or null.
   */
  static Charset declaredCharset(byte[] b) {
    int n = Math.min(b.length, DECLARATION_PREFIX);
    String head = new String(b, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    int at = head.indexOf("charset");
    while (at >= 0) {
      int i = at + "charset".length();
      while (i < head.length()
          && (head.charAt(i) == ' '
              || head.charAt(i) == '='
              || head.charAt(i) == '"'
              || head.charAt(i) == '\'')) {
        i++;
      }
      int start = i;
      while (i < head.length() && isLabelChar(head.charAt(i))) {
        i++;
      }
      Charset cs = forLabel(head.substring(start, i));
      if (cs != null) {
        return cs;
      }
      at = head.indexOf("charset", i);
    }
    return null;
  }

  private static boolean isLabelChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }

  /** Maps a charset label to the charset to decode with: GB2312 and GBK are read as GB18030. */
  static Charset forLabel(String label) {
    switch (label.toLowerCase(Locale.ROOT)) {
      case "utf-8":
      case "utf8":
        return StandardCharsets.UTF_8;
      case "gb2312":
      case "gb_2312-80":
      case "gbk":
      case "x-gbk":
      case "cp936":
      case "gb18030":
      case "euc-cn":
        return GB18030;
      case "big5":
      case "big5-hkscs":
      case "x-big5":
        return BIG5;
      default:
        return null;
    }
  }

  private static List<Charset> detected(byte[] bytes) {
    List<Charset> out = new ArrayList<>();
    byte[] prefix = bytes.length <= DETECTOR_PREFIX ? bytes : Arrays.copyOf(bytes, DETECTOR_PREFIX);
    CharsetDetector detector = new CharsetDetector();
    detector.setText(prefix);
    CharsetMatch[] matches = detector.detectAll();
    if (matches != null) {
      for (CharsetMatch m : matches) {
        Charset cs = forLabel(m.getName());
        if (cs != null && !out.contains(cs)) {
          out.add(cs);
        }
      }
    }
    return out;
  }

  /** Returns the text, or null when the bytes are not valid in {@code cs}. */
  static String strict(byte[] bytes, Charset cs) {
    CharsetDecoder d =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer out = d.decode(ByteBuffer.wrap(bytes));
      return out.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static String lenient(byte[] bytes, int offset, Charset cs) {
    return new String(bytes, offset, bytes.length - offset, cs);
  }

  /** Whether the bytes are valid UTF-8 except for a sequence cut off at the very end. */
  static boolean truncatedUtf8(byte[] bytes) {
    for (int cut = 1; cut <= 3 && cut < bytes.length; cut++) {
      int lead = bytes[bytes.length - cut] & 0xFF;
      if (lead >= 0xC0) {
        byte[] head = Arrays.copyOf(bytes, bytes.length - cut);
        return strict(head, StandardCharsets.UTF_8) != null && hasMultibyte(head);
      }
      if (lead < 0x80) {
        return false;
      }
    }
    return false;
  }

  private static boolean hasMultibyte(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Counts the signs of a wrong decode: replacement characters, and "锟斤拷", which is what UTF-8
   * replacement characters look like once decoded as GBK.
   */
  static int mojibake(String text) {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        bad++;
      }
    }
    int at = text.indexOf("\u951F\u65A4\u62F7");
    while (at >= 0) {
      bad += 3;
      at = text.indexOf("\u951F\u65A4\u62F7", at + 3);
    }
    return bad;
  }
}

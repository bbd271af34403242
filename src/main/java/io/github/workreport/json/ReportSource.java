package io.github.workreport.json;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a report was read from, written as the {@code source} object of its JSON so that each
 * record of a run over many files names its file.
 *
 * @param path the file as it was named, or "-" for standard input; never null
 * @param charset the name of the charset the bytes were decoded with ("UTF-8", "GB18030"), or null
 *     when the report was not read from bytes
 * @param bytes the size of the input in bytes, at least 0
 * @since 0.1
 */
public record ReportSource(String path, @Nullable String charset, long bytes) {

  /** Validates the components. */
  public ReportSource {
    Objects.requireNonNull(path, "path");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0: " + bytes);
    }
  }
}

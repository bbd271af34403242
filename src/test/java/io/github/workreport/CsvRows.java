package io.github.workreport;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Reads CSV with a header into rows by column name, so that tests name the columns they check. */
public final class CsvRows {
  private CsvRows() {}

  /** The rows of {@code csv}, whose first line (after a byte-order mark, if any) is the header. */
  public static List<Map<String, String>> read(String csv) {
    String body = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(body)) {
      return it.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

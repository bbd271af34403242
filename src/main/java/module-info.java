/**
 * workreport reads Chinese government work reports (政府工作报告 and the press texts built from them) and
 * returns their structure as immutable records: metadata, the section tree, tasks, quantified
 * targets, the glossary of coined terms and diagnostics.
 *
 * <p>{@link io.github.workreport.WorkReportParser} parses; the records are in {@code
 * io.github.workreport.model}; {@code io.github.workreport.json} writes and reads them as JSON. The
 * engines ({@code io.github.workreport.internal.*}) and the command line ({@code
 * io.github.workreport.cli}) are not exported.
 *
 * @since 0.1
 */
@SuppressWarnings(
    "requires-automatic") // icu4j ships no module descriptor, only an Automatic-Module-Name
module io.github.workreport {
  // ReportJson.module() hands a Jackson module to the caller's own ObjectMapper
  requires transitive com.fasterxml.jackson.databind;
  // the nullness annotations of the API: for compilers and checkers, not needed at run time
  requires static transitive org.jspecify;
  requires com.ibm.icu;
  requires org.jsoup;
  // the command line alone needs these: they are optional dependencies, inside the command-line jar
  requires static com.fasterxml.jackson.dataformat.csv;
  requires static info.picocli;

  exports io.github.workreport;
  exports io.github.workreport.model;
  exports io.github.workreport.json;

  opens io.github.workreport.cli to
      info.picocli;
}

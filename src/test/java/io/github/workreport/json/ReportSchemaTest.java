package io.github.workreport.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ReportSchemaTest {

  @Test
  void theCommittedSchemaIsWhatTheRecordsGive() throws Exception {
    if (Boolean.getBoolean("schema.write")) {
      ReportSchemaGenerator.writeFile();
    }
    assertThat(Files.exists(ReportSchemaGenerator.FILE))
        .as(ReportSchemaGenerator.FILE + " exists")
        .isTrue();
    assertThat(Files.readString(ReportSchemaGenerator.FILE, StandardCharsets.UTF_8))
        .as(
            "the schema is out of date: write it anew with "
                + "mvn -q test -Djacoco.skip=true -Dtest=ReportSchemaTest -Dschema.write=true")
        .isEqualTo(ReportSchemaGenerator.generate());
  }
}

package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.WorkReport;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Generated reports have a structure known by construction (a review part, a plan part with
 * numbered sub-headings, perhaps a glossary), and the parser must find it in each.
 */
class CorpusGeneratorTest {
  private static final Pattern SUBHEADING = Pattern.compile("(?m)^（[一二三四五六七八九十]+）");

  @Test
  void theParserFindsTheStructureOfEveryGeneratedReport() {
    CorpusGenerator generator = CorpusGenerator.fromSeeds();
    Random random = new Random(7L);
    WorkReportParser parser = WorkReportParser.create();
    for (int i = 0; i < 60; i++) {
      String report = generator.report(random);
      int subheadings = 0;
      Matcher m = SUBHEADING.matcher(report);
      while (m.find()) {
        subheadings++;
      }
      WorkReport r = parser.parse(report);
      assertThat(r.metadata().title()).as(report).endsWith("县政府工作报告");
      assertThat(r.sections()).as(report).hasSizeBetween(2, 3);
      assertThat(r.sections().get(0).part()).isEqualTo(PartClass.REVIEW);
      Section plan = r.sections().get(1);
      assertThat(plan.part()).isEqualTo(PartClass.PLAN);
      assertThat(plan.children()).hasSize(subheadings);
      assertThat(r.tasks())
          .filteredOn(t -> t.sectionId() != null && t.sectionId().startsWith(plan.id() + "."))
          .hasSize(subheadings);
      if (report.contains("\n名词解释\n")) {
        assertThat(r.sections().get(2).part()).isEqualTo(PartClass.GLOSSARY);
        assertThat(r.glossary()).isNotEmpty();
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    CorpusGenerator generator = CorpusGenerator.fromSeeds();
    assertThat(generator.report(new Random(3L))).isEqualTo(generator.report(new Random(3L)));
    assertThat(generator.report(new Random(3L))).isNotEqualTo(generator.report(new Random(4L)));
  }
}

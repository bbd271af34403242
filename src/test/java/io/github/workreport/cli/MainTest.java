package io.github.workreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.workreport.CsvRows;
import io.github.workreport.Seeds;
import io.github.workreport.json.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset GB18030 = Charset.forName("GB18030");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @TempDir Path dir;

  private int run(String... args) {
    return Main.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private int runWith(InputStream in, boolean terminal, String... args) {
    return Main.run(
        args,
        in,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        terminal);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void reset() {
    out.reset();
    err.reset();
  }

  static String seed(String prefix) {
    return Seeds.all().stream()
        .filter(p -> p.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow()
        .toString();
  }

  private Path write(String name, byte[] bytes) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private List<JsonNode> jsonLines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out().lines().toList()) {
      nodes.add(JSON.readTree(l));
    }
    return nodes;
  }

  @Test
  void outlineIsTheDefaultAndEndsWithItsCounts() {
    assertThat(run(seed("002"))).isEqualTo(Main.OK);
    assertThat(out())
        .startsWith("# " + seed("002") + "\ntitle: 2025年酒泉市肃州区政府工作报告\n")
        .contains(
            "kind: GOVERNMENT_WORK_REPORT",
            "2024年工作回顾  [review, L17-",
            "  (一) 聚力建好园区",
            "] task 1\n",
            "名词解释  [glossary, L131-207, 38 para]");
    assertThat(out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("= 11 sections, ");
    assertThat(err()).isEmpty();
  }

  @Test
  void helpExplainsEveryFormatAndOption() {
    assertThat(run("--help")).isEqualTo(Main.OK);
    assertThat(out()).startsWith("Usage: java -jar workreport-cli.jar");
    for (Format f : Format.values()) {
      assertThat(out()).contains("\n  " + f.label() + " ");
    }
    assertThat(out())
        .contains(
            "-f, --format=FORMAT",
            "-o, --output=FILE|DIR",
            "--include=GLOB",
            "--exclude=GLOB",
            "--threads=N",
            "--charset=CHARSET",
            "--[no-]progress",
            "'-' reads standard input",
            "-V, --version",
            "Exit status: 0");
  }

  @Test
  void theReadmeDocumentsEveryOptionAndFormat() throws Exception {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    String section =
        readme.substring(
            readme.indexOf("## The command line"), readme.indexOf("## A researcher's tour"));
    var spec =
        Main.commandLine(InputStream.nullInputStream(), System.out, System.err, false)
            .getCommandSpec();
    for (var option : spec.options()) {
      for (String name : option.names()) {
        assertThat(section).as(name).contains("`" + name.replace("--[no-]", "--"));
      }
    }
    for (Format f : Format.values()) {
      assertThat(section).as(f.label()).contains("`" + f.label() + "`");
    }
    assertThat(section)
        .contains(
            "Exit status: 0 when every file was parsed, 1 when some file failed or was skipped, 2 for bad");
  }

  @Test
  void versionComesFromTheBuild() {
    assertThat(run("--version")).isEqualTo(Main.OK);
    assertThat(out()).matches("(?s)workreport \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\nJava .*");
  }

  @Test
  void badUsageExitsWithTwoAndSaysWhy() throws Exception {
    Path a = write("a.txt", Seeds.text("000").getBytes(StandardCharsets.UTF_8));
    String[][] bad = {
      {},
      {"--format"},
      {"--format", "xml", a.toString()},
      {"--verbose", a.toString()},
      {"--threads", "0", a.toString()},
      {"--threads", "x", a.toString()},
      {"--charset", "no-such-charset", a.toString()},
      {"-", "-"},
      {"--include", "[", dir.toString()},
      {"-f", "html", a.toString(), a.toString()},
      {"-o", dir.toString(), a.toString()},
    };
    for (String[] args : bad) {
      reset();
      assertThat(runWith(InputStream.nullInputStream(), false, args))
          .as(String.join(" ", args))
          .isEqualTo(Main.USAGE);
      assertThat(err()).as(String.join(" ", args)).contains("Usage: ", "--help");
      assertThat(out()).isEmpty();
    }
  }

  @Test
  void jsonOfOneFileIsAnObjectWithItsSourceAndOfSeveralAnArray() throws Exception {
    assertThat(run("--format", "json", seed("000"))).isZero();
    assertThat(ReportJson.fromJson(out()).metadata().source()).isEqualTo("酒泉日报");
    JsonNode node = JSON.readTree(out());
    assertThat(node.at("/source/path").asText()).isEqualTo(seed("000"));
    assertThat(node.at("/source/charset").asText()).isEqualTo("UTF-8");
    assertThat(node.at("/source/bytes").asLong()).isEqualTo(Files.size(Path.of(seed("000"))));
    reset();
    assertThat(run("--format=json", seed("000"), seed("003"))).isZero();
    assertThat(JSON.readTree(out()).size()).isEqualTo(2);
    reset();
    run("-f", "json", seed("001"));
    String first = out();
    reset();
    run("-f", "json", seed("001"));
    assertThat(out()).isEqualTo(first);
  }

  @Test
  void jsonLinesNameTheirFileSoAFailureLeavesNoDoubt() throws Exception {
    Path png =
        write(
            "photo.png",
            new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
    String missing = dir.resolve("missing.txt").toString();
    assertThat(run("-f", "jsonl", seed("000"), missing, png.toString(), seed("003")))
        .isEqualTo(Main.FAILED);
    List<JsonNode> lines = jsonLines();
    assertThat(lines)
        .extracting(n -> n.at("/source/path").asText())
        .containsExactly(seed("000"), seed("003"));
    assertThat(err())
        .contains(
            missing + ": no such file or directory", png + ": skipped, not text: a PNG image");
  }

  @Test
  void foldersAreWalkedInPathOrderWithGlobs() throws Exception {
    byte[] report = Seeds.text("004").getBytes(StandardCharsets.UTF_8);
    write("b/c.txt", report);
    write("a.txt", report);
    write("b/d.html", report);
    write("notes.md", report);
    write(".hidden/e.txt", report);
    write(".f.txt", report);
    write("skip/g.txt", report);
    assertThat(run("-f", "jsonl", "--threads", "2", dir.toString())).isZero();
    assertThat(paths()).containsExactly("a.txt", "b/c.txt", "b/d.html", "notes.md", "skip/g.txt");
    reset();
    assertThat(run("-f", "jsonl", "--include", "*.txt", "--exclude", "skip", dir.toString()))
        .isZero();
    assertThat(paths()).containsExactly("a.txt", "b/c.txt");
    reset();
    assertThat(
            run(
                "-f",
                "jsonl",
                "--include",
                "b/*",
                "--include",
                "*.md",
                "--exclude",
                "*.html",
                dir.toString()))
        .isZero();
    assertThat(paths()).containsExactly("b/c.txt", "notes.md");
    reset();
    assertThat(run("-f", "jsonl", "--include", "*.pdf", dir.toString())).isEqualTo(Main.FAILED);
    assertThat(err()).contains(dir + ": no file in this folder matches --include");
  }

  private List<String> paths() throws Exception {
    return jsonLines().stream()
        .map(n -> dir.relativize(Path.of(n.at("/source/path").asText())).toString())
        .toList();
  }

  @Test
  void standardInputIsReadForADashWithItsCharsetDetected() throws Exception {
    byte[] gb = Seeds.text("002").getBytes(GB18030);
    assertThat(runWith(new ByteArrayInputStream(gb), false, "-f", "json", "-")).isZero();
    JsonNode node = JSON.readTree(out());
    assertThat(node.at("/source/path").asText()).isEqualTo("-");
    assertThat(node.at("/source/charset").asText()).isEqualTo("GB18030");
    assertThat(node.at("/source/bytes").asLong()).isEqualTo(gb.length);
    assertThat(node.at("/metadata/title").asText()).isEqualTo("2025年酒泉市肃州区政府工作报告");
  }

  @Test
  void charsetForcesTheDecoding() throws Exception {
    Path big5 =
        write(
            "big5.txt",
            "二零二五年政府工作報告\n一、過去一年工作回顧\n地區生產總值增長百分之六。\n".getBytes(Charset.forName("Big5")));
    assertThat(run("-f", "json", "--charset", "Big5", big5.toString())).isZero();
    JsonNode node = JSON.readTree(out());
    assertThat(node.at("/source/charset").asText()).isEqualTo("Big5");
    assertThat(node.at("/text").asText()).startsWith("二零二五年政府工作報告\n");
    reset();
    // GB18030 bytes forced through UTF-8 decode to replacement characters: refused, not parsed into
    // noise
    Path gb = write("gb.txt", Seeds.text("003").getBytes(GB18030));
    assertThat(run("--charset", "UTF-8", gb.toString())).isEqualTo(Main.FAILED);
    assertThat(out()).isEmpty();
    assertThat(err()).contains(gb + ": skipped, not text: ", "undecodable characters", "in UTF-8");
  }

  @Test
  void bytesThatAreNotTextAreSkippedWithTheirReason() throws Exception {
    byte[] random = new byte[4096];
    new Random(16).nextBytes(random);
    byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0};
    byte[] nuls = "地区生产总值\u0000\u0000\u0000增长".getBytes(StandardCharsets.UTF_8);
    Path[] files = {write("random.bin", random), write("tool", elf), write("nuls.txt", nuls)};
    for (Path f : files) {
      reset();
      assertThat(run(f.toString())).as(f.toString()).isEqualTo(Main.FAILED);
      assertThat(out()).as(f.toString()).isEmpty();
      assertThat(err()).as(f.toString()).startsWith(f + ": skipped, not text: ");
    }
    assertThat(err()).contains("NUL characters");
    reset();
    run(files[1].toString());
    assertThat(err()).contains("an ELF executable");
  }

  @Test
  void outputGoesToAFileWithDashO() throws Exception {
    Path csv = dir.resolve("targets.csv");
    assertThat(run("-f", "targets-csv", "-o", csv.toString(), seed("002"))).isZero();
    assertThat(out()).isEmpty();
    String written = Files.readString(csv, StandardCharsets.UTF_8);
    assertThat(written).startsWith("\uFEFF" + String.join(",", ReportCsv.TARGET_COLUMNS) + "\n");
    Map<String, String> gdp =
        CsvRows.read(written).stream()
            .filter(
                row -> row.get("indicator").equals("地区生产总值") && row.get("status").equals("PLANNED"))
            .findFirst()
            .orElseThrow();
    assertThat(gdp)
        .containsEntry("file", seed("002"))
        .containsEntry("region", "酒泉市肃州区")
        .containsEntry("year", "2025")
        .containsEntry("title", "2025年酒泉市肃州区政府工作报告")
        .containsEntry("section", "2025年工作安排")
        .containsEntry("value", "7.2")
        .containsEntry("unit", "%")
        .containsEntry("measure", "GROWTH")
        .containsEntry("bound", "AT_LEAST")
        .containsEntry("headline", "true")
        .containsEntry("line", "51");
    reset();
    assertThat(run("-o", dir.resolve("no/such/dir/out.txt").toString(), seed("000")))
        .isEqualTo(Main.FAILED);
    assertThat(err()).contains("cannot write " + dir.resolve("no/such/dir/out.txt"));
  }

  @Test
  void aClosedOutputStopsTheRunWithStatusOne() {
    OutputStream closed =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    int status =
        Main.run(
            new String[] {"-f", "jsonl", seed("000"), seed("001"), seed("002")},
            InputStream.nullInputStream(),
            new PrintStream(closed, false, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            false);
    assertThat(status).isEqualTo(Main.FAILED);
    assertThat(err())
        .isEqualTo("cannot write the output: write failed (closed early, or the disk is full)\n");
  }

  @Test
  void tasksAndGlossaryCsvHaveAHeaderAfterAByteOrderMark() {
    assertThat(run("-f", "tasks-csv", seed("002"))).isZero();
    assertThat(out())
        .startsWith("\uFEFFfile,region,year,id,number,ordinal,depth,title,section,line\n");
    Map<String, String> first = CsvRows.read(out()).get(0);
    assertThat(first)
        .containsEntry("id", "t1")
        .containsEntry("number", "(一)")
        .containsEntry("ordinal", "1")
        .containsEntry("depth", "1")
        .containsEntry("title", "聚力建好园区、协同发展,在构筑新型工业集链成群上奋勇争先")
        .containsEntry("section", "(一)聚力建好园区、协同发展,在构筑新型工业集链成群上奋勇争先")
        .containsEntry("line", "55");
    reset();
    assertThat(run("-f", "glossary-csv", seed("002"), seed("001"))).isZero();
    assertThat(out()).startsWith("\uFEFFfile,term,itemsCount");
    assertThat(out().lines().filter(l -> l.startsWith("\uFEFFfile")).count()).isEqualTo(1);
  }

  @Test
  void progressGoesToATerminalOnOneRewrittenLineAndNeverToTheOutput() throws Exception {
    List<String> args = List.of("-f", "jsonl", seed("000"), seed("003"), seed("004"));
    assertThat(runWith(InputStream.nullInputStream(), true, args.toArray(String[]::new))).isZero();
    assertThat(err()).startsWith("\r\u001B[K").contains("3/3 files, ").endsWith(" MB/s\n");
    assertThat(out()).doesNotContain("\r").doesNotContain("files,");
    reset();
    runWith(InputStream.nullInputStream(), false, args.toArray(String[]::new));
    assertThat(err()).isEmpty();
    reset();
    runWith(InputStream.nullInputStream(), false, "--progress", seed("000"));
    assertThat(err()).contains("1/1 files");
    reset();
    runWith(InputStream.nullInputStream(), true, "--no-progress", seed("000"));
    assertThat(err()).isEmpty();
  }

  @Test
  void aFailureShownDuringProgressClearsTheLineFirst() throws Exception {
    String missing = dir.resolve("missing.txt").toString();
    assertThat(
            runWith(
                InputStream.nullInputStream(),
                true,
                "-f",
                "jsonl",
                "--threads",
                "1",
                seed("000"),
                missing,
                seed("003")))
        .isEqualTo(Main.FAILED);
    assertThat(err())
        .contains("\r\u001B[K" + missing + ": no such file or directory\n")
        .contains("3/3 files")
        .contains("1 failed");
  }

  @Test
  void manyFilesOnTwoThreadsComeOutInInputOrder() throws Exception {
    String[] args = new String[12];
    args[0] = "-f";
    args[1] = "jsonl";
    args[2] = "--threads";
    args[3] = "2";
    for (int i = 0; i < 8; i++) {
      args[4 + i] =
          write(
                  i + ".txt",
                  Seeds.text(String.format("%03d", i % 5)).getBytes(StandardCharsets.UTF_8))
              .toString();
    }
    assertThat(run(args)).isZero();
    assertThat(jsonLines())
        .extracting(n -> n.at("/source/path").asText())
        .containsExactly(List.of(args).subList(4, 12).toArray(String[]::new));
  }

  @Test
  void htmlIsOnePageOnStandardOutputOrAFolderOfPagesWithAnIndex() throws Exception {
    assertThat(run("-f", "html", seed("002"))).isZero();
    assertThat(out())
        .startsWith("<!doctype html>")
        .contains("Content-Security-Policy")
        .endsWith("</html>");
    reset();
    Path other =
        write("x/002_306d7ec0a692e678.txt", Seeds.text("001").getBytes(StandardCharsets.UTF_8));
    Path pages = dir.resolve("pages");
    assertThat(
            run("-f", "html", "-o", pages.toString(), seed("002"), other.toString(), seed("000")))
        .isZero();
    assertThat(out()).isEmpty();
    try (var s = Files.list(pages)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(
              "000_ec2c7d4b1ca73a35.html",
              "002_306d7ec0a692e678-2.html",
              "002_306d7ec0a692e678.html",
              "index.html");
    }
    String index = Files.readString(pages.resolve("index.html"));
    assertThat(index)
        .contains(
            "href=\"002_306d7ec0a692e678.html\">2025年酒泉市肃州区政府工作报告</a>",
            "href=\"002_306d7ec0a692e678-2.html\"");
  }

  private static final String PLAN =
      "各位代表：\n\n一、2023年工作回顾\n\n过去一年，全县地区生产总值增长5.2%。\n\n二、2024年工作安排\n\n"
          + "今年的主要预期目标是：地区生产总值增长6%左右，城镇新增就业1200人以上。\n";
  private static final String OUTCOME =
      "2025年某县政府工作报告\n\n各位代表：\n\n一、2024年工作回顾\n\n"
          + "过去一年，全县地区生产总值增长6.3%，城镇新增就业1100人。\n\n二、2025年工作安排\n\n"
          + "今年地区生产总值增长6%左右。\n";

  @Test
  void attainmentCsvSetsEachTargetAgainstTheNextYearsResult() throws Exception {
    Path plan = write("reports/plan.txt", PLAN.getBytes(StandardCharsets.UTF_8));
    write("reports/2025.txt", OUTCOME.getBytes(StandardCharsets.UTF_8));
    assertThat(run("-f", "attainment-csv", plan.getParent().toString())).isZero();
    assertThat(out())
        .startsWith(
            "\uFEFFplan_file,outcome_file,region,year,indicator,key,measure,bound,target_value,"
                + "target_upper,unit,result_value,result_unit,gap,verdict,target_text,result_text\n");
    List<Map<String, String>> rows = CsvRows.read(out());
    assertThat(rows).hasSize(2);
    assertThat(rows.get(0))
        .containsEntry("plan_file", plan.toString())
        .containsEntry("region", "某县")
        .containsEntry("year", "2024")
        .containsEntry("key", "gdp")
        .containsEntry("bound", "ABOUT")
        .containsEntry("target_value", "6")
        .containsEntry("result_value", "6.3")
        .containsEntry("gap", "0.3")
        .containsEntry("verdict", "MET")
        .containsEntry("result_text", "全县地区生产总值增长6.3%");
    assertThat(rows.get(1))
        .containsEntry("key", "urban-new-jobs")
        .containsEntry("target_value", "1200")
        .containsEntry("unit", "人")
        .containsEntry("gap", "-100")
        .containsEntry("verdict", "MISSED");
    // the plan's year came from its headings; the outcome's from its title, which says nothing
    assertThat(err()).isEqualTo(plan + ": year 2024 read from the text\n");
  }

  @Test
  void aReportWithoutRegionAmongSeveralRegionsIsNamedAndNotPaired() throws Exception {
    Path plan = write("mixed/2024.txt", PLAN.getBytes(StandardCharsets.UTF_8));
    write("mixed/b.txt", OUTCOME.getBytes(StandardCharsets.UTF_8));
    write("mixed/c.txt", OUTCOME.replace("某县", "某市").getBytes(StandardCharsets.UTF_8));
    assertThat(run("-f", "attainment-csv", plan.getParent().toString())).isZero();
    assertThat(CsvRows.read(out())).isEmpty();
    assertThat(err())
        .contains(plan + ": no region, and the other reports name several; not paired\n");
  }

  @Test
  void theOutlineOfTwoReportsOfOneRegionEndsWithTheirAttainment() throws Exception {
    Path plan = write("r/2024.txt", PLAN.getBytes(StandardCharsets.UTF_8));
    Path outcome = write("r/2025.txt", OUTCOME.getBytes(StandardCharsets.UTF_8));
    assertThat(run(plan.toString(), outcome.toString())).isZero();
    assertThat(out())
        .contains(
            "\n# attainment: each year's targets against the next report\n2024 → 2025 某县 ("
                + plan
                + ", year from the text → "
                + outcome
                + ", year from the metadata): 2 targets, 1 met, 0 exceeded, 1 missed, 0 no result;"
                + " headline: gdp met, urban-new-jobs missed\n");
    reset();
    // one report, or reports of unrelated years and regions: no summary
    assertThat(run(plan.toString())).isZero();
    assertThat(out()).doesNotContain("# attainment");
    reset();
    assertThat(run(seed("002"), seed("004"))).isZero();
    assertThat(out()).doesNotContain("# attainment");
  }
}

package io.github.workreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.workreport.Seeds;
import io.github.workreport.json.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String seed(String prefix) {
    return Seeds.all().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow().toString();
  }

  @Test
  void outlineIsTheDefault() {
    assertThat(run(seed("002"))).isZero();
    assertThat(out()).contains("title: 2025年酒泉市肃州区政府工作报告", "kind: GOVERNMENT_WORK_REPORT", "2024年工作回顾  [review, L17-",
        "  (一) 聚力建好园区", "名词解释  [glossary, L131-207, 38 para]");
  }

  @Test
  void jsonOfOneFileIsAnObjectAndOfSeveralAnArray() {
    assertThat(run("--format", "json", seed("000"))).isZero();
    assertThat(ReportJson.fromJson(out()).metadata().source()).isEqualTo("酒泉日报");
    out.reset();
    assertThat(run("--format=json", seed("000"), seed("003"))).isZero();
    assertThat(out()).startsWith("[");
  }

  @Test
  void jsonIsTheSameOnEveryRun() {
    run("-f", "json", seed("001"));
    String first = out();
    out.reset();
    run("-f", "json", seed("001"));
    assertThat(out()).isEqualTo(first);
  }

  @Test
  void csvFormatsWriteAHeaderAfterAByteOrderMark() {
    assertThat(run("--format", "targets-csv", seed("002"))).isZero();
    assertThat(out()).startsWith("\uFEFFfile,indicator,key,value");
    assertThat(out()).contains(",地区生产总值,gdp,7.2,,,\"%\",7.2,,\"%\",GROWTH,AT_LEAST,PLANNED,,true,,51,");
    out.reset();
    assertThat(run("--format", "glossary-csv", seed("002"))).isZero();
    assertThat(out()).startsWith("\uFEFFfile,term,itemsCount");
  }

  @Test
  void badUsageAndUnreadableFilesExitWithTwo(@TempDir Path dir) throws Exception {
    assertThat(run()).isEqualTo(Main.USAGE);
    assertThat(run("--format")).isEqualTo(Main.USAGE);
    assertThat(run("--format", "xml", seed("000"))).isEqualTo(Main.USAGE);
    assertThat(run("--verbose", seed("000"))).isEqualTo(Main.USAGE);
    assertThat(run(dir.resolve("missing.txt").toString())).isEqualTo(Main.USAGE);
    assertThat(run(dir.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:", "not a readable file");
    Path big = dir.resolve("big.txt");
    Files.write(big, new byte[0]);
    assertThat(run(big.toString())).isZero();
  }

  @Test
  void directoriesAreWalkedAndJsonLinesStreamedInOrder(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("a.txt"), Seeds.text("000"));
    Files.writeString(sub.resolve("c.txt"), Seeds.text("002"));
    Files.writeString(sub.resolve("d.txt"), Seeds.text("004"));
    assertThat(run("--format", "jsonl", "--threads", "2", dir.toString())).isZero();
    List<String> lines = out().lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(ReportJson.fromJson(lines.get(0)).metadata().source()).isEqualTo("酒泉日报");
    assertThat(ReportJson.fromJson(lines.get(1)).metadata().title()).isEqualTo("2025年酒泉市肃州区政府工作报告");
    assertThat(ReportJson.fromJson(lines.get(2)).metadata().source()).isEqualTo("城关区融媒体中心");
    out.reset();
    assertThat(run("--format", "json", dir.toString())).isZero();
    assertThat(out()).startsWith("[");
    out.reset();
    assertThat(run("--format", "glossary-csv", "--threads", "1", dir.toString())).isZero();
    assertThat(out().lines().filter(l -> l.contains("c.txt")).count()).isEqualTo(39);
  }

  @Test
  void aFileThatFailsIsReportedAndTheRunGoesOn(@TempDir Path dir) throws Exception {
    assertThat(run("-f", "jsonl", seed("000"), dir.resolve("missing.txt").toString(), seed("003"))).isEqualTo(Main.USAGE);
    assertThat(out().lines().count()).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing.txt: not a readable file");
  }

  @Test
  void threadsMustBeAPositiveNumber() {
    assertThat(run("--threads", "0", seed("000"))).isEqualTo(Main.USAGE);
    assertThat(run("--threads", "x", seed("000"))).isEqualTo(Main.USAGE);
    assertThat(run("--threads")).isEqualTo(Main.USAGE);
  }

  @Test
  void helpIsPrinted() {
    assertThat(run("--help")).isZero();
    assertThat(out()).startsWith("usage:");
  }

  @Test
  void diagnosticsAppearInTheOutline(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gap.txt");
    Files.writeString(f, "一、第一部分标题\n第一部分的正文内容很长很长。\n三、第三部分标题\n第三部分的正文内容很长很长。\n");
    assertThat(run(f.toString())).isZero();
    assertThat(out()).contains("! heading-number-gap at line 3");
  }
}

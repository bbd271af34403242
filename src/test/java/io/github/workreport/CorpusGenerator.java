package io.github.workreport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Builds a corpus of any size from recombined seed material: every report gets a title of its own
 * (a county and a year), a delivery line, a salutation, a review part and a plan part with numbered
 * sub-headings, each filled with body paragraphs drawn from the seeds, and sometimes a glossary.
 * The same seed gives the same corpus. Reports are 5–60 KB, like the real ones.
 *
 * <pre>
 * java -cp target/test-classes:target/classes io.github.workreport.CorpusGenerator DIR COUNT [SEED]
 * </pre>
 */
public final class CorpusGenerator {
  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"
  };
  private static final String[] PLACES = {
    "东", "西", "南", "北", "中", "新", "平", "安", "永", "宁", "丰", "和", "兴", "华", "河", "山", "阳", "城", "泉",
    "石"
  };

  private final List<String> paragraphs = new ArrayList<>();
  private final List<String> headings = new ArrayList<>();
  private final List<String> glossary = new ArrayList<>();

  /** A generator drawing on the seed texts {@code seeds}. */
  public CorpusGenerator(List<String> seeds) {
    for (String seed : seeds) {
      boolean inGlossary = false;
      for (String raw : seed.split("\n")) {
        String line = raw.strip();
        if (line.contains("名词解释")) {
          inGlossary = true;
          continue;
        }
        if (inGlossary && line.length() > 10 && Character.isDigit(line.charAt(0))) {
          glossary.add(line.replaceFirst("^[0-9]+[.、．]", ""));
        } else if (line.length() >= 8
            && line.length() <= 60
            && !line.endsWith("。")
            && line.matches("^[(（][一二三四五六七八九十]+[)）].*")) {
          headings.add(line.replaceFirst("^[(（][一二三四五六七八九十]+[)）]\\s*", ""));
        } else if (line.length() >= 60 && line.endsWith("。")) {
          paragraphs.add(line);
        }
      }
    }
    if (paragraphs.isEmpty() || headings.isEmpty()) {
      throw new IllegalArgumentException(
          "the seeds give no paragraphs or no sub-headings to recombine");
    }
  }

  /** The generator of the project's seeds. */
  public static CorpusGenerator fromSeeds() {
    return new CorpusGenerator(Seeds.all().stream().map(Seeds::text).toList());
  }

  /** One report, decided by {@code random}. */
  public String report(Random random) {
    int year = 2010 + random.nextInt(17);
    String county =
        PLACES[random.nextInt(PLACES.length)] + PLACES[random.nextInt(PLACES.length)] + "县";
    StringBuilder sb = new StringBuilder();
    sb.append(year).append("年").append(county).append("政府工作报告\n\n");
    sb.append("——")
        .append(year)
        .append("年1月")
        .append(5 + random.nextInt(20))
        .append("日在")
        .append(county)
        .append("第")
        .append(NUMERALS[random.nextInt(NUMERALS.length)])
        .append("届人民代表大会第")
        .append(NUMERALS[random.nextInt(5)])
        .append("次会议上\n\n");
    sb.append("县长 ")
        .append(PLACES[random.nextInt(PLACES.length)])
        .append(PLACES[random.nextInt(PLACES.length)])
        .append("\n\n");
    sb.append("各位代表：\n\n");
    sb.append("现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。\n\n");
    sb.append("一、").append(year - 1).append("年工作回顾\n\n");
    paragraphs(sb, random, 3 + random.nextInt(8));
    sb.append("二、").append(year).append("年工作安排\n\n");
    paragraphs(sb, random, 1 + random.nextInt(2));
    int tasks = 3 + random.nextInt(8);
    for (int t = 0; t < tasks; t++) {
      sb.append("（")
          .append(NUMERALS[t])
          .append("）")
          .append(headings.get(random.nextInt(headings.size())))
          .append("\n\n");
      paragraphs(sb, random, 1 + random.nextInt(5));
    }
    sb.append("各位代表！让我们团结一心、开拓进取，为建设更加美好的").append(county).append("而努力奋斗！\n");
    if (!glossary.isEmpty() && random.nextInt(3) == 0) {
      sb.append("\n名词解释\n\n");
      int n = 2 + random.nextInt(10);
      for (int g = 0; g < n; g++) {
        sb.append(g + 1)
            .append(".")
            .append(glossary.get(random.nextInt(glossary.size())))
            .append("\n\n");
      }
    }
    return sb.toString();
  }

  private void paragraphs(StringBuilder sb, Random random, int n) {
    for (int i = 0; i < n; i++) {
      sb.append("　　").append(paragraphs.get(random.nextInt(paragraphs.size()))).append("\n\n");
    }
  }

  /** Writes {@code count} reports to {@code dir}, in subfolders of a thousand. */
  public void write(Path dir, int count, long seed) throws IOException {
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format("%03d/%06d.txt", i / 1000, i));
      Files.createDirectories(file.getParent());
      Files.writeString(file, report(random), StandardCharsets.UTF_8);
    }
  }

  /** {@code DIR COUNT [SEED]}: writes a corpus. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: CorpusGenerator DIR COUNT [SEED]");
      System.exit(2);
    }
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 1L;
    fromSeeds().write(Path.of(args[0]), Integer.parseInt(args[1]), seed);
  }
}

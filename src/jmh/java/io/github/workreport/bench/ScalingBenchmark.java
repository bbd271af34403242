package io.github.workreport.bench;

import io.github.workreport.ScalingInputs;
import io.github.workreport.WorkReportParser;
import io.github.workreport.model.WorkReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The parse time of each input of {@link ScalingInputs} at its base count and at twice, four times
 * that: linear time shows as a time that doubles with the factor. The kinds are the ones {@code
 * LinearTimeTest} checks ({@code -p kind=…} picks some); a test checks that the two lists agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScalingBenchmark {
  @Param({
    "repeated paragraphs",
    "a single line of clauses",
    "repeated heading markers",
    "open quotes",
    "nested HTML elements",
    "clauses with figures",
    "a page of article blocks and link lists",
    "a target value list",
    "a subject list",
    "a 分别 spread",
    "a 均 spread",
    "an enumeration 一是, 二是",
    "an enumeration 第一, 第二",
    "dash-led lines",
    "a run of dashes",
    "glossary entries",
    "a glossary entry of many items",
    "an inline definition of many parts",
    "announced counts in one clause",
    "announced counts",
    "a headline block",
    "headline block lines",
    "quoted terms",
    "a defined term quoted throughout",
    "closed brackets",
    "open brackets",
    "heading lines",
    "numbered heading lines",
    "clauses naming a new subject each",
    "a headline block naming a new subject each line",
    "a figure of spaced digits",
    "a figure of many decimals",
    "a figure of many digits",
    "a Chinese figure of many digits"
  })
  public String kind;

  @Param({"1", "2", "4"})
  public int factor;

  private final WorkReportParser parser = WorkReportParser.create();
  private String input;

  @Setup(Level.Trial)
  public void build() {
    ScalingInputs.Kind k = ScalingInputs.kind(kind);
    input = k.build().apply(k.base() * factor);
  }

  @Benchmark
  public WorkReport parse() {
    return parser.parse(input);
  }
}

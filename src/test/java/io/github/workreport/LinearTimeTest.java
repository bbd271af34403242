package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Doubling an input roughly doubles the parse time, for every construct of {@link ScalingInputs}.
 * The bound is generous (three times, where a quadratic cost gives four) since timing on a shared
 * machine is noisy; {@code ScalingBenchmark} measures the same inputs precisely. Time is the CPU
 * time of the parsing thread where the JVM measures it, so that other processes, the compiler and
 * the collector threads do not count; else wall-clock time. Each size is timed several times and
 * the fastest kept, and a measurement over the bound is taken again before the test fails: noise
 * passes on a second try, a cost that grows with the square of the input never does.
 */
class LinearTimeTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Rounds of timing; the fastest of each size is kept, the one least disturbed by the machine. */
  private static final int ROUNDS = 5;

  /** Parses of each size before timing, until the compiler has settled on both sizes' paths. */
  private static final int WARM_UP = 2;

  /** Measurements before a time over the bound fails the test. */
  private static final int ATTEMPTS = 3;

  /** Slack that keeps very fast parses from failing on noise alone. */
  private static final long SLACK_NANOS = 5_000_000L;

  static Stream<Arguments> kinds() {
    return ScalingInputs.KINDS.stream().map(k -> Arguments.of(k.name(), k));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void doublingTheInputRoughlyDoublesTheTime(String name, ScalingInputs.Kind kind) {
    String single = kind.build().apply(kind.base());
    String doubled = kind.build().apply(2 * kind.base());
    for (int i = 0; i < WARM_UP; i++) {
      PARSER.parse(single);
      PARSER.parse(doubled);
    }
    long[] times = measure(single, doubled);
    for (int attempt = 1; attempt < ATTEMPTS && !linear(times); attempt++) {
      times = measure(single, doubled);
    }
    assertThat(times[1])
        .as("%s: %d ns for n, %d ns for 2n", kind.name(), times[0], times[1])
        .isLessThan(3 * times[0] + SLACK_NANOS);
  }

  @Test
  void theBenchmarkMeasuresEveryKind() throws IOException {
    String bench =
        Files.readString(
            Path.of("src/jmh/java/io/github/workreport/bench/ScalingBenchmark.java"),
            StandardCharsets.UTF_8);
    assertThat(ScalingInputs.KINDS)
        .allSatisfy(k -> assertThat(bench).contains("\"" + k.name() + "\""));
  }

  private static boolean linear(long[] times) {
    return times[1] < 3 * times[0] + SLACK_NANOS;
  }

  /** The fastest time of each size; the two are timed in turn, so a burst of load hits both. */
  private static long[] measure(String single, String doubled) {
    long once = Long.MAX_VALUE;
    long twice = Long.MAX_VALUE;
    for (int i = 0; i < ROUNDS; i++) {
      once = Math.min(once, time(single));
      twice = Math.min(twice, time(doubled));
    }
    return new long[] {once, twice};
  }

  private static long time(String input) {
    long start = now();
    PARSER.parse(input);
    return now() - start;
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }
}

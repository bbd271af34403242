package io.github.workreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Doubling an input roughly doubles the parse time. The bound is generous (three times, where a
 * quadratic cost gives four) since timing on a shared machine is noisy; {@code ScalingBenchmark}
 * measures the same inputs precisely. Time is the CPU time of the parsing thread where the JVM
 * measures it, so that other processes on the machine do not count; else wall-clock time.
 */
class LinearTimeTest {
  private static final WorkReportParser PARSER = WorkReportParser.create();
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static Stream<Arguments> kinds() {
    return ScalingInputs.KINDS.stream().map(k -> Arguments.of(k.name(), k));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void doublingTheInputRoughlyDoublesTheTime(String name, ScalingInputs.Kind kind) {
    String single = kind.build().apply(kind.base());
    String doubled = kind.build().apply(2 * kind.base());
    for (int i = 0; i < WARM_UP; i++) { // until the compiler has settled on both sizes' paths
      PARSER.parse(single);
      PARSER.parse(doubled);
    }
    // the two sizes are timed in turn, so that a burst of load on a shared machine hits both
    long once = Long.MAX_VALUE;
    long twice = Long.MAX_VALUE;
    for (int i = 0; i < ROUNDS; i++) {
      once = Math.min(once, time(single));
      twice = Math.min(twice, time(doubled));
    }
    // a few milliseconds of slack keep very fast parses from failing on noise alone
    assertThat(twice)
        .as("%s: %d ns for n, %d ns for 2n", kind.name(), once, twice)
        .isLessThan(3 * once + 5_000_000L);
  }

  /** Rounds of timing; the fastest of each size is kept, the one least disturbed by the machine. */
  private static final int ROUNDS = 7;

  /** Parses of each size before timing. */
  private static final int WARM_UP = 3;

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

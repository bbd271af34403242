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
    PARSER.parse(single); // warm up
    long once = best(single);
    long twice = best(doubled);
    // a few milliseconds of slack keep very fast parses from failing on noise alone
    assertThat(twice).as("%s: %d ns for n, %d ns for 2n", kind.name(), once, twice)
        .isLessThan(3 * once + 5_000_000L);
  }

  /** The fastest of three parses, in nanoseconds: the least disturbed by the machine. */
  private static long best(String input) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = now();
      PARSER.parse(input);
      best = Math.min(best, now() - start);
    }
    return best;
  }

  private static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}

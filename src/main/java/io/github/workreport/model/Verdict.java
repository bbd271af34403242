package io.github.workreport.model;

/**
 * How a planned target fared against the result the next report states for it. The rules are those
 * of {@link io.github.workreport.Attainment}.
 *
 * @since 0.1
 */
public enum Verdict {
  /** The result is within the target: inside its band, at its figure, or under its ceiling. */
  MET,
  /** The result is beyond the target on the side that is better. */
  EXCEEDED,
  /** The result falls short of the target, or passes its ceiling. */
  MISSED,
  /** The next report states no result for the target's indicator and year. */
  NO_RESULT
}

package io.github.workreport.model;

/**
 * Whether a {@link Target} is a plan for the future or a result of the past.
 *
 * @since 0.1
 */
public enum TargetStatus {
  /** A target set for the period ahead. */
  PLANNED,
  /** A result, or an estimate of the period under review. */
  REPORTED
}

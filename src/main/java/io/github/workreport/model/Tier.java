package io.github.workreport.model;

/**
 * The tier of a target in a tiered set (目标值, 争取值, 奋斗值).
 *
 * @since 0.1
 */
public enum Tier {
  /** 目标值. */
  TARGET,
  /** 争取值. */
  STRIVE,
  /** 奋斗值. */
  STRETCH
}

package io.github.workreport.model;

/**
 * How a {@link Target}'s figure bounds the quantity.
 *
 * @since 0.1
 */
public enum Bound {
  /** 以上, 超, 突破, 不低于, 不少于. */
  AT_LEAST,
  /** 左右. */
  ABOUT,
  /** 以内, 以下, 控制在, 不超过. */
  AT_MOST,
  /** A span of values from {@code value} to {@code upper}. */
  RANGE,
  /** No bounding word. */
  EXACT
}

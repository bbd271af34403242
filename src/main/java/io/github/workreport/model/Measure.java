package io.github.workreport.model;

/**
 * What a {@link Target}'s figure measures.
 *
 * @since 0.1
 */
public enum Measure {
  /** A rate of growth or increase (增长, 增速, 提高 x%). */
  GROWTH,
  /** A rate of decline (下降, 降低, 压减 x%). */
  DECLINE,
  /** A level or total to reach, hold or stay within (达到, 突破, 稳定在, 控制在, 占比). */
  LEVEL,
  /** An amount of new work or things (新增, 新建, 改造, 引进, 发放). */
  INCREMENT
}

package io.github.workreport.model;

/**
 * What a part of a report does; it decides whether the figures in it are results or plans.
 *
 * @since 0.1
 */
public enum PartClass {
  /** A review of the period past ("2024年工作回顾"). */
  REVIEW,
  /** The plan for the period ahead ("2025年工作安排"). */
  PLAN,
  /** The closing block that explains coined terms ("名词解释"). */
  GLOSSARY,
  /** Anything else, or a part that could not be classed. */
  OTHER
}

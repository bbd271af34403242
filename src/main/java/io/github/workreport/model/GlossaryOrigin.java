package io.github.workreport.model;

/**
 * Where a {@link GlossaryEntry} was defined.
 *
 * @since 0.1
 */
public enum GlossaryOrigin {
  /** In a closing block of definitions (名词解释, 有关词语解释, 注释…). */
  GLOSSARY,
  /** In the body, by a list closed with the coined term. */
  INLINE
}

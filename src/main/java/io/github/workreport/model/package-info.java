/**
 * The records of a parsed report ({@link io.github.workreport.model.WorkReport} and what it holds)
 * and their enums. Every record is immutable and validates its components; a component may be null
 * only where its type says {@code @Nullable}, and lists are never null (empty instead).
 *
 * @since 0.1
 */
@NullMarked
package io.github.workreport.model;

import org.jspecify.annotations.NullMarked;

/**
 * The API: {@link io.github.workreport.WorkReportParser} parses a whole report; {@link
 * io.github.workreport.TaskParser}, {@link io.github.workreport.TargetParser} and {@link
 * io.github.workreport.GlossaryParser} read one kind of element from any text; {@link
 * io.github.workreport.ParseLimits} bounds the input; {@link io.github.workreport.Outline} renders
 * a report for a person; {@link io.github.workreport.Attainment} sets each year's targets against
 * the results the next year's report states.
 *
 * <p>Every type here is null-marked: a parameter or result is never null unless its type says
 * {@code @Nullable}.
 *
 * @since 0.1
 */
@NullMarked
package io.github.workreport;

import org.jspecify.annotations.NullMarked;

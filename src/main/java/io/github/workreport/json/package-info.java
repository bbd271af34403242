/**
 * Reports as JSON: {@link io.github.workreport.json.ReportJson} writes and reads them, and hands
 * its Jackson mapping to a caller's own mapper; the JSON Schema of the layout is a resource of this
 * package.
 *
 * @since 0.1
 */
@NullMarked
package io.github.workreport.json;

import org.jspecify.annotations.NullMarked;

/**
 * The target engine: figures, indicator names and keys, status. Internal: not API, and may change
 * without notice.
 */
package io.github.workreport.internal.target;

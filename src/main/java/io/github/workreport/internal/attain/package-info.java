/**
 * The attainment engine: a report's year, the pairing of reports of consecutive years, the result a
 * later report states for a planned target, and the verdict. Internal: not API, and may change
 * without notice.
 */
package io.github.workreport.internal.attain;

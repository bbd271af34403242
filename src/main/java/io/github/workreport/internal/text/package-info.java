/**
 * Text primitives: folding width, spaces, punctuation and Traditional characters, numerals, units,
 * line and word indexes. Not API: the package is not exported, and its classes may change in any
 * release.
 */
package io.github.workreport.internal.text;

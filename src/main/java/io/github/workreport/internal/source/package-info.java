/**
 * Decoding bytes and extracting the text of HTML pages. Not API: the package is not exported, and
 * its classes may change in any release.
 */
package io.github.workreport.internal.source;

/**
 * Look-ups over a parsed report that its views share. Not API: the package is not exported, and its
 * classes may change in any release.
 */
package io.github.workreport.internal.view;

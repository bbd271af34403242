/**
 * The stages of the parse: lines, blocks, the section tree, tasks, targets, glossary and metadata.
 * Not API: the package is not exported, and its classes may change in any release.
 */
package io.github.workreport.internal.parse;

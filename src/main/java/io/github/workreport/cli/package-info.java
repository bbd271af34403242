/**
 * The command line ({@code java -jar workreport-cli.jar}) and its outputs. Not API: the package is
 * not exported, and its classes may change in any release.
 */
package io.github.workreport.cli;

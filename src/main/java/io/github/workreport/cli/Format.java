package io.github.workreport.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of the command line, by the name given to {@code --format}. */
enum Format {
  OUTLINE("the readable outline (default): metadata, headings, tasks, diagnostics, counts"),
  JSON("the report as JSON with its source; an array when several files are read"),
  JSONL("one compact JSON object per file and line, each with its source"),
  TARGETS_CSV("one CSV row per target, with file, region, year, title and section columns"),
  TASKS_CSV("one CSV row per task and subtask, depth first"),
  GLOSSARY_CSV("one CSV row per glossary entry"),
  ATTAINMENT_CSV(
      "one CSV row per planned target of a report against the next year's report of its region"),
  HTML("the annotated HTML view, one self-contained page per report");

  private final String description;

  Format(String description) {
    this.description = description;
  }

  /** The name on the command line ("targets-csv"). */
  String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Whether the format writes CSV rows under one header. */
  boolean csv() {
    return this == TARGETS_CSV
        || this == TASKS_CSV
        || this == GLOSSARY_CSV
        || this == ATTAINMENT_CSV;
  }

  /** The format named {@code label}. */
  static Format of(String label) {
    for (Format f : values()) {
      if (f.label().equals(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + label + "'; one of " + labels());
  }

  /** Every label, joined by ", ". */
  static String labels() {
    return Arrays.stream(values()).map(Format::label).collect(Collectors.joining(", "));
  }

  /** One line per format: its label and what it writes, for the help. */
  static String help() {
    return Arrays.stream(values())
        .map(f -> String.format(Locale.ROOT, "  %-15s %s", f.label(), f.description))
        .collect(Collectors.joining("%n"));
  }
}

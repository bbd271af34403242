package io.github.workreport.model;

import org.jspecify.annotations.Nullable;

/**
 * A report with the name it was read from, its region and the year it is for, ready to be paired
 * with the report of the next year.
 *
 * @param name the name the report was read from (a file path); never blank
 * @param report the report; never null
 * @param region the issuing government from the report's metadata, or, in a {@link ReportPair}, the
 *     region of the other reports paired when this one states none and they all state the same (see
 *     {@link io.github.workreport.Attainment#pair}); null when none is known
 * @param year the year the report is for: the year its plan sets targets for
 * @param yearSource where {@code year} was read; never null
 * @since 0.1
 */
public record DatedReport(
    String name, WorkReport report, @Nullable String region, int year, YearSource yearSource) {

  /** Validates the components. */
  public DatedReport {
    Checks.text(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    Checks.required(report, "report");
    Checks.optionalNonBlank(region, "region");
    Checks.required(yearSource, "yearSource");
  }

  @Override
  public String toString() {
    return "DatedReport[name="
        + name
        + ", region="
        + region
        + ", year="
        + year
        + " ("
        + yearSource
        + ")]";
  }
}

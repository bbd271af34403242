package io.github.workreport.internal.attain;

import io.github.workreport.model.DatedReport;
import io.github.workreport.model.ReportPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Pairs each report with the report of the same region for the next year. A report that states no
 * region (a copy without its title block) is taken to be of the region the others state when they
 * all state the same one, or of no region when none does; when they state several, it is left
 * unpaired, since its region would be a guess. Reports of one region and year that are several (two
 * copies of one report) pair with nothing: which one counts would be a guess too. Stateless;
 * thread-safe.
 */
public final class ReportPairing {
  private static final Comparator<ReportPair> ORDER =
      Comparator.comparing((ReportPair p) -> Objects.requireNonNullElse(p.region(), ""))
          .thenComparingInt(p -> p.plan().year())
          .thenComparing(p -> p.plan().name());

  private ReportPairing() {}

  /** The pairs among {@code reports}, by region, then year, then name. */
  public static List<ReportPair> pairs(List<DatedReport> reports) {
    Set<String> regions = regions(reports);
    String only = regions.size() == 1 ? regions.iterator().next() : null;
    Map<String, List<DatedReport>> byRegionAndYear = new HashMap<>();
    for (DatedReport r : reports) {
      DatedReport d = r;
      if (r.region() == null) {
        if (regions.size() > 1) {
          continue;
        }
        d = new DatedReport(r.name(), r.report(), only, r.year(), r.yearSource());
      }
      byRegionAndYear.computeIfAbsent(slot(d.region(), d.year()), k -> new ArrayList<>()).add(d);
    }
    List<ReportPair> out = new ArrayList<>();
    for (List<DatedReport> plans : byRegionAndYear.values()) {
      DatedReport plan = plans.get(0);
      List<DatedReport> next = byRegionAndYear.get(slot(plan.region(), plan.year() + 1));
      if (plans.size() == 1 && next != null && next.size() == 1) {
        out.add(new ReportPair(plan, next.get(0)));
      }
    }
    out.sort(ORDER);
    return out;
  }

  /** The regions {@code reports} state, in order. */
  public static Set<String> regions(List<DatedReport> reports) {
    Set<String> regions = new TreeSet<>();
    for (DatedReport r : reports) {
      if (r.region() != null) {
        regions.add(r.region());
      }
    }
    return regions;
  }

  private static String slot(String region, int year) {
    return (region == null ? "" : region) + "\u0000" + year;
  }
}

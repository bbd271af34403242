package io.github.workreport.internal.attain;

import io.github.workreport.model.DatedReport;
import io.github.workreport.model.ReportPair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs each report with the report of the same region for the next year. A region matches the same
 * region, and a report that states no region matches any; when several reports of the next year
 * match, the one of the same stated region is taken, and when that is not one report, none is (the
 * pair would be a guess). The same holds backwards: the plan must be the one report of its year
 * that matches the outcome. A report that states no region takes the region of the chain of pairs
 * it stands in, when that chain states one region. Stateless; thread-safe.
 */
public final class ReportPairing {
  private static final Comparator<ReportPair> ORDER =
      Comparator.comparing((ReportPair p) -> Objects.requireNonNullElse(p.region(), ""))
          .thenComparingInt(p -> p.plan().year())
          .thenComparing(p -> p.plan().name());

  private ReportPairing() {}

  /** The pairs among {@code reports}, by region, then year, then name. */
  public static List<ReportPair> pairs(List<DatedReport> reports) {
    Map<Integer, List<DatedReport>> byYear = new HashMap<>();
    for (DatedReport r : reports) {
      byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r);
    }
    List<ReportPair> out = new ArrayList<>();
    for (DatedReport plan : reports) {
      DatedReport outcome = only(plan, byYear.getOrDefault(plan.year() + 1, List.of()));
      // and the plan must be the one report before the outcome, or an unknown region would
      // follow two reports of different regions
      if (outcome != null && only(outcome, byYear.getOrDefault(plan.year(), List.of())) == plan) {
        out.add(new ReportPair(plan, outcome));
      }
    }
    out = withChainRegions(out);
    out.sort(ORDER);
    return out;
  }

  /**
   * The pairs with a region given to the reports that state none, from the chain of pairs they
   * stand in, when the chain states exactly one region (a headerless 2004 report between the 2003
   * and 2005 reports of one country).
   */
  private static List<ReportPair> withChainRegions(List<ReportPair> pairs) {
    Map<DatedReport, DatedReport> parent = new IdentityHashMap<>();
    for (ReportPair p : pairs) {
      parent.put(root(parent, p.plan()), root(parent, p.outcome()));
    }
    Map<DatedReport, Set<String>> regions = new IdentityHashMap<>();
    for (ReportPair p : pairs) {
      for (DatedReport d : List.of(p.plan(), p.outcome())) {
        Set<String> r = regions.computeIfAbsent(root(parent, d), k -> new HashSet<>());
        if (d.region() != null) {
          r.add(d.region());
        }
      }
    }
    Map<DatedReport, DatedReport> filled = new IdentityHashMap<>();
    List<ReportPair> out = new ArrayList<>();
    for (ReportPair p : pairs) {
      out.add(
          new ReportPair(
              fill(p.plan(), regions.get(root(parent, p.plan())), filled),
              fill(p.outcome(), regions.get(root(parent, p.outcome())), filled)));
    }
    return out;
  }

  private static DatedReport fill(
      DatedReport d, Set<String> regions, Map<DatedReport, DatedReport> filled) {
    if (d.region() != null || regions.size() != 1) {
      return d;
    }
    return filled.computeIfAbsent(
        d,
        k ->
            new DatedReport(
                k.name(), k.report(), regions.iterator().next(), k.year(), k.yearSource()));
  }

  private static DatedReport root(Map<DatedReport, DatedReport> parent, DatedReport d) {
    DatedReport r = d;
    for (DatedReport up = parent.get(r); up != null && up != r; up = parent.get(r)) {
      r = up;
    }
    return r;
  }

  /**
   * The one report among {@code others} (the reports of the year after or before) whose region
   * matches {@code d}'s, or null when there is none or no single one.
   */
  private static DatedReport only(DatedReport d, List<DatedReport> others) {
    List<DatedReport> matching = new ArrayList<>();
    List<DatedReport> sameRegion = new ArrayList<>();
    for (DatedReport r : others) {
      if (d.region() == null || r.region() == null) {
        matching.add(r);
      } else if (d.region().equals(r.region())) {
        matching.add(r);
        sameRegion.add(r);
      }
    }
    if (matching.size() == 1) {
      return matching.get(0);
    }
    return sameRegion.size() == 1 ? sameRegion.get(0) : null;
  }
}

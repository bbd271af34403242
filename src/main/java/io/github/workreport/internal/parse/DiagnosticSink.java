package io.github.workreport.internal.parse;

import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.DiagnosticCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the diagnostics of every stage of one parse and gives them in document order (those
 * about the whole document first), at most {@link #MAX} of them: a document that repeats a fault
 * thousands of times gets the first and one {@code diagnostics-capped} saying how many were left
 * out. Not thread-safe: one per parse.
 */
public final class DiagnosticSink {
  /** The most diagnostics a report keeps. */
  public static final int MAX = 1000;

  private final List<Diagnostic> all = new ArrayList<>();

  /** Adds {@code d}. */
  public void add(Diagnostic d) {
    all.add(d);
  }

  /** Adds every diagnostic of {@code ds}. */
  public void addAll(List<Diagnostic> ds) {
    all.addAll(ds);
  }

  /** The diagnostics in document order, capped. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(d -> d.span() == null ? -1 : d.span().start()));
    if (sorted.size() <= MAX) {
      return List.copyOf(sorted);
    }
    List<Diagnostic> kept = new ArrayList<>(sorted.subList(0, MAX));
    kept.add(
        DiagnosticCode.DIAGNOSTICS_CAPPED.at(
            null,
            (sorted.size() - MAX)
                + " more diagnostics were left out; the first "
                + MAX
                + " are kept"));
    return List.copyOf(kept);
  }

  /**
   * The lines inside the body (between its first and last lines of text) that the layout dropped as
   * furniture or captions: none is lost without a word. Furniture around the body is not reported.
   */
  static List<Diagnostic> dropped(Layout layout) {
    List<Diagnostic> out = new ArrayList<>();
    int last = layout.tailStart() - 1;
    while (last >= layout.bodyStart() && layout.roles().get(last) != LineRole.BODY) {
      last--;
    }
    for (int i = layout.bodyStart(); i < last; i++) {
      LineRole role = layout.roles().get(i);
      if (role == LineRole.FURNITURE || role == LineRole.CAPTION) {
        Line line = layout.lines().get(i);
        String shown = line.text().length() > 40 ? line.text().substring(0, 40) + "…" : line.text();
        out.add(
            DiagnosticCode.LINE_DROPPED.at(
                line.span(),
                "dropped as "
                    + (role == LineRole.CAPTION ? "a caption" : "page furniture")
                    + ": "
                    + shown));
      }
    }
    return out;
  }
}

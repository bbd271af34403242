package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.Paragraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The text view behind each paragraph of a report, so that the stages that read paragraphs (tasks,
 * targets, glossary) take folded text and document offsets from it rather than folding again or
 * adding offsets that a stray line break would put wrong. Paragraphs are told apart by where they
 * start, which no two share. Not thread-safe while it is filled; read-only after.
 */
public final class ParagraphViews {
  private final Map<Integer, TextView> byStart = new HashMap<>();
  private final Set<Integer> intros = new HashSet<>();

  /**
   * Records the view of a paragraph made of it; {@code intro} when the paragraph is what follows a
   * numbered unit's lead sentence in the same paragraph.
   */
  void put(Paragraph p, TextView view, boolean intro) {
    byStart.put(p.span().start(), view);
    if (intro) {
      intros.add(p.span().start());
    }
  }

  /**
   * Whether {@code p} follows a numbered unit's lead sentence in one paragraph, so has no lead of
   * its own.
   */
  public boolean isIntro(Paragraph p) {
    return intros.contains(p.span().start());
  }

  /**
   * The view of {@code p}. A paragraph this parse did not make (one given to a stage directly) gets
   * a view of its own text as one unbroken stretch at its span's start.
   */
  public TextView of(Paragraph p) {
    Objects.requireNonNull(p, "p");
    TextView v = byStart.get(p.span().start());
    if (v != null && v.length() == p.text().length()) {
      return v;
    }
    return TextView.of(p.text(), TextNormalizer.normalize(p.text()), p.span().start());
  }
}

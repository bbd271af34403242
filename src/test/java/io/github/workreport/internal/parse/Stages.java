package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextNormalizer;
import java.util.List;
import java.util.Map;

/** Runs the first stages over a fragment, so that a later stage can be tested on its own input. */
final class Stages {
  private Stages() {}

  /** The lines of {@code text}, every one body. */
  static Layout layout(String text) {
    return LineClassifier.allBody(
        LineSplitter.split(text, TextNormalizer.normalize(text), Map.of()));
  }

  /** The blocks of {@code text} read as a fragment, before inline units are split off. */
  static List<Block> blocks(String text) {
    return BodyScanner.scan(layout(text));
  }

  /** The section tree of {@code text} read as a fragment. */
  static SectionTreeBuilder.SectionTree tree(String text, Integer year) {
    return SectionTreeBuilder.build(InlineUnits.split(blocks(text)), year);
  }
}

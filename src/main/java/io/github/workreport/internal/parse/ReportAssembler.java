package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.ExtractedText;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline from text to report: lines, their roles, blocks, metadata, the section tree.
 * Stateless.
 */
public final class ReportAssembler {
  private ReportAssembler() {}

  /** Parses {@code input}; {@code early} holds diagnostics raised before parsing (truncation). */
  public static WorkReport assemble(ExtractedText input, List<Diagnostic> early) {
    String text = input.text();
    String norm = TextNormalizer.normalize(text);
    List<Line> lines = LineSplitter.split(text, norm, input.hints());
    Layout layout = LineClassifier.classify(lines, text.length());
    List<Block> blocks = BodyScanner.scan(layout);
    Metadata metadata = MetadataExtractor.extract(layout, blocks);
    SectionTreeBuilder tree = new SectionTreeBuilder(metadata.year()).build(blocks);
    List<Diagnostic> diagnostics = new ArrayList<>(early);
    diagnostics.addAll(tree.diagnostics());
    return new WorkReport(text, metadata, tree.preamble(), tree.sections(), List.of(), List.of(), List.of(),
        diagnostics);
  }
}

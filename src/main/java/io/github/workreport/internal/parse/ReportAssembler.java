package io.github.workreport.internal.parse;

import io.github.workreport.internal.source.ExtractedText;
import io.github.workreport.internal.target.TargetExtractor;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.GlossaryEntry;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.Task;
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
    List<Section> sections = tree.sections();
    GlossaryScanner glossary = new GlossaryScanner();
    List<Paragraph> body = new ArrayList<>(tree.preamble());
    Span block = null;
    for (Section s : sections) {
      if (s.part() == PartClass.GLOSSARY) {
        glossary.block(s.paragraphs());
        block = block == null ? s.span() : block;
      } else {
        collect(s, body);
      }
    }
    List<GlossaryEntry> entries = glossary.inline(body).entries(text, block);
    TargetExtractor targetExtractor = new TargetExtractor(metadata.year());
    List<Target> targets = new ArrayList<>();
    // a text without headings (a clause, a paragraph) is read as a plan unless its tense says otherwise
    PartClass preamblePart = PartClass.OTHER;
    if (sections.isEmpty()) {
      StringBuilder all = new StringBuilder();
      tree.preamble().forEach(p -> all.append(p.text()).append('\n'));
      preamblePart = PartClassifier.byTense(all.toString(), PartClass.PLAN);
    }
    for (Paragraph p : tree.preamble()) {
      targets.addAll(targetExtractor.paragraph(p, text, preamblePart, null));
    }
    for (Section s : sections) {
      if (s.part() != PartClass.GLOSSARY) {
        targets(s, text, targetExtractor, targets);
      }
    }
    TaskScanner tasks = new TaskScanner(text);
    List<Task> taskList = tasks.scan(tree.preamble(), sections, preamblePart);
    List<Diagnostic> diagnostics = new ArrayList<>(early);
    diagnostics.addAll(tree.diagnostics());
    diagnostics.addAll(glossary.diagnostics());
    diagnostics.addAll(tasks.diagnostics());
    diagnostics.addAll(targetExtractor.diagnostics());
    return new WorkReport(text, metadata, tree.preamble(), sections, taskList, targets, entries, diagnostics);
  }

  private static void targets(Section s, String text, TargetExtractor extractor, List<Target> into) {
    for (Paragraph p : s.paragraphs()) {
      into.addAll(extractor.paragraph(p, text, s.part(), s.id()));
    }
    for (Section c : s.children()) {
      targets(c, text, extractor, into);
    }
  }

  private static void collect(Section s, List<Paragraph> into) {
    into.addAll(s.paragraphs());
    for (Section c : s.children()) {
      collect(c, into);
    }
  }
}

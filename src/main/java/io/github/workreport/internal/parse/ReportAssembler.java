package io.github.workreport.internal.parse;

import io.github.workreport.internal.attain.ReportYears;
import io.github.workreport.internal.source.ExtractedText;
import io.github.workreport.internal.target.TargetExtractor;
import io.github.workreport.internal.text.TextNormalizer;
import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.Metadata;
import io.github.workreport.model.Paragraph;
import io.github.workreport.model.PartClass;
import io.github.workreport.model.Section;
import io.github.workreport.model.Span;
import io.github.workreport.model.Target;
import io.github.workreport.model.WorkReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The pipeline from text to report, stage by stage: lines, their roles, blocks (with numbered units
 * split off their paragraphs), metadata, the section tree, then the glossary, targets and tasks
 * read off the tree, and one sink of diagnostics in document order. Stateless.
 */
public final class ReportAssembler {
  private ReportAssembler() {}

  /** How much of a page a text is. */
  public enum Mode {
    /** A whole document: title block, furniture and captions around the body are read as such. */
    DOCUMENT,
    /** A fragment (a clause, a paragraph, a list): every line is body. */
    FRAGMENT
  }

  /**
   * Parses a whole document {@code input}; {@code early} holds diagnostics raised before parsing.
   */
  public static WorkReport assemble(ExtractedText input, List<Diagnostic> early) {
    return assemble(input, early, Mode.DOCUMENT);
  }

  /**
   * Parses {@code input} as {@code mode} says; {@code early} holds diagnostics raised before
   * parsing.
   */
  public static WorkReport assemble(ExtractedText input, List<Diagnostic> early, Mode mode) {
    String text = input.text();
    List<Line> lines = LineSplitter.split(text, TextNormalizer.normalize(text), input.hints());
    Layout layout =
        mode == Mode.FRAGMENT
            ? LineClassifier.allBody(lines)
            : LineClassifier.classify(lines, text.length());
    List<Block> blocks = InlineUnits.split(BodyScanner.scan(layout));
    Metadata metadata = MetadataExtractor.extract(layout, blocks, input.signals());
    SectionTreeBuilder.SectionTree tree = SectionTreeBuilder.build(blocks, metadata.year());
    PartClass preamblePart = preamblePart(tree);
    GlossaryScanner.Glossary glossary = glossary(tree, text);
    // a report without a dated header is read in the year its own wording speaks for; the
    // metadata keeps only what the header says
    Integer year =
        metadata.year() != null ? metadata.year() : ReportYears.fromText(tree.sections());
    year = year != null ? year : ReportYears.fromVenue(metadata.venue());
    TargetExtractor targetExtractor = new TargetExtractor(year);
    List<Target> targets = targets(tree, text, targetExtractor, preamblePart);
    TaskScanner.TaskList tasks = TaskScanner.scan(tree, metadata.year(), preamblePart, text);
    DiagnosticSink sink = new DiagnosticSink();
    sink.addAll(early);
    sink.addAll(DiagnosticSink.dropped(layout));
    sink.addAll(tree.diagnostics());
    sink.addAll(glossary.diagnostics());
    sink.addAll(tasks.diagnostics());
    sink.addAll(targetExtractor.diagnostics());
    return new WorkReport(
        text,
        metadata,
        tree.preamble(),
        tree.sections(),
        tasks.tasks(),
        targets,
        glossary.entries(),
        sink.diagnostics());
  }

  /**
   * The class of the paragraphs before the first heading: a text without headings (a clause, a
   * paragraph) is read as a plan unless its tense says otherwise; else they belong to no part.
   */
  private static PartClass preamblePart(SectionTreeBuilder.SectionTree tree) {
    if (!tree.sections().isEmpty()) {
      return PartClass.OTHER;
    }
    StringBuilder all = new StringBuilder();
    tree.preamble().forEach(p -> all.append(tree.views().of(p).norm()).append('\n'));
    return PartClassifier.byTense(all.toString(), PartClass.PLAN);
  }

  /** The glossary: the entries of the glossary block and the inline definitions of the body. */
  private static GlossaryScanner.Glossary glossary(
      SectionTreeBuilder.SectionTree tree, String text) {
    List<TextView> block = new ArrayList<>();
    List<TextView> body = new ArrayList<>();
    tree.preamble().forEach(p -> body.add(tree.views().of(p)));
    Span blockSpan = null;
    for (Section s : tree.sections()) {
      if (s.part() == PartClass.GLOSSARY) {
        s.paragraphs().forEach(p -> block.add(tree.views().of(p)));
        blockSpan = blockSpan == null ? s.span() : blockSpan;
      } else {
        collect(s, tree.views(), body);
      }
    }
    return GlossaryScanner.scan(block, body, text, blockSpan);
  }

  /** The targets of every paragraph outside the glossary block, in document order. */
  private static List<Target> targets(
      SectionTreeBuilder.SectionTree tree,
      String text,
      TargetExtractor extractor,
      PartClass preamblePart) {
    List<Target> out = new ArrayList<>();
    for (Paragraph p : tree.preamble()) {
      out.addAll(extractor.paragraph(p, tree.views().of(p).norm(), text, preamblePart, null));
    }
    for (Section s : tree.sections()) {
      if (s.part() != PartClass.GLOSSARY) {
        targets(s, tree.views(), text, extractor, out);
      }
    }
    return out;
  }

  private static void targets(
      Section s, ParagraphViews views, String text, TargetExtractor extractor, List<Target> into) {
    for (Paragraph p : s.paragraphs()) {
      into.addAll(extractor.paragraph(p, views.of(p).norm(), text, s.part(), s.id()));
    }
    for (Section c : s.children()) {
      targets(c, views, text, extractor, into);
    }
  }

  private static void collect(Section s, ParagraphViews views, List<TextView> into) {
    s.paragraphs().forEach(p -> into.add(views.of(p)));
    for (Section c : s.children()) {
      collect(c, views, into);
    }
  }
}

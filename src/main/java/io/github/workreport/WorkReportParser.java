package io.github.workreport;

import io.github.workreport.internal.parse.ReportAssembler;
import io.github.workreport.internal.source.CharsetSniffer;
import io.github.workreport.internal.source.ExtractedText;
import io.github.workreport.internal.source.HtmlText;
import io.github.workreport.internal.source.InputSniffer;
import io.github.workreport.model.Diagnostic;
import io.github.workreport.model.WorkReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Parses work reports into {@link WorkReport}s: metadata, the section tree and paragraphs, from
 * plain text or HTML, given as a string, bytes, a stream or a file.
 *
 * <pre>{@code
 * WorkReport report = WorkReportParser.create().parse(Path.of("report.txt"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. No input makes a parse throw but input over
 * the {@link ParseLimits} ({@link ReportParseException}) and, for files and streams, an {@link
 * IOException} while reading; a problem inside a document becomes a {@link Diagnostic}.
 *
 * @since 0.1
 */
public final class WorkReportParser {
  private final ParseLimits limits;

  private WorkReportParser(Builder b) {
    this.limits = b.limits;
  }

  /** A parser with the default {@link ParseLimits}. */
  public static WorkReportParser create() {
    return builder().build();
  }

  /** A builder for a parser with other settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The limits this parser applies. */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Parses a string of plain text or HTML, told apart by content.
   *
   * @param input the document; not null
   * @throws ReportParseException if it is longer than the limit and the limit does not truncate
   */
  public WorkReport parse(String input) {
    Objects.requireNonNull(input, "input");
    return InputSniffer.isHtml(input) ? parseHtml(input) : parseText(input);
  }

  /**
   * Parses a string of plain text; spans index {@code text} itself.
   *
   * @param text the document; not null
   * @throws ReportParseException if it is longer than the limit and the limit does not truncate
   */
  public WorkReport parseText(String text) {
    Objects.requireNonNull(text, "text");
    BoundedInput b = BoundedInput.of(text, limits);
    return ReportAssembler.assemble(ExtractedText.plain(b.text()), b.diagnostics());
  }

  /**
   * Parses a fragment of plain text (a clause, a paragraph, a list of work) without the reading of
   * a whole page: no title block, captions or furniture; every line is body. The door the part
   * parsers ({@link TaskParser}, {@link TargetParser}) read snippets through.
   */
  WorkReport parseFragment(String text) {
    Objects.requireNonNull(text, "text");
    if (InputSniffer.isHtml(text)) {
      return parseHtml(text);
    }
    BoundedInput b = BoundedInput.of(text, limits);
    return ReportAssembler.assemble(
        ExtractedText.plain(b.text()), b.diagnostics(), ReportAssembler.Mode.FRAGMENT);
  }

  /**
   * Parses a string of HTML; spans index the text extracted from it, {@link WorkReport#text()}.
   *
   * @param html the page; not null
   * @throws ReportParseException if it is longer than the limit and the limit does not truncate
   */
  public WorkReport parseHtml(String html) {
    Objects.requireNonNull(html, "html");
    BoundedInput b = BoundedInput.of(html, limits);
    ExtractedText page = HtmlText.extract(b.text(), limits.maxNestingDepth());
    List<Diagnostic> early = new ArrayList<>(b.diagnostics());
    early.addAll(page.diagnostics());
    return ReportAssembler.assemble(page, early);
  }

  /**
   * Parses bytes, decoded from a byte-order mark, an HTML charset declaration or detection (UTF-8,
   * GB18030/GBK, Big5).
   *
   * @param bytes the document; not null
   * @throws ReportParseException if it is longer than the limit and the limit does not truncate
   */
  public WorkReport parse(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    byte[] in = bytes;
    if (bytes.length > limits.maxInputBytes()) {
      if (!limits.truncate()) {
        throw BoundedInput.tooLong(bytes.length + " bytes", limits.maxInputBytes() + " bytes");
      }
      in = Arrays.copyOf(bytes, (int) limits.maxInputBytes());
    }
    return parse(CharsetSniffer.decode(in).text());
  }

  /**
   * Reads a stream to its end and parses it as {@link #parse(byte[])} does; the stream is not
   * closed.
   *
   * @throws IOException if reading fails
   */
  public WorkReport parse(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxInputBytes() + 1));
    return parse(bytes);
  }

  /**
   * Reads a file and parses it as {@link #parse(byte[])} does.
   *
   * @throws IOException if the file cannot be read
   */
  public WorkReport parse(Path path) throws IOException {
    Objects.requireNonNull(path, "path");
    try (InputStream in = Files.newInputStream(path)) {
      return parse(in);
    }
  }

  /** Builds a {@link WorkReportParser}. Not thread-safe; the parser it builds is. */
  public static final class Builder {
    private ParseLimits limits = ParseLimits.DEFAULT;

    private Builder() {}

    /** Sets the input limits; default {@link ParseLimits#DEFAULT}. */
    public Builder limits(ParseLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Sets the most characters a parse reads, keeping the truncation setting. */
    public Builder maxInputLength(int maxInputLength) {
      this.limits = new ParseLimits(maxInputLength, limits.truncate(), limits.maxNestingDepth());
      return this;
    }

    /** Whether input over the limit is truncated (true) or refused (false, the default). */
    public Builder truncateOversizedInput(boolean truncate) {
      this.limits = new ParseLimits(limits.maxInputLength(), truncate, limits.maxNestingDepth());
      return this;
    }

    /**
     * Sets how deep HTML elements are built (default {@value
     * ParseLimits#DEFAULT_MAX_NESTING_DEPTH}); deeper ones are read as siblings at that depth, with
     * a {@code nesting-limit} diagnostic.
     */
    public Builder maxNestingDepth(int maxNestingDepth) {
      this.limits = new ParseLimits(limits.maxInputLength(), limits.truncate(), maxNestingDepth);
      return this;
    }

    /** Builds the parser. */
    public WorkReportParser build() {
      return new WorkReportParser(this);
    }
  }
}

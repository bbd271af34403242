package io.github.workreport.internal.parse;

import java.util.List;

/** A heading or a paragraph of the body, made of one or more lines. */
public sealed interface Block permits Block.Heading, Block.Para {

  /** The lines the block is made of. */
  List<Line> lines();

  /** Offset where the block starts. */
  default int start() {
    return lines().get(0).start();
  }

  /** Offset where the block ends. */
  default int end() {
    return lines().get(lines().size() - 1).end();
  }

  /**
   * A heading.
   *
   * @param lines the heading's lines: an optional attachment line, the heading, an optional
   *     subtitle
   * @param main the heading line itself
   * @param marker its numbering marker, or null for a bare heading
   * @param subtitle the second heading line under it, or null
   * @param glossary whether it opens the glossary block
   */
  record Heading(List<Line> lines, Line main, Marker marker, Line subtitle, boolean glossary) implements Block {
    /** Copies the lines. */
    public Heading {
      lines = List.copyOf(lines);
    }
  }

  /**
   * A paragraph.
   *
   * @param lines its lines, more than one when a stray break cut it
   * @param glossary whether it stands in the glossary block
   */
  record Para(List<Line> lines, boolean glossary) implements Block {
    /** Copies the lines. */
    public Para {
      lines = List.copyOf(lines);
    }
  }
}

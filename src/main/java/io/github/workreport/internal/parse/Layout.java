package io.github.workreport.internal.parse;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The lines of a text with the role of each.
 *
 * @param lines the non-blank lines
 * @param roles the role of each line, same order
 * @param bodyStart the index of the body's first line: the lines before it are the title block
 * @param tailStart the index of the first line of the trailing furniture, or the number of lines
 */
public record Layout(List<Line> lines, List<LineRole> roles, int bodyStart, int tailStart) {

  /** Copies the lists. */
  public Layout {
    lines = List.copyOf(lines);
    roles = List.copyOf(roles);
  }

  /** The lines of the given role, in order. */
  public List<Line> linesOf(LineRole role) {
    return IntStream.range(0, lines.size())
        .filter(i -> roles.get(i) == role)
        .mapToObj(lines::get)
        .toList();
  }
}

package io.github.workreport.internal.parse;

import io.github.workreport.internal.text.TextView;
import io.github.workreport.model.Span;
import java.util.Objects;

/** A heading or a paragraph of the body. */
public sealed interface Block permits Block.Heading, Block.Para {

  /** Where the block stands in the text. */
  Span span();

  /**
   * A heading: a heading line (with an optional attachment line before it and a subtitle line after
   * it), or a numbered unit's marker and lead sentence at the start of a paragraph.
   *
   * @param span the heading alone: marker, title and subtitle
   * @param marker its numbering marker, or null for a bare heading
   * @param number the marker as written ("（一）"), or null for a bare heading
   * @param title the heading without marker and closing punctuation; never blank
   * @param subtitle the second heading line under it, or null
   * @param glossary whether it opens the glossary block
   * @param inline whether it opens a paragraph rather than standing on a line of its own
   * @param line the view of a numbered heading line standing alone, so that a later stage can turn
   *     a marker out of sequence back into text; else null
   */
  record Heading(
      Span span,
      Marker marker,
      String number,
      String title,
      String subtitle,
      boolean glossary,
      boolean inline,
      TextView line)
      implements Block {
    /** Checks the components. */
    public Heading {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(title, "title");
      if ((marker == null) != (number == null)) {
        throw new IllegalArgumentException("a marker and its number go together");
      }
    }

    /** The numbering style, or null for a bare heading or the glossary heading. */
    public Marker.Style style() {
      return marker == null ? null : marker.style();
    }
  }

  /**
   * A paragraph.
   *
   * @param view its text, folded text and offsets; more than one piece when a stray break cut it
   * @param glossary whether it stands in the glossary block
   * @param intro whether it is what follows a numbered unit's lead sentence in the same paragraph,
   *     whose own first sentence is not a lead
   */
  record Para(TextView view, boolean glossary, boolean intro) implements Block {
    /** Checks the components. */
    public Para {
      Objects.requireNonNull(view, "view");
    }

    @Override
    public Span span() {
      return view.span();
    }
  }
}

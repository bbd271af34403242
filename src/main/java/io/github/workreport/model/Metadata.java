package io.github.workreport.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the document says about itself. Every component but {@code kind} and {@code authors} is null
 * when the document does not state it; nothing is guessed.
 *
 * @param title the document's own title, never a site name; characters spaced out for display ("政 府
 *     工 作 报 告") are given without the spaces; null when the document has none
 * @param subtitle the part of a title after "——", or null
 * @param kind what kind of document this is; never null
 * @param region the issuing government ("酒泉市肃州区"), or null
 * @param date the delivery date of a report ("2025年1月4日在…会议上"), else the publication date, or null
 * @param published the publication date of this copy when it states one ("时间：2023-01-18", "发布时间…"),
 *     usually later than a report's delivery date; never taken for {@code date} when the text gives
 *     a delivery date; null when the copy states none
 * @param source the publishing outlet as named ("酒泉日报"), or null
 * @param authors the authors of a byline, in order; empty when none
 * @param venue the meeting the report was delivered at, or null
 * @param speaker who delivered the report ("李强"), or null
 * @param speakerTitle the speaker's office ("国务院总理"), or null
 * @param year the year the report is for (its delivery year, else the year its title or date
 *     names), or null
 * @since 0.1
 */
public record Metadata(
    @Nullable String title,
    @Nullable String subtitle,
    DocumentKind kind,
    @Nullable String region,
    @Nullable LocalDate date,
    @Nullable LocalDate published,
    @Nullable String source,
    List<String> authors,
    @Nullable String venue,
    @Nullable String speaker,
    @Nullable String speakerTitle,
    @Nullable Integer year) {

  /** Validates the components. */
  public Metadata {
    Checks.optionalNonBlank(title, "title");
    Checks.optionalNonBlank(subtitle, "subtitle");
    Checks.required(kind, "kind");
    Checks.optionalNonBlank(region, "region");
    Checks.optionalNonBlank(source, "source");
    authors = Checks.list(authors, "authors");
    Checks.optionalNonBlank(venue, "venue");
    Checks.optionalNonBlank(speaker, "speaker");
    Checks.optionalNonBlank(speakerTitle, "speakerTitle");
  }

  /** Metadata that states nothing, for empty or unrecognised input. */
  public static Metadata empty() {
    return new Metadata(
        null, null, DocumentKind.OTHER, null, null, null, null, List.of(), null, null, null, null);
  }
}

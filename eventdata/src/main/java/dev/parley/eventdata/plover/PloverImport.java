package dev.parley.eventdata.plover;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.eventdata.ImportReport;
import java.util.List;
import java.util.Map;

/**
 * What {@link PloverReader} made of PLOVER records.
 *
 * @param chronicle the events and meetings, with the states, organizations and articles they
 *     refer to
 * @param report how many records were read, how many events and meetings they became, and every
 *     record not mapped with its id, line and reason
 * @param texts each article's text (the record's {@code text}), which Parley's {@link
 *     dev.parley.core.Article} does not hold; the spans of the chronicle point into these
 * @param spans every tagged span of the records' markup, located in the texts, in input order
 */
public record PloverImport(Chronicle chronicle, ImportReport report, Map<ArticleId, String> texts,
    List<MarkupSpan> spans) {
  /**
   * Checks the parts and copies the collections.
   *
   * @param chronicle the chronicle
   * @param report the report
   * @param texts the texts
   * @param spans the spans
   */
  public PloverImport {
    requireNonNull(chronicle, "chronicle");
    requireNonNull(report, "report");
    texts = Map.copyOf(texts);
    spans = List.copyOf(spans);
  }
}

package dev.parley.core;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source that is not an article: an entry in a reference work (an encyclopedia's infobox, a
 * Wikidata statement, an official register) that attests a fact, such as an official's term of
 * office (see {@link Tenure#references()}). Articles, pointed into by {@link SourceRef}, and
 * references are the two kinds of source.
 *
 * <p>A reference names the {@link #work()}, says where it was read (a {@link #url()}, a {@link
 * #file()}, or both; at least one), records in a short text what the entry {@link #says()}, and
 * when it was {@link #accessed()}: reference works change, so the day matters.
 *
 * <pre>{@code
 * Reference ref = Reference.builder()
 *     .work("Wikipedia")
 *     .url(URI.create("https://en.wikipedia.org/wiki/Mevl%C3%BCt_%C3%87avu%C5%9Fo%C4%9Flu"))
 *     .says("Minister of Foreign Affairs, 24 November 2015 – 4 June 2023")
 *     .accessed(LocalDate.of(2025, 6, 1))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Reference {
  Reference() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The reference work, such as {@code "Wikipedia"} or {@code "Wikidata"}.
   *
   * @return the work's name, non-blank
   */
  public abstract String work();

  /**
   * Where the entry was read online: an absolute URI.
   *
   * @return the URL; present unless {@link #file()} is
   */
  public abstract Optional<URI> url();

  /**
   * The file the entry was read from, such as a dictionary shipped with a data set: a path or
   * file name.
   *
   * @return the file, non-blank when present; present unless {@link #url()} is
   */
  public abstract Optional<String> file();

  /**
   * What the entry says, in a short text: the words of an infobox line or a faithful summary.
   *
   * @return the text, non-blank
   */
  public abstract String says();

  /**
   * The day the entry was read.
   *
   * @return the day
   */
  public abstract LocalDate accessed();

  @Value.Check
  void check() {
    Checks.nonBlank("Reference.work", work());
    Checks.nonBlank("Reference.says", says());
    file().ifPresent(f -> Checks.nonBlank("Reference.file", f));
    url().ifPresent(u -> Checks.check(u.isAbsolute(), "Reference.url", u.toString(),
        "must be an absolute URI"));
    Checks.check(url().isPresent() || file().isPresent(), "Reference", work(),
        "needs a url, a file or both");
  }

  /**
   * Builds {@link Reference} values; {@code work}, {@code says}, {@code accessed} and a url or a
   * file are required.
   */
  public static final class Builder extends ImmutableReference.Builder {
    Builder() {}
  }
}

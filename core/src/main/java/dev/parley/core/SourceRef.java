package dev.parley.core;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A span of an article's text that reports a claim, in the manner of GDELT's mention table.
 *
 * <p>The span is {@code [start, end)} in Unicode code points of the article's text (not UTF-16
 * units), so that offsets mean the same in Java, Python, DuckDB and JSON tools. The optional
 * {@link #excerpt()} repeats the span's text for readers without the article at hand; when
 * present it must have exactly {@code end - start} code points. {@link #resolve} reads the span
 * out of a text.
 *
 * <pre>{@code
 * SourceRef ref = SourceRef.of(ArticleId.of("moscow-times-2023-04-25"), 120, 156);
 * String said = ref.resolve(articleText);
 * }</pre>
 */
@Value.Immutable
public abstract class SourceRef {
  SourceRef() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a reference to the code points {@code [start, end)} of an article, without excerpt.
   *
   * @param article the article
   * @param start the first code point of the span, from 0
   * @param end the code point just after the span, greater than {@code start}
   * @return the reference
   * @throws NullPointerException if {@code article} is null
   * @throws IllegalArgumentException if {@code start < 0} or {@code end <= start}
   */
  public static SourceRef of(ArticleId article, int start, int end) {
    return builder().article(article).start(start).end(end).build();
  }

  /**
   * The article the span is in.
   *
   * @return the article's id
   */
  public abstract ArticleId article();

  /**
   * The first code point of the span, counted from 0.
   *
   * @return the start offset, at least 0
   */
  public abstract int start();

  /**
   * The code point just after the span.
   *
   * @return the end offset, greater than {@link #start()}
   */
  public abstract int end();

  /**
   * The span's text, where recorded.
   *
   * @return the excerpt, {@code end - start} code points long when present
   */
  public abstract Optional<String> excerpt();

  /**
   * The length of the span in code points.
   *
   * @return {@code end() - start()}
   */
  public int length() {
    return end() - start();
  }

  /**
   * Returns the span's text within {@code articleText}.
   *
   * @param articleText the full text of {@link #article()}
   * @return the code points {@code [start, end)} of the text
   * @throws NullPointerException if {@code articleText} is null
   * @throws IllegalArgumentException if the span lies beyond the end of the text
   */
  public String resolve(String articleText) {
    requireNonNull(articleText, "articleText");
    int codePoints = articleText.codePointCount(0, articleText.length());
    Checks.check(end() <= codePoints, "SourceRef.end", end(),
        "lies beyond the end of the text (" + codePoints + " code points)");
    int from = articleText.offsetByCodePoints(0, start());
    int to = articleText.offsetByCodePoints(from, length());
    return articleText.substring(from, to);
  }

  @Value.Check
  void check() {
    Checks.check(start() >= 0, "SourceRef.start", start(), "must not be negative");
    if (end() <= start()) {
      throw Checks.invalid("SourceRef.end", end(), "must be greater than start " + start());
    }
    if (excerpt().isPresent()) {
      String e = excerpt().get();
      if (e.codePointCount(0, e.length()) != length()) {
        throw Checks.invalid("SourceRef.excerpt", e,
            "must be " + length() + " code points long, as the span is");
      }
    }
  }

  /**
   * Returns {@code article[start,end)}, for example {@code moscow-times-2023-04-25[120,156)}.
   *
   * @return a short description of the span
   */
  @Override
  public String toString() {
    return article() + "[" + start() + "," + end() + ")";
  }

  /** Builds {@link SourceRef} values; {@code article}, {@code start} and {@code end} are required. */
  public static final class Builder extends ImmutableSourceRef.Builder {
    Builder() {}
  }
}

package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Something an actor said: who, when, through which channel, and how faithfully the text
 * renders it (verbatim {@linkplain StatementMode#QUOTE quote}, reporter's {@linkplain
 * StatementMode#PARAPHRASE paraphrase}, or {@linkplain StatementMode#UNRECORDED known but
 * unreported}).
 *
 * <pre>{@code
 * Statement s = Statement.builder()
 *     .id(StatementId.of("turkish-mod-on-refugee-returns-2023-04-25"))
 *     .speaker(Speaker.of(OrganizationId.of("turkiye-ministry-of-national-defence")))
 *     .date(FuzzyDate.parse("2023-04-25"))
 *     .channel(StatementChannel.OFFICIAL_STATEMENT)
 *     .mode(StatementMode.QUOTE)
 *     .text("the issue of intensifying efforts to return Syrian refugees to their lands")
 *     .meeting(MeetingId.of("moscow-defence-ministers-2023-04-25"))
 *     .addIssue(IssueId.of("syrian-refugee-return"))
 *     .addSource(source)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract non-sealed class Statement implements Entity<StatementId>, Sourced {
  Statement() {}

  /**
   * {@inheritDoc}
   *
   * @return {@link RecordKind#STATEMENT}
   */
  @Override
  public final RecordKind recordKind() {
    return RecordKind.STATEMENT;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who made the statement.
   *
   * @return the speaker
   */
  public abstract Speaker speaker();

  /**
   * When the statement was made, as precisely as known.
   *
   * @return the date
   */
  public abstract FuzzyDate date();

  /**
   * How the statement reached the public.
   *
   * @return the channel; {@link StatementChannel#UNKNOWN} by default
   */
  @Value.Default
  public StatementChannel channel() {
    return StatementChannel.UNKNOWN;
  }

  /**
   * How faithfully {@link #text()} renders what was said.
   *
   * @return the mode
   */
  public abstract StatementMode mode();

  /**
   * What was said: the words for a quote, the restatement for a paraphrase; absent exactly when
   * the mode is {@link StatementMode#UNRECORDED}.
   *
   * @return the text, non-blank when present
   */
  public abstract Optional<String> text();

  /**
   * The meeting the statement concerns, if any.
   *
   * @return the meeting's id
   */
  public abstract Optional<MeetingId> meeting();

  /**
   * The issues the statement touches, without repeats.
   *
   * @return the issues, immutable
   */
  public abstract List<IssueId> issues();

  @Value.Check
  void check() {
    if (mode() == StatementMode.UNRECORDED) {
      Checks.check(text().isEmpty(), "Statement.text", text().orElse(""),
          "must be absent when the mode is UNRECORDED");
    } else {
      if (text().isEmpty()) {
        throw Checks.invalid("Statement.text", "", "is required when the mode is " + mode());
      }
      Checks.nonBlank("Statement.text", text().get());
    }
    Checks.distinct("Statement.issues", issues());
    Checks.nonEmpty("Statement.sources", sources(), "source");
    Checks.entity("Statement", this);
  }

  /**
   * Builds {@link Statement} values; id, speaker, date, mode and a source are required, and a
   * text unless the mode is {@link StatementMode#UNRECORDED}.
   */
  public static final class Builder extends ImmutableStatement.Builder {
    Builder() {}
  }
}

package dev.parley.io.internal;

import dev.parley.core.RecordKind;
import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.OrganizationKind;
import dev.parley.core.ParticipantRole;
import dev.parley.core.PartyRef;
import dev.parley.core.PostRole;
import dev.parley.core.StancePosition;
import dev.parley.core.StateId;
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.TypedId;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ReadOptions;

/**
 * What one reader remembers of the values it reads: a {@link TextCache} per kind of text that
 * records repeat (the ids and references they share, dates, enum names, record kinds), and the
 * ids of the records most referred to. A reader of many records (a document, an NDJSON stream)
 * keeps one for all of them.
 */
public final class ReadCaches {
  final TextCache<RecordKind> kinds;
  final TextCache<StateId> stateIds;
  final TextCache<IssueId> issueIds;
  final TextCache<ArticleId> articleIds;
  final TextCache<MeetingId> meetingIds;
  final TextCache<StatementId> statementIds;
  final TextCache<ActorRef> actorRefs;
  final TextCache<PartyRef> partyRefs;
  final TextCache<FuzzyDate> dates;
  final TextCache<OrganizationKind> organizationKinds;
  final TextCache<PostRole> postRoles;
  final TextCache<ParticipantRole> participantRoles;
  final TextCache<MeetingStatus> meetingStatuses;
  final TextCache<StatementChannel> statementChannels;
  final TextCache<StatementMode> statementModes;
  final TextCache<StancePosition> stancePositions;
  /**
   * The ids of the records that others refer to most (states, officials, organizations,
   * issues, articles), whether read as a record's id or in a reference: references then share
   * their record's id, which makes checking them (and comparing ids) an identity test.
   */
  private final ValueCache<TypedId<?>> ids;

  private ReadCaches(int maxStringLength) {
    boolean enabled = maxStringLength >= 0;
    ids = new ValueCache<>(enabled);
    kinds = new TextCache<>(label -> RecordKind.fromLabel(label).orElse(null), maxStringLength);
    stateIds = new TextCache<>(t -> id(StateId.of(t)), maxStringLength);
    issueIds = new TextCache<>(t -> id(IssueId.of(t)), maxStringLength);
    articleIds = new TextCache<>(t -> id(ArticleId.of(t)), maxStringLength);
    meetingIds = new TextCache<>(MeetingId::of, maxStringLength);
    statementIds = new TextCache<>(StatementId::of, maxStringLength);
    actorRefs = new TextCache<>(t -> id(ActorRef.parse(t)), maxStringLength);
    partyRefs = new TextCache<>(t -> id(PartyRef.parse(t)), maxStringLength);
    dates = new TextCache<>(FuzzyDate::parse, maxStringLength);
    organizationKinds = enumCache(OrganizationKind.class, maxStringLength);
    postRoles = enumCache(PostRole.class, maxStringLength);
    participantRoles = enumCache(ParticipantRole.class, maxStringLength);
    meetingStatuses = enumCache(MeetingStatus.class, maxStringLength);
    statementChannels = enumCache(StatementChannel.class, maxStringLength);
    statementModes = enumCache(StatementMode.class, maxStringLength);
    stancePositions = enumCache(StancePosition.class, maxStringLength);
  }

  /**
   * The id remembered equal to {@code id} (an id or a reference, which is an id), or {@code id},
   * remembered from now on.
   */
  @SuppressWarnings("unchecked")
  <T> T id(T id) {
    return (T) ids.intern((TypedId<?>) id);
  }

  /** Caches for a reader whose parser accepts strings up to the options' limit. */
  public static ReadCaches of(ReadOptions options) {
    return new ReadCaches(options.maxStringLength());
  }

  /**
   * Caches that remember nothing, for readers of single values in users' documents (whose
   * parsers have limits of their own). Being stateless, they are shared.
   */
  public static ReadCaches none() {
    return NONE;
  }

  private static final ReadCaches NONE = new ReadCaches(-1);

  /** The constants of an enum by their names in the format; unknown names convert to null. */
  private static <E extends Enum<E>> TextCache<E> enumCache(Class<E> type, int maxStringLength) {
    return new TextCache<>(name -> RecordReader.enumConstant(type, name), maxStringLength);
  }
}

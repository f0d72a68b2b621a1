package dev.parley.io.internal;

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
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ReadOptions;

/**
 * The {@link TextCache}s of one reader, one per kind of value that records repeat: the ids and
 * references they share, dates, enum names. A reader of many records (a document, an NDJSON
 * stream) keeps one for all of them. Record ids, unique by nature, are not cached.
 */
public final class TextCaches {
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

  private TextCaches(int maxStringLength) {
    stateIds = new TextCache<>(StateId::of, maxStringLength);
    issueIds = new TextCache<>(IssueId::of, maxStringLength);
    articleIds = new TextCache<>(ArticleId::of, maxStringLength);
    meetingIds = new TextCache<>(MeetingId::of, maxStringLength);
    statementIds = new TextCache<>(StatementId::of, maxStringLength);
    actorRefs = new TextCache<>(ActorRef::parse, maxStringLength);
    partyRefs = new TextCache<>(PartyRef::parse, maxStringLength);
    dates = new TextCache<>(FuzzyDate::parse, maxStringLength);
    organizationKinds = enumCache(OrganizationKind.class, maxStringLength);
    postRoles = enumCache(PostRole.class, maxStringLength);
    participantRoles = enumCache(ParticipantRole.class, maxStringLength);
    meetingStatuses = enumCache(MeetingStatus.class, maxStringLength);
    statementChannels = enumCache(StatementChannel.class, maxStringLength);
    statementModes = enumCache(StatementMode.class, maxStringLength);
    stancePositions = enumCache(StancePosition.class, maxStringLength);
  }

  /** Caches for a reader whose parser accepts strings up to the options' limit. */
  public static TextCaches of(ReadOptions options) {
    return new TextCaches(options.maxStringLength());
  }

  /**
   * Caches that remember nothing, for readers of single values in users' documents, whose
   * parsers have limits of their own. Being stateless, they are shared.
   */
  public static TextCaches none() {
    return NONE;
  }

  private static final TextCaches NONE = new TextCaches(-1);

  /** The constants of an enum by their names in the format; unknown names convert to null. */
  private static <E extends Enum<E>> TextCache<E> enumCache(Class<E> type, int maxStringLength) {
    return new TextCache<>(name -> RecordReader.enumConstant(type, name), maxStringLength);
  }
}

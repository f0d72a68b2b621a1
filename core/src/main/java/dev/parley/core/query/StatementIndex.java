package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.Statement;
import java.util.List;

/**
 * The statements of a chronicle in chronological order, and lists of them by speaker,
 * affiliation, meeting, issue and the office of the speaker's capacity, each in chronological
 * order. Built once, in O(n log n).
 */
final class StatementIndex {
  final ImmutableList<Statement> all;
  final ImmutableListMultimap<ActorRef, Statement> bySpeaker;
  final ImmutableListMultimap<PartyRef, Statement> byAffiliation;
  final ImmutableListMultimap<MeetingId, Statement> byMeeting;
  final ImmutableListMultimap<IssueId, Statement> byIssue;
  /** By the {@link Post#office()} of the speaker's capacity, named speakers or not. */
  final ImmutableListMultimap<Post, Statement> byCapacity;

  StatementIndex(List<Statement> statements) {
    this.all = ImmutableList.sortedCopyOf(Queries.STATEMENT_ORDER, statements);
    ImmutableListMultimap.Builder<ActorRef, Statement> speakers = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<PartyRef, Statement> affiliations =
        ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<MeetingId, Statement> meetings = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<IssueId, Statement> issues = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<Post, Statement> capacities = ImmutableListMultimap.builder();
    for (Statement s : all) {
      s.speaker().actor().ifPresent(a -> speakers.put(a, s));
      s.speaker().affiliation().ifPresent(a -> affiliations.put(a, s));
      s.meeting().ifPresent(m -> meetings.put(m, s));
      s.issues().forEach(i -> issues.put(i, s));
      s.speaker().capacity().ifPresent(c -> capacities.put(c.office(), s));
    }
    this.bySpeaker = speakers.build();
    this.byAffiliation = affiliations.build();
    this.byMeeting = meetings.build();
    this.byIssue = issues.build();
    this.byCapacity = capacities.build();
  }
}

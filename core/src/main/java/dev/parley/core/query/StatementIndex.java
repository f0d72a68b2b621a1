package dev.parley.core.query;

import com.google.common.collect.ImmutableList;
import dev.parley.core.ActorRef;
import dev.parley.core.IssueId;
import dev.parley.core.MeetingId;
import dev.parley.core.PartyRef;
import dev.parley.core.Post;
import dev.parley.core.Statement;
import dev.parley.core.query.Chronology.ByKey;
import dev.parley.core.query.Chronology.Positions;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a chronicle in chronological order, and lists of them by speaker,
 * affiliation, meeting, issue and the office of the speaker's capacity, each in chronological
 * order. Built once, in O(n log n), by one pass over the statements in the chronicle's own order
 * ({@link Chronology}).
 */
final class StatementIndex {
  final ImmutableList<Statement> all;
  final ByKey<ActorRef, Statement> bySpeaker;
  final ByKey<PartyRef, Statement> byAffiliation;
  final ByKey<MeetingId, Statement> byMeeting;
  final ByKey<IssueId, Statement> byIssue;
  /** By the {@link Post#office()} of the speaker's capacity, named speakers or not. */
  final ByKey<Post, Statement> byCapacity;

  StatementIndex(List<Statement> statements) {
    Chronology<Statement> order = Chronology.of(statements, Statement::date,
        Comparator.comparing(Statement::id), new Statement[0]);
    this.all = order.all();
    Map<ActorRef, Positions> speakers = new HashMap<>();
    Map<PartyRef, Positions> affiliations = new HashMap<>();
    Map<MeetingId, Positions> meetings = new HashMap<>();
    Map<IssueId, Positions> issues = new HashMap<>();
    Map<Post, Positions> capacities = new HashMap<>();
    for (int i = 0; i < order.position.length; i++) {
      Statement s = statements.get(i);
      int at = order.position[i];
      s.speaker().actor().ifPresent(a -> Chronology.add(speakers, a, at));
      s.speaker().affiliation().ifPresent(a -> Chronology.add(affiliations, a, at));
      s.meeting().ifPresent(m -> Chronology.add(meetings, m, at));
      for (IssueId issue : s.issues()) {
        Chronology.add(issues, issue, at);
      }
      s.speaker().capacity().ifPresent(c -> Chronology.add(capacities, c.office(), at));
    }
    this.bySpeaker = order.lists(speakers);
    this.byAffiliation = order.lists(affiliations);
    this.byMeeting = order.lists(meetings);
    this.byIssue = order.lists(issues);
    this.byCapacity = order.lists(capacities);
  }
}

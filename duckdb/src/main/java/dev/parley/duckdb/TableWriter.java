package dev.parley.duckdb;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.Entity;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.Reference;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Appends records to the tables through one DuckDB appender per table: rows are buffered in
 * DuckDB's column chunks and written on {@link #close()}, not inserted one statement at a time.
 * Not thread-safe.
 */
final class TableWriter implements AutoCloseable {
  private final DuckDBConnection db;
  private final Map<Table, DuckDBAppender> appenders = new EnumMap<>(Table.class);
  private DuckDBAppender row;

  TableWriter(DuckDBConnection db) {
    this.db = db;
  }

  /** Appends the rows of one record, in every table it has rows in. */
  void write(Entity<?> record) throws SQLException {
    switch (record.recordKind()) {
      case STATE -> state((State) record);
      case ORGANIZATION -> organization((Organization) record);
      case OFFICIAL -> official((Official) record);
      case ISSUE -> issue((Issue) record);
      case ARTICLE -> article((Article) record);
      case MEETING -> meeting((Meeting) record);
      case STATEMENT -> statement((Statement) record);
      case STANCE -> stance((Stance) record);
      case EVENT -> event((Event) record);
      default -> throw new AssertionError("no table for " + record.recordKind());
    }
  }

  private void state(State s) throws SQLException {
    begin(Table.STATES).text(s.id().value()).text(s.name()).text(s.capital()).end();
  }

  private void official(Official o) throws SQLException {
    begin(Table.OFFICIALS).text(o.id().value()).text(o.name()).end();
    List<Tenure> tenures = o.tenures();
    for (int i = 0; i < tenures.size(); i++) {
      Tenure t = tenures.get(i);
      Post post = t.post();
      begin(Table.TENURES).text(o.id().value()).integer(i).text(label(post.role()))
          .text(post.party().toRefString()).text(post.title()).text(post.office().title())
          .dates(t.term()).day(t.term().certainStart()).day(t.term().certainEnd())
          .text(t.government().map(g -> g.value())).end();
      List<Reference> refs = t.references();
      for (int j = 0; j < refs.size(); j++) {
        Reference r = refs.get(j);
        begin(Table.TENURE_REFERENCES).text(o.id().value()).integer(i).integer(j)
            .text(r.work()).text(r.url().map(Object::toString)).text(r.file()).text(r.says())
            .day(r.accessed()).end();
      }
      sources("tenure", o.id().value(), i, t.sources());
    }
  }

  private void organization(Organization o) throws SQLException {
    begin(Table.ORGANIZATIONS).text(o.id().value()).text(o.name()).text(label(o.kind()))
        .text(o.state().map(s -> s.value())).dates(o.term()).end();
  }

  private void issue(Issue i) throws SQLException {
    begin(Table.ISSUES).text(i.id().value()).text(i.label()).text(i.description())
        .text(i.parent().map(IssueId::value)).end();
  }

  private void article(Article a) throws SQLException {
    begin(Table.ARTICLES).text(a.id().value()).text(a.publisher()).text(a.headline())
        .text(a.byline()).dates(a.published()).text(a.url().map(Object::toString)).end();
  }

  private void meeting(Meeting m) throws SQLException {
    String id = m.id().value();
    begin(Table.MEETINGS).text(id).text(m.title()).dates(m.date()).place(m.place())
        .text(m.host().map(ActorRef::toRefString)).text(m.framework()).text(label(m.status()))
        .text(m.format().map(TableWriter::label)).text(m.level().map(TableWriter::label)).end();
    List<Participant> participants = m.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      begin(Table.PARTICIPANTS).text(id).integer(i).text(p.actor().map(ActorRef::toRefString))
          .text(p.represents().map(ActorRef::toRefString))
          .text(p.party().map(ActorRef::toRefString)).text(label(p.role()))
          .post(p.capacity()).end();
      sources("participant", id, i, p.sources());
    }
    List<IssueId> topics = m.topics();
    for (int i = 0; i < topics.size(); i++) {
      begin(Table.MEETING_TOPICS).text(id).integer(i).text(topics.get(i).value()).end();
    }
    List<StatusChange> history = m.statusHistory();
    for (int i = 0; i < history.size(); i++) {
      StatusChange c = history.get(i);
      begin(Table.STATUS_CHANGES).text(id).integer(i).text(label(c.status()))
          .dates(c.reported()).dates(c.scheduledFor()).end();
      sources("status_change", id, i, c.sources());
    }
    sources("meeting", id, null, m.sources());
  }

  private void statement(Statement s) throws SQLException {
    String id = s.id().value();
    Speaker speaker = s.speaker();
    begin(Table.STATEMENTS).text(id).text(speaker.actor().map(ActorRef::toRefString))
        .post(speaker.capacity()).text(speaker.affiliation().map(ActorRef::toRefString))
        .text(speaker.description()).dates(s.date()).text(label(s.channel()))
        .text(label(s.mode())).text(s.text()).text(s.meeting().map(x -> x.value())).end();
    List<IssueId> issues = s.issues();
    for (int i = 0; i < issues.size(); i++) {
      begin(Table.STATEMENT_ISSUES).text(id).integer(i).text(issues.get(i).value()).end();
    }
    sources("statement", id, null, s.sources());
  }

  private void stance(Stance s) throws SQLException {
    String id = s.id().value();
    begin(Table.STANCES).text(id).text(s.holder().toRefString()).text(s.issue().value())
        .text(label(s.position())).dates(s.validity()).day(s.validity().certainStart())
        .day(s.validity().certainEnd()).bool(s.ended())
        .text(s.government().map(g -> g.value())).end();
    List<IssueId> conditions = s.conditions();
    for (int i = 0; i < conditions.size(); i++) {
      begin(Table.STANCE_CONDITIONS).text(id).integer(i).text(conditions.get(i).value()).end();
    }
    List<StatementId> evidence = s.evidence();
    for (int i = 0; i < evidence.size(); i++) {
      begin(Table.STANCE_EVIDENCE).text(id).integer(i).text(evidence.get(i).value()).end();
    }
    sources("stance", id, null, s.sources());
  }

  private void event(Event e) throws SQLException {
    String id = e.id().value();
    begin(Table.EVENTS).text(id).text(label(e.category())).text(e.mode()).dates(e.date())
        .place(e.place()).text(label(e.status()))
        .integer(e.magnitudes().map(x -> x.dead()).orElse(OptionalInt.empty()))
        .integer(e.magnitudes().map(x -> x.injured()).orElse(OptionalInt.empty()))
        .integer(e.magnitudes().map(x -> x.size()).orElse(OptionalInt.empty()))
        .text(e.description()).end();
    eventActors(id, "source", e.sourceActors());
    eventActors(id, "target", e.targetActors());
    List<String> context = e.context();
    for (int i = 0; i < context.size(); i++) {
      begin(Table.EVENT_CONTEXTS).text(id).integer(i).text(context.get(i)).end();
    }
    sources("event", id, null, e.sources());
  }

  private void eventActors(String id, String side, List<EventActor> actors)
      throws SQLException {
    for (int i = 0; i < actors.size(); i++) {
      EventActor a = actors.get(i);
      begin(Table.EVENT_ACTORS).text(id).text(side).integer(i)
          .text(a.actor().map(ActorRef::toRefString)).post(a.capacity())
          .text(a.affiliation().map(ActorRef::toRefString)).text(a.description()).end();
    }
  }

  private void sources(String kind, String id, Integer ordinal, List<SourceRef> sources)
      throws SQLException {
    for (int i = 0; i < sources.size(); i++) {
      SourceRef s = sources.get(i);
      begin(Table.SOURCES).text(kind).text(id);
      if (ordinal == null) {
        row.appendNull();
      } else {
        row.append(ordinal.intValue());
      }
      integer(i).text(s.article().value()).integer(s.start()).integer(s.end()).text(s.excerpt())
          .end();
    }
  }

  // Row building: each method appends one column of the current row.

  private TableWriter begin(Table table) throws SQLException {
    row = appenders.get(table);
    if (row == null) { // opened on first use: most chronicles leave some tables empty
      row = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table.tableName());
      appenders.put(table, row);
    }
    row.beginRow();
    return this;
  }

  private void end() throws SQLException {
    row.endRow();
  }

  private TableWriter text(String value) throws SQLException {
    if (value == null) {
      row.appendNull();
    } else {
      row.append(value);
    }
    return this;
  }

  private TableWriter text(Optional<String> value) throws SQLException {
    return text(value.orElse(null));
  }

  private TableWriter integer(int value) throws SQLException {
    row.append(value);
    return this;
  }

  private TableWriter integer(OptionalInt value) throws SQLException {
    if (value.isPresent()) {
      row.append(value.getAsInt());
    } else {
      row.appendNull();
    }
    return this;
  }

  private TableWriter bool(boolean value) throws SQLException {
    row.append(value);
    return this;
  }

  /** A DATE column: NULL for {@link LocalDate#MIN} and {@link LocalDate#MAX}, unbounded. */
  private TableWriter day(LocalDate day) throws SQLException {
    if (day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX)) {
      row.appendNull();
    } else {
      row.append(day);
    }
    return this;
  }

  /** The three columns of a date: its EDTF text, its earliest day and its latest day. */
  private TableWriter dates(FuzzyDate date) throws SQLException {
    return text(date.toString()).day(date.earliestDay()).day(date.latestDay());
  }

  private TableWriter dates(Optional<FuzzyDate> date) throws SQLException {
    if (date.isPresent()) {
      return dates(date.get());
    }
    row.appendNull();
    row.appendNull();
    row.appendNull();
    return this;
  }

  /** The three columns of a post: role, party and title. */
  private TableWriter post(Optional<Post> post) throws SQLException {
    return text(post.map(p -> label(p.role()))).text(post.map(p -> p.party().toRefString()))
        .text(post.flatMap(Post::title));
  }

  /** The three columns of a place: city, state and whether it is tentative. */
  private TableWriter place(Optional<Place> place) throws SQLException {
    text(place.flatMap(Place::city)).text(place.flatMap(Place::state).map(s -> s.value()));
    if (place.isPresent()) {
      row.append(place.get().tentative());
    } else {
      row.appendNull();
    }
    return this;
  }

  /** An enum's name in the format: lower case. */
  static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public void close() throws SQLException {
    SQLException failure = null;
    for (DuckDBAppender a : appenders.values()) {
      try {
        a.close();
      } catch (SQLException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    appenders.clear();
    if (failure != null) {
      throw failure;
    }
  }
}

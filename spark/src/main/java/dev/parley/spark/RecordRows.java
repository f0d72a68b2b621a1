package dev.parley.spark;

import dev.parley.core.ActorRef;
import dev.parley.core.Entity;
import dev.parley.core.Event;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns Parley records into table rows: one row of the parsed form per record, holding an array
 * of rows for each table ({@link Table}), with dates as epoch days.
 */
final class RecordRows {
  private RecordRows() {}

  /** Parses a partition's NDJSON lines with Parley's own reader, one parsed row per record. */
  static final class ParsePartition implements MapPartitionsFunction<String, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<String> lines) {
      Iterator<Entity<?>> records = records(lines);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public Row next() {
          return toRow(records.next());
        }
      };
    }
  }

  /**
   * The records of NDJSON lines, read by {@link NdjsonReader} as one stream; memory is bounded
   * by the longest line. A bad line throws {@link UncheckedIOException} around Parley's {@link
   * dev.parley.io.ParleyJsonException}, whose line number counts from the partition's first
   * line.
   */
  static Iterator<Entity<?>> records(Iterator<String> lines) {
    NdjsonReader reader = NdjsonReader.from(new LinesInputStream(lines));
    return new Iterator<>() {
      private Optional<Entity<?>> next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          try {
            next = reader.read();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        return next.isPresent();
      }

      @Override
      public Entity<?> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Entity<?> record = next.get();
        next = null;
        return record;
      }
    };
  }

  /** The parsed row of a record: for each {@link Table}, in order, an array of its rows. */
  static Row toRow(Entity<?> record) {
    List<List<Row>> tables = new ArrayList<>(Table.values().length);
    for (int i = 0; i < Table.values().length; i++) {
      tables.add(new ArrayList<>(2));
    }
    if (record instanceof Meeting m) {
      addMeeting(m, tables);
    } else if (record instanceof Statement s) {
      addStatement(s, tables);
    } else if (record instanceof Stance s) {
      addStance(s, tables);
    } else if (record instanceof Official o) {
      addOfficial(o, tables);
    } else if (record instanceof Event e) {
      addEvent(e, tables);
    }
    Object[] arrays = new Object[tables.size()];
    for (int i = 0; i < arrays.length; i++) {
      arrays[i] = tables.get(i).toArray(new Row[0]);
    }
    return RowFactory.create(arrays);
  }

  private static void addMeeting(Meeting m, List<List<Row>> tables) {
    FuzzyDate date = m.date();
    tables.get(Table.MEETINGS.ordinal()).add(RowFactory.create(
        m.id().value(), m.title(), date.toString(), earliest(date), latest(date),
        m.place().flatMap(Place::city).orElse(null),
        m.place().flatMap(Place::state).map(TypedId::value).orElse(null),
        m.place().map(Place::tentative).orElse(null),
        m.host().map(ActorRef::toRefString).orElse(null), m.framework().orElse(null),
        label(m.status()), m.format().map(RecordRows::label).orElse(null),
        m.level().map(RecordRows::label).orElse(null)));
    List<Participant> participants = m.participants();
    for (int i = 0; i < participants.size(); i++) {
      Participant p = participants.get(i);
      Optional<Post> capacity = p.capacity();
      tables.get(Table.PARTICIPANTS.ordinal()).add(RowFactory.create(
          m.id().value(), i, ref(p.actor()), ref(p.represents()), ref(p.party()),
          label(p.role()), capacity.map(c -> label(c.role())).orElse(null),
          capacity.map(c -> c.party().toRefString()).orElse(null),
          capacity.flatMap(Post::title).orElse(null)));
    }
    addSources("meeting", m.id(), m.sources(), tables);
  }

  private static void addStatement(Statement s, List<List<Row>> tables) {
    Speaker speaker = s.speaker();
    FuzzyDate date = s.date();
    tables.get(Table.STATEMENTS.ordinal()).add(RowFactory.create(
        s.id().value(), ref(speaker.actor()),
        speaker.capacity().map(c -> label(c.role())).orElse(null),
        speaker.capacity().map(c -> c.party().toRefString()).orElse(null),
        speaker.capacity().flatMap(Post::title).orElse(null), ref(speaker.affiliation()), speaker.description().orElse(null),
        date.toString(), earliest(date), latest(date), label(s.channel()), label(s.mode()),
        s.text().orElse(null), s.meeting().map(TypedId::value).orElse(null)));
    addSources("statement", s.id(), s.sources(), tables);
  }

  private static void addStance(Stance s, List<List<Row>> tables) {
    FuzzyDate v = s.validity();
    tables.get(Table.STANCES.ordinal()).add(RowFactory.create(
        s.id().value(), s.holder().toRefString(), s.issue().value(), label(s.position()),
        v.toString(), earliest(v), latest(v), day(v.certainStart()), day(v.certainEnd()),
        s.ended(), s.government().map(TypedId::value).orElse(null)));
    for (int i = 0; i < s.evidence().size(); i++) {
      tables.get(Table.STANCE_EVIDENCE.ordinal()).add(RowFactory.create(
          s.id().value(), i, s.evidence().get(i).value()));
    }
    addSources("stance", s.id(), s.sources(), tables);
  }

  private static void addOfficial(Official o, List<List<Row>> tables) {
    for (int i = 0; i < o.tenures().size(); i++) {
      Tenure t = o.tenures().get(i);
      FuzzyDate term = t.term();
      tables.get(Table.TENURES.ordinal()).add(RowFactory.create(
          o.id().value(), i, label(t.post().role()), t.post().party().toRefString(),
          t.post().title().orElse(null), term.toString(), earliest(term), latest(term),
          day(term.certainStart()), day(term.certainEnd()),
          t.government().map(TypedId::value).orElse(null)));
    }
  }

  private static void addEvent(Event e, List<List<Row>> tables) {
    FuzzyDate date = e.date();
    tables.get(Table.EVENTS.ordinal()).add(RowFactory.create(
        e.id().value(), label(e.category()), e.mode().orElse(null), date.toString(),
        earliest(date), latest(date), e.place().flatMap(Place::city).orElse(null),
        e.place().flatMap(Place::state).map(TypedId::value).orElse(null),
        e.place().map(Place::tentative).orElse(null), label(e.status()), e.description()));
    addSources("event", e.id(), e.sources(), tables);
  }

  private static void addSources(
      String kind, TypedId<?> id, List<SourceRef> sources, List<List<Row>> tables) {
    for (int i = 0; i < sources.size(); i++) {
      SourceRef s = sources.get(i);
      tables.get(Table.SOURCES.ordinal()).add(RowFactory.create(
          kind, id.value(), null, i, s.article().value(), s.start(), s.end(),
          s.excerpt().orElse(null)));
    }
  }

  /** {@link FuzzyDate#earliestDay()} in epoch days; null when open. */
  static Integer earliest(FuzzyDate date) {
    return day(date.earliestDay());
  }

  /** {@link FuzzyDate#latestDay()} in epoch days; null when open. */
  static Integer latest(FuzzyDate date) {
    return day(date.latestDay());
  }

  /** A day in epoch days; null for the unbounded {@link LocalDate#MIN} and {@link LocalDate#MAX}. */
  static Integer day(LocalDate day) {
    if (day.equals(LocalDate.MIN) || day.equals(LocalDate.MAX)) {
      return null;
    }
    return Math.toIntExact(day.toEpochDay());
  }

  private static String ref(Optional<? extends ActorRef> ref) {
    return ref.map(ActorRef::toRefString).orElse(null);
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** NDJSON lines as one UTF-8 stream, each line ended by {@code \n}; reads lines as it goes. */
  static final class LinesInputStream extends InputStream {
    private final Iterator<String> lines;
    private byte[] current = new byte[0];
    private int pos;

    LinesInputStream(Iterator<String> lines) {
      this.lines = lines;
    }

    private boolean fill() {
      while (pos >= current.length) {
        if (!lines.hasNext()) {
          return false;
        }
        String line = lines.next();
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        current = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, current, 0, bytes.length);
        current[bytes.length] = '\n';
        pos = 0;
      }
      return true;
    }

    @Override
    public int read() {
      return fill() ? current[pos++] & 0xff : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len && fill()) {
        int k = Math.min(len - n, current.length - pos);
        System.arraycopy(current, pos, b, off + n, k);
        pos += k;
        n += k;
      }
      return n == 0 ? -1 : n;
    }
  }
}

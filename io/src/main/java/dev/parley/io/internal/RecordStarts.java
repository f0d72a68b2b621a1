package dev.parley.io.internal;

import dev.parley.core.Entity;
import dev.parley.core.RecordKind;
import dev.parley.io.internal.Locations.Location;
import java.util.ArrayList;
import java.util.List;

/**
 * Where each record of a chronicle being read starts, so that the chronicle's violations can be
 * reported at the record concerned. Reading keeps only numbers; a {@link Location}, with its
 * path, is made for the one record a report needs.
 */
public final class RecordStarts {
  /** A record and where it starts; {@code index} is its place in a document's array, or -1. */
  private record Start(RecordKind kind, Entity<?> record, int index, int line, int column) {}

  private final List<Start> starts = new ArrayList<>();

  /** Notes a record of a document, the {@code index}-th of its kind's array. */
  public void inDocument(RecordKind kind, int index, Entity<?> record, int line, int column) {
    starts.add(new Start(kind, record, index, line, column));
  }

  /** Notes a record of an NDJSON stream, on {@code line}. */
  public void onLine(RecordKind kind, Entity<?> record, int line) {
    starts.add(new Start(kind, record, -1, line, 1));
  }

  /**
   * A lookup of where records start by kind label and id, as {@link #of(String, String)} gives,
   * for many lookups: it indexes the records once.
   */
  public java.util.function.BiFunction<String, String, Location> locator() {
    if (starts.size() < 64) {
      return this::of;
    }
    java.util.Map<String, Integer> index = new java.util.HashMap<>();
    for (int i = 0; i < starts.size(); i++) {
      Start s = starts.get(i);
      index.put(s.kind().label() + '\u0000' + s.record().id().value(), i);
    }
    return (kind, id) -> {
      Integer i = index.get(kind + '\u0000' + id);
      return i == null ? new Location(0, 0, "$") : location(starts.get(i));
    };
  }

  /**
   * Where the record of {@code kind} (its label) with {@code id} starts; of two with one id, the
   * later. {@code (0, 0, "$")} if there is none.
   */
  public Location of(String kind, String id) {
    for (int i = starts.size() - 1; i >= 0; i--) {
      Start s = starts.get(i);
      if (s.kind().label().equals(kind) && s.record().id().value().equals(id)) {
        return location(s);
      }
    }
    return new Location(0, 0, "$");
  }

  private static Location location(Start s) {
    String path = s.index() < 0 ? "$"
        : "$" + Locations.name(s.kind().plural()) + "[" + s.index() + "]";
    return new Location(s.line(), s.column(), path);
  }
}

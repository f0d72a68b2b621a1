package dev.parley.eventdata.plover;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventStatus;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Meeting;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Participant;
import dev.parley.core.ParticipantRole;
import dev.parley.core.PloverCategory;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.json.ParleyModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a chronicle's events and meetings as PLOVER JSON records, which {@link PloverReader}
 * reads back.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("events.jsonl"))) {
 *   PloverWriter.ndjson().write(chronicle, out);
 * }
 * }</pre>
 *
 * <p><b>Events</b> are written with the PLOVER fields of the 2021 manual: {@code id}, {@code
 * date} ({@code YYYY-MM-DD}; for a date that is not one day, its earliest day), {@code event}
 * (the category), {@code mode}, {@code context} (a list), {@code source} and {@code recipient}
 * (lists of actor objects with {@code code}, {@code sector} and {@code actorText}), {@code dead},
 * {@code injured} and {@code size}. An actor's code is that of its state (the actor, else its
 * affiliation, else its capacity's party), {@code IGO} or {@code NGO} for an organization (or its
 * state's code for a state body), and {@code XXX} for an actor of neither; its text is its
 * description. What an event read by {@link PloverReader} kept in its {@code plover} extension
 * is written back as it was read: the record id, the category name of an older draft ({@code
 * FIGHT}), the actor codes ({@code JAP}), sectors, {@code target} as the recipients' field name,
 * a context written as one string, and the record's other fields.
 *
 * <p>What PLOVER has no field for goes in a {@code parley} object of the record: the
 * description, the sources, the status (if not reported), the EDTF date (if not one day), the
 * place and the event's other extensions, each in Parley's JSON format; and in an actor object,
 * the exact Parley actor where its code and text would not read back as the same actor (a named
 * official, an actor known by capacity). So reading what was written gives the same events.
 *
 * <p><b>Meetings</b> are written as CONSULT records: a meeting read from a PLOVER record is
 * written back with its mode, actors and contexts as read; any other meeting with its guests as
 * sources and its hosts as recipients and mode {@code visit} when it has both, else all
 * participants as sources and no mode. A participant known only by capacity is coded by the
 * capacity's party.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PloverWriter {
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ParleyModule())
          // Numbers keep their scale ("1.50" stays 1.50), as extension values do.
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final boolean ndjson;

  private PloverWriter(boolean ndjson) {
    this.ndjson = ndjson;
  }

  /**
   * Returns a writer of one JSON array, one record per line.
   *
   * @return the writer
   */
  public static PloverWriter array() {
    return new PloverWriter(false);
  }

  /**
   * Returns a writer of NDJSON: one record per line, as the 2021 manual suggests.
   *
   * @return the writer
   */
  public static PloverWriter ndjson() {
    return new PloverWriter(true);
  }

  /**
   * Writes a chronicle's events and then its meetings, each in id order.
   *
   * @param chronicle the chronicle
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void write(Chronicle chronicle, Writer out) throws IOException {
    List<ObjectNode> records = new ArrayList<>();
    for (Event e : chronicle.events()) {
      records.add(event(e, chronicle));
    }
    for (Meeting m : chronicle.meetings()) {
      records.add(meeting(m, chronicle));
    }
    write(records, out);
  }

  /**
   * Writes events, in the order given; {@code context} supplies the organizations whose kind or
   * state an actor's code is taken from (an organization not in it is coded {@code NGO}).
   *
   * @param events the events
   * @param context a chronicle holding the organizations the events name, or {@link
   *     Chronicle#empty()}
   * @param out where to write; flushed, not closed
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  public void writeEvents(Iterable<Event> events, Chronicle context, Writer out)
      throws IOException {
    requireNonNull(context, "context");
    List<ObjectNode> records = new ArrayList<>();
    for (Event e : events) {
      records.add(event(e, context));
    }
    write(records, out);
  }

  private void write(List<ObjectNode> records, Writer out) throws IOException {
    requireNonNull(out, "out");
    try {
      if (!ndjson) {
        out.write("[\n");
      }
      for (int i = 0; i < records.size(); i++) {
        out.write(MAPPER.writeValueAsString(records.get(i)));
        out.write(!ndjson && i < records.size() - 1 ? ",\n" : "\n");
      }
      if (!ndjson) {
        out.write("]\n");
      }
      out.flush();
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write PLOVER records", e));
    }
  }

  private static Map<String, ExtensionValue> kept(Map<String, ExtensionValue> extensions) {
    ExtensionValue v = extensions.get(Fields.PLOVER);
    return v instanceof ExtensionValue.MapValue ? ((ExtensionValue.MapValue) v).values()
        : Map.of();
  }

  private static Optional<String> string(Map<String, ExtensionValue> m, String key) {
    ExtensionValue v = m.get(key);
    return v instanceof ExtensionValue.StringValue
        ? Optional.of(((ExtensionValue.StringValue) v).value()) : Optional.empty();
  }

  private static boolean flag(Map<String, ExtensionValue> m, String key) {
    ExtensionValue v = m.get(key);
    return v instanceof ExtensionValue.BooleanValue && ((ExtensionValue.BooleanValue) v).value();
  }

  private static List<Map<String, ExtensionValue>> list(Map<String, ExtensionValue> m,
      String key, int size) {
    ExtensionValue v = m.get(key);
    List<Map<String, ExtensionValue>> out = new ArrayList<>();
    if (v instanceof ExtensionValue.ListValue
        && ((ExtensionValue.ListValue) v).values().size() == size) {
      for (ExtensionValue e : ((ExtensionValue.ListValue) v).values()) {
        out.add(e instanceof ExtensionValue.MapValue ? ((ExtensionValue.MapValue) e).values()
            : Map.of());
      }
      return out;
    }
    for (int i = 0; i < size; i++) {
      out.add(Map.of());
    }
    return out;
  }

  private static ObjectNode event(Event e, Chronicle chronicle) {
    Map<String, ExtensionValue> kept = kept(e.extensions());
    ObjectNode r = MAPPER.createObjectNode();
    ObjectNode parley = MAPPER.createObjectNode();
    r.put("id", string(kept, Fields.ID).orElse(e.id().value()));
    date(r, parley, e.date());
    Optional<PloverCategoryName> old = string(kept, Fields.EVENT)
        .flatMap(PloverCategoryName::resolve).filter(n -> n.category() == e.category());
    r.put("event", old.map(PloverCategoryName::name).orElse(e.category().name()));
    boolean implied = old.isPresent() && flag(kept, Fields.IMPLIED_MODE)
        && old.get().impliedMode().equals(e.mode());
    if (e.mode().isPresent() && !implied) {
      r.put("mode", e.mode().get());
    }
    context(r, e.context(), flag(kept, Fields.CONTEXT_AS_TEXT));
    Function<OrganizationId, Optional<Organization>> orgs = chronicle::organization;
    r.set("source", actors(e.sourceActors(), list(kept, Fields.SOURCE, e.sourceActors().size()),
        orgs));
    String targetField = string(kept, Fields.TARGET_FIELD).orElse(Fields.RECIPIENT);
    if (!e.targetActors().isEmpty()) {
      r.set(targetField, actors(e.targetActors(),
          list(kept, Fields.TARGET, e.targetActors().size()), orgs));
    } else if (kept.containsKey(Fields.TARGET_FIELD)) {
      r.putNull(targetField);
    }
    e.magnitudes().ifPresent(m -> {
      magnitude(r, "dead", m.dead(), flag(kept, "deadAsText"));
      magnitude(r, "injured", m.injured(), flag(kept, "injuredAsText"));
      magnitude(r, "size", m.size(), flag(kept, "sizeAsText"));
    });
    record(r, kept);
    parley.put("kind", "event");
    parley.put("description", e.description());
    parley.set("sources", MAPPER.valueToTree(e.sources()));
    if (e.status() != EventStatus.REPORTED) {
      parley.set("status", MAPPER.valueToTree(e.status()));
    }
    e.place().ifPresent(p -> parley.set("place", MAPPER.valueToTree(p)));
    Map<String, ExtensionValue> others = new LinkedHashMap<>(e.extensions());
    others.remove(Fields.PLOVER);
    if (!others.isEmpty()) {
      parley.set("extensions", MAPPER.valueToTree(others));
    }
    r.set(Fields.PARLEY, parley);
    return r;
  }

  /**
   * Writes a one-day date as PLOVER's {@code date}; any other as its earliest (else latest) day
   * of years 1 to 9999, where it has one, with the EDTF date in the {@code parley} object.
   */
  private static void date(ObjectNode r, ObjectNode parley, FuzzyDate date) {
    String edtf = date.toString();
    if (DAY.matcher(edtf).matches()) {
      r.put("date", edtf);
      return;
    }
    for (LocalDate day : List.of(date.earliest(), date.latest())) {
      if (day.getYear() >= 1 && day.getYear() <= 9999) {
        r.put("date", day.toString());
        break;
      }
    }
    parley.put("date", edtf);
  }

  private static void context(ObjectNode r, List<String> context, boolean asText) {
    if (context.isEmpty()) {
      return;
    }
    if (asText) {
      r.put("context", String.join(", ", context));
    } else {
      ArrayNode a = r.putArray("context");
      context.forEach(a::add);
    }
  }

  private static void magnitude(ObjectNode r, String field, java.util.OptionalInt value,
      boolean asText) {
    if (value.isPresent()) {
      if (asText) {
        r.put(field, Integer.toString(value.getAsInt()));
      } else {
        r.put(field, value.getAsInt());
      }
    }
  }

  private static void record(ObjectNode r, Map<String, ExtensionValue> kept) {
    ExtensionValue record = kept.get(Fields.RECORD);
    if (record instanceof ExtensionValue.MapValue) {
      for (Map.Entry<String, ExtensionValue> f
          : ((ExtensionValue.MapValue) record).values().entrySet()) {
        if (!r.has(f.getKey())) {
          r.set(f.getKey(), MAPPER.valueToTree(f.getValue()));
        }
      }
    }
  }

  private static ArrayNode actors(List<EventActor> actors, List<Map<String, ExtensionValue>> kept,
      Function<OrganizationId, Optional<Organization>> orgs) {
    ArrayNode out = MAPPER.createArrayNode();
    for (int i = 0; i < actors.size(); i++) {
      EventActor a = actors.get(i);
      Map<String, ExtensionValue> k = kept.get(i);
      ObjectNode o = out.addObject();
      Optional<String> keptCode = string(k, Fields.CODE).filter(c -> ActorMapping.fits(c, a));
      String code = keptCode.orElse(ActorMapping.code(a, orgs));
      String text = a.description().orElse(null);
      Optional<String> sector = string(k, Fields.SECTOR);
      Optional<String> keptText = string(k, Fields.ACTOR_TEXT)
          .filter(t -> text != null && t.strip().equals(text));
      if (text != null) {
        o.put(Fields.ACTOR_TEXT, keptText.orElse(text));
      }
      o.put(Fields.CODE, code);
      sector.ifPresent(s -> o.put(Fields.SECTOR, s));
      for (Map.Entry<String, ExtensionValue> f : k.entrySet()) {
        if (!o.has(f.getKey())) {
          o.set(f.getKey(), MAPPER.valueToTree(f.getValue()));
        }
      }
      if (!ActorMapping.derive(code, text, sector.orElse(null)).actor().equals(a)) {
        o.set(Fields.PARLEY, MAPPER.valueToTree(a));
      }
    }
    return out;
  }

  private static ObjectNode meeting(Meeting m, Chronicle chronicle) {
    Map<String, ExtensionValue> kept = kept(m.extensions());
    ObjectNode r = MAPPER.createObjectNode();
    ObjectNode parley = MAPPER.createObjectNode();
    r.put("id", string(kept, Fields.ID).orElse(m.id().value()));
    date(r, parley, m.date());
    r.put("event", PloverCategory.CONSULT.name());
    List<EventActor> sources = new ArrayList<>();
    List<EventActor> targets = new ArrayList<>();
    boolean hosts = m.participants().stream().anyMatch(p -> p.role() == ParticipantRole.HOST);
    boolean guests = m.participants().stream().anyMatch(p -> p.role() == ParticipantRole.GUEST);
    Optional<String> keptMode = string(kept, Fields.MODE);
    boolean hostMode = keptMode.equals(Optional.of("host"));
    for (Participant p : m.participants()) {
      EventActor a = participant(p);
      boolean target = hostMode ? p.role() == ParticipantRole.GUEST
          : hosts && guests && p.role() == ParticipantRole.HOST;
      (target ? targets : sources).add(a);
    }
    Optional<String> mode = keptMode.isPresent() ? keptMode
        : hosts && guests ? Optional.of("visit") : Optional.empty();
    mode.ifPresent(x -> r.put("mode", x));
    List<String> context = new ArrayList<>();
    ExtensionValue c = kept.get(Fields.CONTEXT);
    if (c instanceof ExtensionValue.ListValue) {
      for (ExtensionValue v : ((ExtensionValue.ListValue) c).values()) {
        if (v instanceof ExtensionValue.StringValue) {
          context.add(((ExtensionValue.StringValue) v).value());
        }
      }
    }
    context(r, context, flag(kept, Fields.CONTEXT_AS_TEXT));
    Function<OrganizationId, Optional<Organization>> orgs = chronicle::organization;
    List<Map<String, ExtensionValue>> keptSources = list(kept, Fields.SOURCE, sources.size());
    List<Map<String, ExtensionValue>> keptTargets = list(kept, Fields.TARGET, targets.size());
    r.set("source", meetingActors(sources, keptSources, orgs));
    String targetField = string(kept, Fields.TARGET_FIELD).orElse(Fields.RECIPIENT);
    if (!targets.isEmpty()) {
      r.set(targetField, meetingActors(targets, keptTargets, orgs));
    } else if (kept.containsKey(Fields.TARGET_FIELD)) {
      r.putNull(targetField);
    }
    record(r, kept);
    parley.put("kind", "meeting");
    parley.put("title", m.title());
    parley.set("sources", MAPPER.valueToTree(m.sources()));
    r.set(Fields.PARLEY, parley);
    return r;
  }

  /** A meeting's actors: the text and sector as read, where the meeting kept them. */
  private static ArrayNode meetingActors(List<EventActor> actors,
      List<Map<String, ExtensionValue>> kept,
      Function<OrganizationId, Optional<Organization>> orgs) {
    ArrayNode out = MAPPER.createArrayNode();
    for (int i = 0; i < actors.size(); i++) {
      EventActor a = actors.get(i);
      Map<String, ExtensionValue> k = kept.get(i);
      ObjectNode o = out.addObject();
      string(k, Fields.ACTOR_TEXT).ifPresent(t -> o.put(Fields.ACTOR_TEXT, t));
      o.put(Fields.CODE, string(k, Fields.CODE).filter(x -> ActorMapping.fits(x, a))
          .orElse(ActorMapping.code(a, orgs)));
      string(k, Fields.SECTOR).ifPresent(s -> o.put(Fields.SECTOR, s));
      for (Map.Entry<String, ExtensionValue> f : k.entrySet()) {
        if (!o.has(f.getKey())) {
          o.set(f.getKey(), MAPPER.valueToTree(f.getValue()));
        }
      }
    }
    return out;
  }

  private static EventActor participant(Participant p) {
    EventActor.Builder b = EventActor.builder();
    p.actor().ifPresent(b::actor);
    p.capacity().ifPresent(b::capacity);
    p.represents().ifPresent(b::affiliation);
    return b.build();
  }

  /** For tests: the record a single event becomes. */
  static JsonNode record(Event e) {
    return event(e, Chronicle.empty());
  }
}

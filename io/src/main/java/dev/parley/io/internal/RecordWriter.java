package dev.parley.io.internal;

import dev.parley.core.Article;
import dev.parley.core.Entity;
import dev.parley.core.RecordKind;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;

/**
 * Writes Parley values in the canonical form of the format: a fixed key order per type, absent
 * optional values and empty lists left out, extensions last with their keys sorted, dates as
 * EDTF text, enums as lower-case names, ids as their text and actor references as {@code
 * kind:id}. Writing equal values always gives the same bytes.
 */
public final class RecordWriter {
  private RecordWriter() {}

  /** Writes a record as an object, with its {@code kind} first when {@code withKind}. */
  public static void record(JsonGenerator g, Entity<?> record, boolean withKind) {
    g.writeStartObject();
    if (withKind) {
      g.writeStringProperty("kind", record.recordKind().label());
    }
    switch (record.recordKind()) {
      case STATE:
        state(g, (State) record);
        break;
      case ORGANIZATION:
        organization(g, (Organization) record);
        break;
      case OFFICIAL:
        official(g, (Official) record);
        break;
      case ISSUE:
        issue(g, (Issue) record);
        break;
      case ARTICLE:
        article(g, (Article) record);
        break;
      case MEETING:
        meeting(g, (Meeting) record);
        break;
      case STATEMENT:
        statement(g, (Statement) record);
        break;
      case STANCE:
        stance(g, (Stance) record);
        break;
    }
    extensions(g, record.extensions());
    g.writeEndObject();
  }

  private static void state(JsonGenerator g, State s) {
    id(g, s.id());
    g.writeStringProperty("name", s.name());
    strings(g, "otherNames", s.otherNames());
    optional(g, "capital", s.capital());
    identifiers(g, "identifiers", s.identifiers());
  }

  private static void organization(JsonGenerator g, Organization o) {
    id(g, o.id());
    g.writeStringProperty("name", o.name());
    strings(g, "otherNames", o.otherNames());
    g.writeStringProperty("organizationKind", name(o.kind()));
    o.state().ifPresent(s -> g.writeStringProperty("state", s.value()));
    identifiers(g, "identifiers", o.identifiers());
  }

  private static void official(JsonGenerator g, Official o) {
    id(g, o.id());
    g.writeStringProperty("name", o.name());
    strings(g, "otherNames", o.otherNames());
    identifiers(g, "identifiers", o.identifiers());
    if (!o.tenures().isEmpty()) {
      g.writeArrayPropertyStart("tenures");
      for (Tenure t : o.tenures()) {
        g.writeStartObject();
        g.writeName("post");
        post(g, t.post());
        g.writeStringProperty("term", t.term().toString());
        sources(g, t.sources());
        identifiers(g, "references", t.references());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
  }

  /** Writes a post as an object. */
  public static void post(JsonGenerator g, Post p) {
    g.writeStartObject();
    g.writeStringProperty("role", name(p.role()));
    g.writeStringProperty("party", p.party().toRefString());
    optional(g, "title", p.title());
    g.writeEndObject();
  }

  private static void issue(JsonGenerator g, Issue i) {
    id(g, i.id());
    g.writeStringProperty("label", i.label());
    optional(g, "description", i.description());
    i.parent().ifPresent(p -> g.writeStringProperty("parent", p.value()));
  }

  private static void article(JsonGenerator g, Article a) {
    id(g, a.id());
    optional(g, "publisher", a.publisher());
    optional(g, "headline", a.headline());
    optional(g, "byline", a.byline());
    a.published().ifPresent(d -> g.writeStringProperty("published", d.toString()));
    a.url().ifPresent(u -> g.writeStringProperty("url", u.toString()));
  }

  private static void meeting(JsonGenerator g, Meeting m) {
    id(g, m.id());
    g.writeStringProperty("title", m.title());
    g.writeStringProperty("date", m.date().toString());
    if (m.place().isPresent()) {
      g.writeName("place");
      place(g, m.place().get());
    }
    m.host().ifPresent(h -> g.writeStringProperty("host", h.toRefString()));
    optional(g, "framework", m.framework());
    g.writeArrayPropertyStart("participants");
    for (Participant p : m.participants()) {
      participant(g, p);
    }
    g.writeEndArray();
    ids(g, "topics", m.topics());
    g.writeArrayPropertyStart("statusHistory");
    for (StatusChange c : m.statusHistory()) {
      statusChange(g, c);
    }
    g.writeEndArray();
    sources(g, m.sources());
  }

  /** Writes a place as an object. */
  public static void place(JsonGenerator g, Place p) {
    g.writeStartObject();
    optional(g, "city", p.city());
    p.state().ifPresent(s -> g.writeStringProperty("state", s.value()));
    if (p.tentative()) {
      g.writeBooleanProperty("tentative", true);
    }
    g.writeEndObject();
  }

  /** Writes a participant as an object. */
  public static void participant(JsonGenerator g, Participant p) {
    g.writeStartObject();
    p.actor().ifPresent(a -> g.writeStringProperty("actor", a.toRefString()));
    p.represents().ifPresent(r -> g.writeStringProperty("represents", r.toRefString()));
    g.writeStringProperty("role", name(p.role()));
    if (p.capacity().isPresent()) {
      g.writeName("capacity");
      post(g, p.capacity().get());
    }
    g.writeEndObject();
  }

  /** Writes a status change as an object. */
  public static void statusChange(JsonGenerator g, StatusChange c) {
    g.writeStartObject();
    g.writeStringProperty("status", name(c.status()));
    g.writeStringProperty("reported", c.reported().toString());
    c.scheduledFor().ifPresent(d -> g.writeStringProperty("scheduledFor", d.toString()));
    sources(g, c.sources());
    g.writeEndObject();
  }

  private static void statement(JsonGenerator g, Statement s) {
    id(g, s.id());
    g.writeName("speaker");
    speaker(g, s.speaker());
    g.writeStringProperty("date", s.date().toString());
    g.writeStringProperty("channel", name(s.channel()));
    g.writeStringProperty("mode", name(s.mode()));
    optional(g, "text", s.text());
    s.meeting().ifPresent(m -> g.writeStringProperty("meeting", m.value()));
    ids(g, "issues", s.issues());
    sources(g, s.sources());
  }

  /** Writes a speaker as an object. */
  public static void speaker(JsonGenerator g, Speaker s) {
    g.writeStartObject();
    s.actor().ifPresent(a -> g.writeStringProperty("actor", a.toRefString()));
    s.affiliation().ifPresent(a -> g.writeStringProperty("affiliation", a.toRefString()));
    optional(g, "description", s.description());
    g.writeEndObject();
  }

  private static void stance(JsonGenerator g, Stance s) {
    id(g, s.id());
    g.writeStringProperty("holder", s.holder().toRefString());
    g.writeStringProperty("issue", s.issue().value());
    g.writeStringProperty("position", name(s.position()));
    ids(g, "conditions", s.conditions());
    g.writeStringProperty("validity", s.validity().toString());
    ids(g, "evidence", s.evidence());
    sources(g, s.sources());
  }

  private static void sources(JsonGenerator g, List<SourceRef> sources) {
    if (sources.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("sources");
    for (SourceRef s : sources) {
      sourceRef(g, s);
    }
    g.writeEndArray();
  }

  /** Writes a source reference as an object. */
  public static void sourceRef(JsonGenerator g, SourceRef s) {
    g.writeStartObject();
    g.writeStringProperty("article", s.article().value());
    g.writeNumberProperty("start", s.start());
    g.writeNumberProperty("end", s.end());
    optional(g, "excerpt", s.excerpt());
    g.writeEndObject();
  }

  private static void id(JsonGenerator g, TypedId<?> id) {
    g.writeStringProperty("id", id.value());
  }

  private static void ids(JsonGenerator g, String name, List<? extends TypedId<?>> ids) {
    if (ids.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    for (TypedId<?> id : ids) {
      g.writeString(id.value());
    }
    g.writeEndArray();
  }

  private static void identifiers(JsonGenerator g, String name, List<Identifier> identifiers) {
    if (identifiers.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    for (Identifier i : identifiers) {
      g.writeString(i.toString());
    }
    g.writeEndArray();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    if (values.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    value.ifPresent(v -> g.writeStringProperty(name, v));
  }

  private static void extensions(JsonGenerator g, Map<String, ExtensionValue> extensions) {
    if (extensions.isEmpty()) {
      return;
    }
    g.writeName("extensions");
    extensionMap(g, extensions);
  }

  /** Writes an extension value as the JSON value it stands for; map keys sorted. */
  public static void extensionValue(JsonGenerator g, ExtensionValue v) {
    if (v instanceof ExtensionValue.StringValue) {
      g.writeString(((ExtensionValue.StringValue) v).value());
    } else if (v instanceof ExtensionValue.NumberValue) {
      g.writeNumber(((ExtensionValue.NumberValue) v).value());
    } else if (v instanceof ExtensionValue.BooleanValue) {
      g.writeBoolean(((ExtensionValue.BooleanValue) v).value());
    } else if (v instanceof ExtensionValue.ListValue) {
      g.writeStartArray();
      for (ExtensionValue e : ((ExtensionValue.ListValue) v).values()) {
        extensionValue(g, e);
      }
      g.writeEndArray();
    } else if (v instanceof ExtensionValue.MapValue) {
      extensionMap(g, ((ExtensionValue.MapValue) v).values());
    } else {
      g.writeNull();
    }
  }

  private static void extensionMap(JsonGenerator g, Map<String, ExtensionValue> values) {
    g.writeStartObject();
    for (Map.Entry<String, ExtensionValue> e : new TreeMap<>(values).entrySet()) {
      g.writeName(e.getKey());
      extensionValue(g, e.getValue());
    }
    g.writeEndObject();
  }

  /** Each enum's names in the format, by ordinal. */
  private static final ClassValue<String[]> NAMES = new ClassValue<>() {
    @Override
    protected String[] computeValue(Class<?> type) {
      Object[] constants = type.getEnumConstants();
      String[] names = new String[constants.length];
      for (int i = 0; i < constants.length; i++) {
        names[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
      }
      return names;
    }
  };

  /** An enum constant's name in the format: its Java name in lower case. */
  public static String name(Enum<?> value) {
    return NAMES.get(value.getDeclaringClass())[value.ordinal()];
  }
}

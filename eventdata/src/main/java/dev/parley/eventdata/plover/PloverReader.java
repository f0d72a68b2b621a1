package dev.parley.eventdata.plover;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Event;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.EventStatus;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Magnitudes;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.Participant;
import dev.parley.core.ParticipantRole;
import dev.parley.core.PartyRef;
import dev.parley.core.Place;
import dev.parley.core.PloverCategory;
import dev.parley.core.SourceRef;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.StatusChange;
import dev.parley.core.time.FuzzyDate;
import dev.parley.eventdata.ImportReport;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.json.ParleyModule;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads PLOVER JSON records into a {@link Chronicle}: each record becomes an {@link Event}, or a
 * {@link Meeting} where a CONSULT record describes one, with its actors, an {@link Article} for
 * its text and the spans of its markup.
 *
 * <pre>{@code
 * PloverImport in = PloverReader.lenient().read(Path.of("PLOVER_GSR_CAMEO.json"));
 * in.chronicle().events();        // the events
 * in.report().summary();          // "216 records: 190 events, 7 meetings, 19 skipped"
 * in.report().skipped();          // each with record id, line and reason
 * }</pre>
 *
 * <p><b>Input.</b> Either a JSON array of record objects, or NDJSON (one record object per
 * line, blank lines allowed); the first character that is not white space tells which ({@code
 * [} or <code>{</code>). Field names are those of the gold standard records and of the 2021
 * manual: {@code id}, {@code date}, {@code event} (a category name or a list of them), {@code
 * mode}, {@code context} (a list, or one string of comma-separated names), {@code source} and
 * {@code target} or {@code recipient} (lists of actor objects with {@code code}, {@code sector},
 * {@code actorText}), {@code dead}, {@code injured}, {@code size} (numbers or numeric strings),
 * {@code text}, {@code textInfo.markup}, {@code publication}. Every other field of a record is
 * kept in the event's (or meeting's) {@code plover} extension, with the record id, the actors'
 * codes and sectors, and the category name where it is an older draft's, so that {@link
 * PloverWriter} writes them back.
 *
 * <p><b>Mapping.</b>
 * <ul>
 *   <li>Category names resolve as {@link PloverCategoryName} says ({@code FIGHT} is ASSAULT,
 *       {@code DISAPPROVE} is ACCUSE with mode {@code disapprove}). A record listing several
 *       categories becomes one event per category, with ids suffixed by the category.
 *   <li>Actors map as {@link ActorCodes} says: a state code without a sector is the state
 *       itself ({@code EventActor} with the state as actor), with a sector an actor of that state
 *       (the state as affiliation); the actor text is the description; the sector is kept in the
 *       {@code plover} extension, as Parley's event actors have no sector.
 *   <li>A CONSULT record whose mode is {@code visit}, {@code host}, {@code third-party}, {@code
 *       multilateral} or absent, and whose actors are all states or organizations, becomes a held
 *       {@link Meeting}: with mode visit the sources are guests and the recipients hosts, with
 *       mode host (as the gold standard records use it) the other way round, otherwise all are
 *       members. Other CONSULT records (by {@code phone}, or with described actors) are events.
 *   <li>The record's text becomes an article (id from the record id); the markup's spans are
 *       located in the text (see {@link MarkupSpan}); the {@code EVT} spans are the event's
 *       sources, or the whole text where the markup tags no event words.
 *   <li>A missing or null recipient means none: the manual makes the recipient optional for most
 *       categories, and Parley's events allow none. (The manual says COOPERATE, AID and SANCTION
 *       require one; such records are read all the same, as Parley cannot tell a recipient the
 *       coder left out from one there was not.)
 *   <li>A record written by {@link PloverWriter} carries a {@code parley} object with what PLOVER
 *       has no field for (an EDTF date, status, description, place, sources, extensions, and, on
 *       an actor, the exact Parley actor); where present it is used. Its {@code kind}, {@code
 *       event} or {@code meeting}, says which the record was written from: a CONSULT record of
 *       kind event stays an event.
 * </ul>
 *
 * <p><b>Records not mapped</b> are reported with their id, line and reason: the {@code DOCUMENT}
 * record, an unknown category, no id or date, a recipient that is {@code ""} or not a list, an
 * actor without a three-letter code, a markup that does not match the text, a record without
 * text (Parley sources every event to an article). A record whose id repeats an earlier
 * record's is read, with {@code -2} (or the next free number) added to its Parley ids and its
 * own id kept for writing back; the report counts such records. In {@linkplain #lenient()
 * lenient} mode they are listed in the {@link ImportReport} and reading goes on; in {@linkplain
 * #strict() strict} mode the first one throws. Input that is not JSON, or whose top level is
 * neither an array nor objects, is refused in both modes; a line of NDJSON that is not JSON is a
 * skipped record in lenient mode.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class PloverReader {
  private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
  private static final Pattern PLOVER_NAME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
  private static final Set<String> MEETING_MODES =
      Set.of("visit", "host", "third-party", "multilateral");
  private static final Set<String> MODELLED = Set.of("id", "date", "event", "mode", "context",
      "source", "target", "recipient", "dead", "injured", "size", "text", "publication",
      Fields.PARLEY);

  private static final JsonMapper MAPPER =
      JsonMapper.builder().addModule(new ParleyModule())
          // Numbers keep their scale ("1.50" stays 1.50), as extension values do.
          .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private final boolean strict;
  private final Chronicle base;

  private PloverReader(boolean strict, Chronicle base) {
    this.strict = strict;
    this.base = base;
  }

  /**
   * Returns a reader that reports each record it cannot map and goes on.
   *
   * @return a lenient reader
   */
  public static PloverReader lenient() {
    return new PloverReader(false, Chronicle.empty());
  }

  /**
   * Returns a reader that throws on the first record it cannot map.
   *
   * @return a strict reader
   */
  public static PloverReader strict() {
    return new PloverReader(true, Chronicle.empty());
  }

  /**
   * Returns a reader like this one that resolves actors and articles against a chronicle the
   * user already holds: the base's states, officials, organizations and articles are in every
   * chronicle read, so that records naming them (as those {@link PloverWriter} writes from the
   * base do) read into a valid chronicle; states and organizations the records name that the
   * base lacks are added.
   *
   * @param base the chronicle whose actors and articles records may name
   * @return a reader with that base
   * @throws NullPointerException if {@code base} is null
   */
  public PloverReader withBase(Chronicle base) {
    return new PloverReader(strict, requireNonNull(base, "base"));
  }

  /** {@return whether this reader throws on the first record it cannot map} */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads a file of PLOVER records, in UTF-8.
   *
   * @param file a JSON array of records or NDJSON
   * @return the chronicle, the report, the texts and the spans
   * @throws ParleyJsonException if the input is not JSON, or its top level is neither an array
   *     nor objects, or (strict mode) a record cannot be mapped: with line, path and reason
   *     naming the record id; or if records name, in their {@code parley} objects, actors or
   *     articles that neither they nor the {@linkplain #withBase base} hold
   * @throws IOException if the file cannot be read
   */
  public PloverImport read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads PLOVER records from a reader, which is read to its end and left open.
   *
   * @param in a JSON array of records or NDJSON
   * @return the chronicle, the report, the texts and the spans
   * @throws ParleyJsonException as {@link #read(Path)}
   * @throws IOException if the reader fails
   */
  public PloverImport read(Reader in) throws IOException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
      sb.append(buf, 0, n);
    }
    return read(sb.toString());
  }

  /**
   * Reads PLOVER records from a string.
   *
   * @param json a JSON array of records or NDJSON
   * @return the chronicle, the report, the texts and the spans
   * @throws ParleyJsonException as {@link #read(Path)}
   */
  public PloverImport read(String json) throws ParleyJsonException {
    Run run = new Run();
    int at = 0;
    while (at < json.length() && (Character.isWhitespace(json.charAt(at))
        || json.charAt(at) == '\uFEFF')) {
      at++;
    }
    if (at == json.length()) {
      return run.finish();
    }
    char first = json.charAt(at);
    if (first == '[') {
      readArray(json, run);
    } else if (first == '{') {
      readLines(json, run);
    } else {
      int line = (int) json.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
      throw new ParleyJsonException("not PLOVER records: expected a JSON array ('[') or NDJSON"
          + " objects ('{'), found '" + first + "'", line, 0, "$", null);
    }
    return run.finish();
  }

  private void readArray(String json, Run run) throws ParleyJsonException {
    int index = 0;
    try (JsonParser p = MAPPER.createParser(json)) {
      p.nextToken();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        if (t == null) {
          throw new ParleyJsonException("the array of records is not closed", 0, 0, "$", null);
        }
        int line = p.currentTokenLocation().getLineNr();
        String path = "$[" + index + "]";
        if (t == JsonToken.START_OBJECT) {
          JsonNode node = p.readValueAsTree();
          run.record(node, line, path);
        } else {
          p.skipChildren();
          run.read();
          run.problem(null, line, path, "element " + index + " is " + describe(t)
              + ", not a record object");
        }
        index++;
      }
      if (p.nextToken() != null) {
        TokenLocationHolder l = new TokenLocationHolder(p);
        throw new ParleyJsonException("content after the array of records", l.line, l.column,
            "$", null);
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
      throw new ParleyJsonException("not valid JSON (after " + index + " records): "
          + e.getOriginalMessage(), line, column, "$[" + index + "]", e);
    }
  }

  /** Where a parser is, read once. */
  private static final class TokenLocationHolder {
    final int line;
    final int column;

    TokenLocationHolder(JsonParser p) {
      this.line = p.currentTokenLocation().getLineNr();
      this.column = p.currentTokenLocation().getColumnNr();
    }
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_ARRAY: return "a list";
      case VALUE_STRING: return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE: return "a boolean";
      case VALUE_NULL: return "null";
      default: return t.toString();
    }
  }

  private void readLines(String json, Run run) throws ParleyJsonException {
    String[] lines = json.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank()) {
        continue;
      }
      int number = i + 1;
      String path = "$";
      JsonNode node;
      try {
        node = MAPPER.readTree(line);
      } catch (JacksonException e) {
        run.read();
        run.problem(null, number, path, "not valid JSON: " + e.getOriginalMessage());
        continue;
      }
      if (!node.isObject()) {
        run.read();
        run.problem(null, number, path, "line " + number + " is " + kind(node)
            + ", not a record object");
        continue;
      }
      run.record(node, number, path);
    }
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "missing";
    }
    if (n.isNull()) {
      return "null";
    }
    if (n.isString()) {
      return "the string '" + n.stringValue() + "'";
    }
    if (n.isNumber()) {
      return "the number " + n;
    }
    if (n.isBoolean()) {
      return "a boolean";
    }
    if (n.isArray()) {
      return "a list";
    }
    return "an object";
  }

  /** A record that cannot be mapped; its message is the reason. */
  private static final class Unmappable extends Exception {
    private static final long serialVersionUID = 1L;

    Unmappable(String reason) {
      super(reason, null, false, false);
    }
  }

  /** One actor of a record, resolved. */
  private record Actor(EventActor actor, Optional<PartyRef> party, Map<String, ExtensionValue> kept,
      String text, String code, Optional<String> rawText) {}

  /** The state of one read. */
  private final class Run {
    final ImportReport.Builder report = ImportReport.builder("records");
    final ChronicleAssembler assembler = ChronicleAssembler.create();
    final Map<StateId, State> states = new LinkedHashMap<>();
    final Map<OrganizationId, Organization> organizations = new LinkedHashMap<>();
    final Map<ArticleId, String> texts = new LinkedHashMap<>();
    final List<MarkupSpan> spans = new ArrayList<>();
    final Map<String, String> slugs = new HashMap<>();

    void read() {
      report.read();
    }

    void problem(String id, int line, String path, String reason) throws ParleyJsonException {
      String where = (id == null ? "" : "record " + id + ", ") + "line " + line;
      if (strict) {
        throw new ParleyJsonException((id == null ? "" : "record " + id + ": ") + reason, line,
            0, path, null);
      }
      report.skip(where, reason);
    }

    void record(JsonNode node, int line, String path) throws ParleyJsonException {
      report.read();
      JsonNode idNode = node.get("id");
      String id = idNode != null && idNode.isString() && !idNode.stringValue().isBlank()
          ? idNode.stringValue() : null;
      try {
        if (id == null) {
          throw new Unmappable("no record id (field 'id' is " + kind(idNode) + ")");
        }
        map(node, id);
      } catch (Unmappable e) {
        problem(id, line, path, e.getMessage());
      }
    }

    private void map(JsonNode node, String id) throws Unmappable {
      String slug = Fields.slug(id);
      if (slug.isEmpty()) {
        throw new Unmappable("id '" + id + "' has no letters or digits to make a Parley id of");
      }
      String firstSlug = slug;
      for (int n = 2; slugs.containsKey(slug); n++) {
        slug = firstSlug + "-" + n;
      }
      boolean renamed = !slug.equals(firstSlug);
      List<PloverCategoryName> categories = categories(node.get("event"));
      JsonNode parley = node.get(Fields.PARLEY);
      if (parley != null && !parley.isObject()) {
        throw new Unmappable("'parley' is " + kind(parley) + ", not an object");
      }
      if (parley == null) {
        parley = MAPPER.createObjectNode();
      }
      FuzzyDate exactDate = parleyValue(parley, "date", new TypeReference<>() {});
      FuzzyDate date = exactDate != null ? exactDate : date(node.get("date"));
      List<JsonNode> sourceNodes = actorList(node, "source", node.get("source"));
      String targetField = node.has("recipient") ? "recipient" : "target";
      if (node.has("recipient") && node.has("target")) {
        throw new Unmappable("has both 'target' and 'recipient'");
      }
      List<JsonNode> targetNodes = actorList(node, targetField, node.get(targetField));
      if (sourceNodes.isEmpty() && targetNodes.isEmpty()) {
        throw new Unmappable("no source and no target actor");
      }
      Optional<String> mode = mode(node.get("mode"));
      Context context = context(node.get("context"));
      List<Actor> sources = actors(sourceNodes, "source", this::organization);
      List<Actor> targets = actors(targetNodes, targetField, this::organization);

      // The text, the article and the spans.
      ArticleId article = ArticleId.of(slug);
      String text = optionalString(node, "text");
      List<MarkupSpan> recordSpans = List.of();
      if (text != null && !text.isEmpty()) {
        JsonNode info = node.get("textInfo");
        if (info != null && !info.isNull() && !info.isObject()) {
          throw new Unmappable("'textInfo' is " + kind(info) + ", not an object");
        }
        String markup = info == null || info.isNull() ? null : optionalString(info, "markup");
        if (markup != null) {
          try {
            recordSpans = Markup.locate(id, markup, text, article);
          } catch (Markup.MismatchException e) {
            throw new Unmappable(e.getMessage());
          }
        }
      }
      List<SourceRef> sourceRefs = parleyList(parley, "sources", new TypeReference<>() {});
      if (sourceRefs == null) {
        if (text == null || text.isEmpty()) {
          throw new Unmappable("no text: Parley sources every event to a span of an article");
        }
        sourceRefs = recordSpans.stream().filter(MarkupSpan::isEvent).map(MarkupSpan::span)
            .collect(Collectors.toList());
        if (sourceRefs.isEmpty()) {
          sourceRefs = List.of(SourceRef.builder().article(article).start(0)
              .end(text.codePointCount(0, text.length())).excerpt(text).build());
        }
      }

      // What the record says beyond Parley's fields.
      Map<String, ExtensionValue> kept = new LinkedHashMap<>();
      kept.put(Fields.ID, ExtensionValue.of(id));
      Map<String, ExtensionValue> record = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> f : node.properties()) {
        if (!MODELLED.contains(f.getKey()) && !f.getKey().isEmpty()) {
          record.put(f.getKey(), extension(f.getValue()));
        }
      }
      Magnitudes magnitudes = magnitudes(node, record);
      for (String field : List.of("dead", "injured", "size")) {
        if (record.remove(field + "AsText") != null) {
          kept.put(field + "AsText", ExtensionValue.of(true));
        }
      }
      if (!record.isEmpty()) {
        kept.put(Fields.RECORD, ExtensionValue.ofMap(record));
      }
      if (node.has(targetField)
          && (targetField.equals("target") || node.get(targetField).isNull())) {
        kept.put(Fields.TARGET_FIELD, ExtensionValue.of(targetField));
      }
      if (context.asText && !context.names.isEmpty()) {
        kept.put(Fields.CONTEXT_AS_TEXT, ExtensionValue.of(true));
      }
      actorsKept(kept, Fields.SOURCE, sources);
      actorsKept(kept, Fields.TARGET, targets);

      Map<String, ExtensionValue> userExtensions =
          parleyValue(parley, "extensions", new TypeReference<>() {});
      String description = parleyValue(parley, "description", new TypeReference<>() {});
      EventStatus status = parleyValue(parley, "status", new TypeReference<>() {});
      Place place = parleyValue(parley, "place", new TypeReference<>() {});

      List<Object> made = new ArrayList<>();
      try {
        boolean meeting = !parley.path("kind").asString("").equals("event")
            && categories.size() == 1
            && categories.get(0).category() == PloverCategory.CONSULT
            && (mode.isEmpty() || MEETING_MODES.contains(mode.get()))
            && sources.stream().allMatch(a -> a.party.isPresent())
            && targets.stream().allMatch(a -> a.party.isPresent());
        if (meeting) {
          Map<String, ExtensionValue> ext = new LinkedHashMap<>(kept);
          mode.ifPresent(m -> ext.put(Fields.MODE, ExtensionValue.of(m)));
          if (!context.names.isEmpty()) {
            ext.put(Fields.CONTEXT, ExtensionValue.ofList(context.names.stream()
                .map(ExtensionValue::of).collect(Collectors.toList())));
          }
          ext.put(Fields.SOURCE, withTexts(sources));
          if (!targets.isEmpty()) {
            ext.put(Fields.TARGET, withTexts(targets));
          }
          String title = parleyValue(parley, "title", new TypeReference<>() {});
          made.add(meeting(slug, date, mode, sources, targets, sourceRefs, ext, title));
        } else {
          for (PloverCategoryName c : categories) {
            String eventSlug = categories.size() == 1 ? slug
                : slug + "-" + c.category().name().toLowerCase(java.util.Locale.ROOT);
            Map<String, ExtensionValue> ext = new LinkedHashMap<>();
            if (userExtensions != null) {
              ext.putAll(userExtensions);
            }
            Map<String, ExtensionValue> mine = new LinkedHashMap<>(kept);
            if (!c.isCurrent()) {
              mine.put(Fields.EVENT, ExtensionValue.of(c.name()));
            }
            Optional<String> eventMode = mode;
            if (mode.isEmpty() && c.impliedMode().isPresent()) {
              eventMode = c.impliedMode();
              mine.put(Fields.IMPLIED_MODE, ExtensionValue.of(true));
            }
            if (!isOnlyId(mine, id, eventSlug)) {
              ext.put(Fields.PLOVER, ExtensionValue.ofMap(mine));
            }
            Event.Builder e = Event.builder()
                .id(EventId.of(eventSlug))
                .category(c.category())
                .mode(eventMode)
                .context(context.names)
                .sourceActors(sources.stream().map(Actor::actor).collect(Collectors.toList()))
                .targetActors(targets.stream().map(Actor::actor).collect(Collectors.toList()))
                .date(date)
                .place(Optional.ofNullable(place))
                .magnitudes(Optional.ofNullable(magnitudes))
                .description(description != null ? description
                    : describe(c, sources, targets))
                .sources(sourceRefs)
                .extensions(ext);
            if (status != null) {
              e.status(status);
            }
            made.add(e.build());
          }
        }
      } catch (IllegalArgumentException e) {
        throw new Unmappable("cannot be made a Parley record: " + e.getMessage());
      }

      // The record is mapped: keep what it made.
      slugs.put(slug, id);
      if (renamed) {
        report.count("repeated ids (given a numbered Parley id)");
      }
      if (text != null && !text.isEmpty() && base.article(article).isEmpty()) {
        Article.Builder a = Article.builder().id(article);
        String publication = optionalString(node, "publication");
        if (publication != null && !publication.isBlank()) {
          a.publisher(publication);
        }
        assembler.add(a.build());
        texts.put(article, text);
      }
      spans.addAll(recordSpans);
      for (Actor a : sources) {
        keepParty(a);
      }
      for (Actor a : targets) {
        keepParty(a);
      }
      for (Object o : made) {
        if (o instanceof Meeting) {
          assembler.add((Meeting) o);
          report.count("meetings");
        } else {
          assembler.add((Event) o);
          report.count("events");
        }
      }
    }

    private Optional<Organization> organization(OrganizationId id) {
      Optional<Organization> o = base.organization(id);
      return o.isPresent() ? o : Optional.ofNullable(organizations.get(id));
    }

    /** Whether the kept fields say nothing the event id does not. */
    private boolean isOnlyId(Map<String, ExtensionValue> mine, String id, String eventSlug) {
      return mine.size() == 1 && id.equals(eventSlug);
    }

    private void keepParty(Actor a) {
      if (a.party.isEmpty()) {
        return;
      }
      PartyRef p = a.party.get();
      if (p instanceof StateId) {
        StateId s = (StateId) p;
        if (base.state(s).isEmpty() && !states.containsKey(s)) {
          states.put(s, State.builder().id(s).name(ActorCodes.name(s)).build());
        }
      } else {
        OrganizationId o = (OrganizationId) p;
        if (base.organization(o).isEmpty() && !organizations.containsKey(o)) {
          String code = a.code;
          organizations.put(o, Organization.builder().id(o).name(a.text)
              .kind(ActorCodes.IGO.equals(code) ? OrganizationKind.INTERNATIONAL_ORGANIZATION
                  : OrganizationKind.OTHER)
              .build());
        }
      }
    }

    private Meeting meeting(String slug, FuzzyDate date, Optional<String> mode,
        List<Actor> sources, List<Actor> targets, List<SourceRef> refs,
        Map<String, ExtensionValue> ext, String givenTitle) {
      String m = mode.orElse("");
      ParticipantRole sourceRole = m.equals("visit") ? ParticipantRole.GUEST
          : m.equals("host") ? ParticipantRole.HOST : ParticipantRole.MEMBER;
      ParticipantRole targetRole = m.equals("visit") ? ParticipantRole.HOST
          : m.equals("host") ? ParticipantRole.GUEST : ParticipantRole.MEMBER;
      Meeting.Builder b = Meeting.builder().id(MeetingId.of(slug)).date(date);
      for (Actor a : sources) {
        b.addParticipant(Participant.builder().actor(a.party.get()).role(sourceRole).build());
      }
      for (Actor a : targets) {
        b.addParticipant(Participant.builder().actor(a.party.get()).role(targetRole).build());
      }
      if (m.equals("visit") && !targets.isEmpty()) {
        b.host(targets.get(0).party.get());
      } else if (m.equals("host") && !sources.isEmpty()) {
        b.host(sources.get(0).party.get());
      }
      String who = texts(sources);
      String title = m.equals("visit") ? who + " visit " + texts(targets)
          : m.equals("host") ? who + " host " + texts(targets)
          : "Talks of " + (targets.isEmpty() ? who : who + " with " + texts(targets));
      return b.title(givenTitle != null ? givenTitle : title)
          .addStatusChange(StatusChange.builder().status(MeetingStatus.HELD).reported(date)
              .sources(refs).build())
          .sources(refs)
          .putExtension(Fields.PLOVER, ExtensionValue.ofMap(ext))
          .build();
    }

    private ExtensionValue withTexts(List<Actor> actors) {
      List<ExtensionValue> out = new ArrayList<>();
      for (Actor a : actors) {
        Map<String, ExtensionValue> m = new LinkedHashMap<>();
        a.rawText.ifPresent(t -> m.put(Fields.ACTOR_TEXT, ExtensionValue.of(t)));
        m.putAll(a.kept);
        if (!m.containsKey(Fields.CODE)) {
          m.put(Fields.CODE, ExtensionValue.of(a.code));
        }
        out.add(ExtensionValue.ofMap(m));
      }
      return ExtensionValue.ofList(out);
    }

    private void actorsKept(Map<String, ExtensionValue> kept, String key, List<Actor> actors) {
      if (actors.stream().anyMatch(a -> !a.kept.isEmpty())) {
        kept.put(key, ExtensionValue.ofList(actors.stream()
            .map(a -> ExtensionValue.ofMap(a.kept)).collect(Collectors.toList())));
      }
    }

    PloverImport finish() throws ParleyJsonException {
      for (Map.Entry<StateId, State> s : states.entrySet()) {
        assembler.add(s.getValue());
      }
      organizations.values().forEach(assembler::add);
      base.states().forEach(assembler::add);
      base.officials().forEach(assembler::add);
      base.organizations().forEach(assembler::add);
      base.articles().forEach(assembler::add);
      try {
        return new PloverImport(assembler.build(), report.build(), texts, spans);
      } catch (InvalidChronicleException e) {
        // Records naming, in their parley objects, actors or articles the base lacks.
        throw new ParleyJsonException("the records do not form a valid chronicle (do they need"
            + " a base chronicle?): " + e.getMessage().strip(), 0, 0, "$", e);
      }
    }
  }

  private static String texts(List<Actor> actors) {
    return actors.stream().map(Actor::text).collect(Collectors.joining(", "));
  }

  private static String describe(PloverCategoryName c, List<Actor> sources,
      List<Actor> targets) {
    String s = c.category() + (sources.isEmpty() ? "" : " by " + texts(sources));
    return targets.isEmpty() ? s : s + " towards " + texts(targets);
  }

  private static List<PloverCategoryName> categories(JsonNode n) throws Unmappable {
    List<String> names = new ArrayList<>();
    if (n == null || n.isNull()) {
      throw new Unmappable("no event category (field 'event' is " + kind(n) + ")");
    } else if (n.isString()) {
      names.add(n.stringValue());
    } else if (n.isArray() && !n.isEmpty()) {
      for (JsonNode e : n) {
        if (!e.isString()) {
          throw new Unmappable("'event' must list category names, found " + kind(e));
        }
        names.add(e.stringValue());
      }
    } else {
      throw new Unmappable("'event' must be a category name or a list of them, found "
          + kind(n));
    }
    List<PloverCategoryName> out = new ArrayList<>();
    for (String name : names) {
      if (name.strip().equals("DOCUMENT")) {
        throw new Unmappable("a DOCUMENT record: documentation of the file, not an event");
      }
      PloverCategoryName c = PloverCategoryName.resolve(name)
          .orElseThrow(() -> new Unmappable("unknown event category '" + name + "'"));
      if (out.stream().anyMatch(o -> o.category() == c.category())) {
        throw new Unmappable("'event' names " + c.category() + " twice");
      }
      out.add(c);
    }
    return out;
  }

  private static FuzzyDate date(JsonNode n) throws Unmappable {
    if (n == null || n.isNull()) {
      throw new Unmappable("no date");
    }
    if (!n.isString()) {
      throw new Unmappable("'date' must be a string YYYY-MM-DD, found " + kind(n));
    }
    try {
      return FuzzyDate.parse(n.stringValue());
    } catch (RuntimeException e) {
      throw new Unmappable("invalid date '" + n.stringValue() + "': " + e.getMessage());
    }
  }

  private static List<JsonNode> actorList(JsonNode record, String field, JsonNode n)
      throws Unmappable {
    if (n == null || n.isNull()) {
      return List.of();
    }
    if (n.isString()) {
      throw new Unmappable("'" + field + "' must be a list of actors, found "
          + (n.stringValue().isEmpty() ? "the empty string" : kind(n)));
    }
    if (!n.isArray()) {
      throw new Unmappable("'" + field + "' must be a list of actors, found " + kind(n));
    }
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  private static List<Actor> actors(List<JsonNode> nodes, String field,
      Function<OrganizationId, Optional<Organization>> orgs) throws Unmappable {
    List<Actor> out = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      out.add(actor(nodes.get(i), field + "[" + i + "]", orgs));
    }
    return out;
  }

  private static Actor actor(JsonNode n, String where,
      Function<OrganizationId, Optional<Organization>> orgs) throws Unmappable {
    if (!n.isObject()) {
      throw new Unmappable(where + " must be an actor object, found " + kind(n));
    }
    JsonNode codeNode = n.get(Fields.CODE);
    if (codeNode == null || !codeNode.isString()) {
      throw new Unmappable(where + " has no code (field 'code' is " + kind(codeNode) + ")");
    }
    String code = codeNode.stringValue();
    if (!CODE.matcher(code).matches()) {
      throw new Unmappable(where + " code '" + code
          + "' is not a three-letter actor code (A-Z)");
    }
    String rawText = optionalString(n, Fields.ACTOR_TEXT, where);
    String text = rawText == null ? null : rawText.strip();
    String sector = optionalString(n, Fields.SECTOR, where);
    Map<String, ExtensionValue> kept = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> f : n.properties()) {
      String k = f.getKey();
      boolean stripped = k.equals(Fields.ACTOR_TEXT) && !rawText.equals(text);
      if ((stripped || !k.equals(Fields.ACTOR_TEXT)) && !k.equals(Fields.PARLEY) && !k.isEmpty()) {
        kept.put(k, extension(f.getValue()));
      }
    }
    ActorMapping.Derived derived;
    try {
      derived = ActorMapping.derive(code, text, sector);
    } catch (IllegalArgumentException e) {
      throw new Unmappable(where + ": " + e.getMessage());
    }
    EventActor actor = derived.actor();
    JsonNode exact = n.get(Fields.PARLEY);
    if (exact != null) {
      try {
        actor = MAPPER.treeToValue(exact, EventActor.class);
      } catch (JacksonException | IllegalArgumentException e) {
        throw new Unmappable(where + ".parley: " + message(e));
      }
    }
    EventActor a = actor;
    Optional<PartyRef> party = exact == null ? derived.party()
        : derived.party().filter(p -> a.refersTo(p));
    // An organization this record introduces gets its kind from this code, so the writer
    // codes it back the same.
    boolean introduced = exact == null && ActorCodes.isOrganization(code)
        && derived.party().isPresent()
        && orgs.apply((OrganizationId) derived.party().get()).isEmpty();
    if (introduced || code.equals(ActorMapping.code(a, orgs))) {
      kept.remove(Fields.CODE);
    }
    return new Actor(a, party, kept, derived.name(), code, Optional.ofNullable(text));
  }

  private static String message(Exception e) {
    return e instanceof JacksonException ? ((JacksonException) e).getOriginalMessage()
        : e.getMessage();
  }

  private static Optional<String> mode(JsonNode n) throws Unmappable {
    String mode;
    if (n == null || n.isNull()) {
      return Optional.empty();
    } else if (n.isString()) {
      mode = n.stringValue().strip();
    } else if (n.isArray() && n.size() <= 1) {
      if (n.isEmpty()) {
        return Optional.empty();
      }
      if (!n.get(0).isString()) {
        throw new Unmappable("'mode' must list mode names, found " + kind(n.get(0)));
      }
      mode = n.get(0).stringValue().strip();
    } else if (n.isArray()) {
      throw new Unmappable("'mode' lists " + n.size() + " modes; a Parley event has one");
    } else {
      throw new Unmappable("'mode' must be a mode name, found " + kind(n));
    }
    if (mode.isEmpty()) {
      return Optional.empty();
    }
    if (!PLOVER_NAME.matcher(mode).matches()) {
      throw new Unmappable("mode '" + mode + "' is not a PLOVER name (lower-case words joined"
          + " by hyphens or underscores)");
    }
    return Optional.of(mode);
  }

  /** The contexts of a record, and whether it wrote them as one comma-separated string. */
  private record Context(List<String> names, boolean asText) {}

  private static Context context(JsonNode n) throws Unmappable {
    List<String> raw = new ArrayList<>();
    boolean asText = false;
    if (n == null || n.isNull()) {
      return new Context(List.of(), false);
    } else if (n.isString()) {
      asText = true;
      for (String s : n.stringValue().split(",", -1)) {
        raw.add(s);
      }
    } else if (n.isArray()) {
      for (JsonNode e : n) {
        if (!e.isString()) {
          throw new Unmappable("'context' must list context names, found " + kind(e));
        }
        raw.add(e.stringValue());
      }
    } else {
      throw new Unmappable("'context' must be a list of context names or a string, found "
          + kind(n));
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (String s : raw) {
      String c = s.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (!PLOVER_NAME.matcher(c).matches()) {
        throw new Unmappable("context '" + c + "' is not a PLOVER name (lower-case words joined"
            + " by hyphens or underscores)");
      }
      names.add(c);
    }
    return new Context(new ArrayList<>(names), asText);
  }

  /** Reads dead, injured and size; a value that is not a count is kept in {@code record}. */
  private static Magnitudes magnitudes(JsonNode node, Map<String, ExtensionValue> record) {
    Magnitudes.Builder b = Magnitudes.builder();
    boolean any = false;
    for (String field : List.of("dead", "injured", "size")) {
      JsonNode n = node.get(field);
      if (n == null || n.isNull()) {
        continue;
      }
      Integer count = null;
      if (n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 0) {
        count = n.intValue();
      } else if (n.isString() && n.stringValue().strip().matches("\\d{1,9}")) {
        count = Integer.parseInt(n.stringValue().strip());
      }
      if (count == null) {
        record.put(field, extension(n));
        continue;
      }
      if (n.isString()) {
        record.put(field + "AsText", ExtensionValue.of(true));
      }
      any = true;
      switch (field) {
        case "dead": b.dead(count); break;
        case "injured": b.injured(count); break;
        default: b.size(count); break;
      }
    }
    return any ? b.build() : null;
  }

  private static String optionalString(JsonNode node, String field) throws Unmappable {
    return optionalString(node, field, null);
  }

  private static String optionalString(JsonNode node, String field, String where)
      throws Unmappable {
    JsonNode n = node.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isString()) {
      throw new Unmappable((where == null ? "" : where + " ") + "'" + field
          + "' must be a string, found " + kind(n));
    }
    return n.stringValue();
  }

  private static <T> T parleyValue(JsonNode parley, String field, TypeReference<T> type)
      throws Unmappable {
    JsonNode n = parley.get(field);
    if (n == null) {
      return null;
    }
    try {
      return MAPPER.readerFor(type).readValue(n);
    } catch (JacksonException | IllegalArgumentException e) {
      throw new Unmappable("parley." + field + ": " + message(e));
    }
  }

  private static <T> List<T> parleyList(JsonNode parley, String field,
      TypeReference<List<T>> type) throws Unmappable {
    return parleyValue(parley, field, type);
  }

  static ExtensionValue extension(JsonNode n) {
    return MAPPER.treeToValue(n, ExtensionValue.class);
  }

}

package dev.parley.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Identifier;
import dev.parley.core.MeetingStatus;
import dev.parley.core.OfficialId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.ParticipantRole;
import dev.parley.core.PartyRef;
import dev.parley.core.PostRole;
import dev.parley.core.StancePosition;
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementMode;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ndjson.NdjsonWriter;
import dev.parley.io.schema.Schemas;
import dev.parley.testkit.FuzzyDateArbitraries;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas shipped in this jar ({@code dev/parley/io/schema/*.schema.json}) describe what
 * the writers write, and have teeth: documents and NDJSON lines broken in specific ways are
 * rejected; their patterns agree with the core's parsers. The schemas are loaded from the class
 * path under their {@code $id}s, never fetched.
 */
class SchemaProperties {
  private static final String RESOURCES = "dev/parley/io/schema/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final JsonSchema CHRONICLE = Schemas.CHRONICLE;
  private static final JsonSchema RECORD = Schemas.RECORD;
  private static final JsonSchema TEXT = Schemas.definition("text");
  private static final JsonSchema SLUG = Schemas.definition("slug");
  private static final JsonSchema ACTOR_REF = Schemas.definition("actorRef");
  private static final JsonSchema PARTY_REF = Schemas.definition("partyRef");
  private static final JsonSchema IDENTIFIER = Schemas.definition("identifier");
  private static final JsonSchema EDTF = Schemas.definition("edtfDate");

  private static Set<ValidationMessage> validate(JsonSchema schema, String json) {
    return schema.validate(json, InputFormat.JSON);
  }

  private static boolean accepts(JsonSchema schema, String value) {
    return validate(schema, MAPPER.writeValueAsString(value)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------
  // What is written validates

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 4).withMeetings(0, 4)
        .withStatements(0, 4).withStances(0, 4).withParticipants(1, 4);
  }

  @Property(tries = 200)
  void writtenDocumentsMatchTheChronicleSchema(@ForAll("chronicles") Chronicle chronicle) {
    String json = new String(ChronicleJson.write(chronicle), StandardCharsets.UTF_8);
    Set<ValidationMessage> errors = validate(CHRONICLE, json);
    assertTrue(errors.isEmpty(), () -> errors + "\n" + json);
  }

  @Property(tries = 200)
  void writtenNdjsonLinesMatchTheRecordSchema(@ForAll("chronicles") Chronicle chronicle) {
    for (String line : ndjsonLines(chronicle)) {
      Set<ValidationMessage> errors = validate(RECORD, line);
      assertTrue(errors.isEmpty(), () -> errors + "\n" + line);
    }
  }

  // ---------------------------------------------------------------------------------------
  // The patterns agree with the core's parsers

  @Provide
  Arbitrary<String> edtfCandidates() {
    return Arbitraries.oneOf(FuzzyDateArbitraries.validEdtfStrings(),
        FuzzyDateArbitraries.mutatedEdtfStrings());
  }

  /** Exact, but for an interval's order, which the pattern does not check. */
  @Property(tries = 2000)
  void edtfPatternAcceptsWhatFuzzyDateParses(@ForAll("edtfCandidates") String text) {
    boolean parses;
    String reason = "";
    try {
      FuzzyDate.parse(text);
      parses = true;
    } catch (DateTimeParseException e) {
      parses = false;
      reason = e.getMessage();
    }
    boolean accepted = accepts(EDTF, text);
    if (parses) {
      assertTrue(accepted, "the pattern rejects '" + text + "'");
    } else if (accepted) {
      assertTrue(reason.contains(") is after its end "),
          "the pattern accepts '" + text + "', which FuzzyDate refuses: " + reason);
    }
  }

  /** Every Java white space character, some that are not, and a few ordinary ones. */
  private static final String TRICKY = "\t\n\u000b\f\r\u001c\u001f \u1680\u2000\u2006\u2007"
      + "\u2008\u200a\u2028\u2029\u202f\u205f\u3000\u00a0\u0085\ufeff";

  @Provide
  Arbitrary<String> textCandidates() {
    Arbitrary<Character> c = Arbitraries.frequencyOf(List.of(
        Tuple.of(3, Arbitraries.of(TRICKY.toCharArray())),
        Tuple.of(2, Arbitraries.of("aZ\u00fc:.".toCharArray()))));
    return c.list().ofMaxSize(4).map(cs -> cs.stream().map(String::valueOf)
        .collect(Collectors.joining()));
  }

  @Property(tries = 1000)
  void textPatternIsNonBlankAndStripped(@ForAll("textCandidates") String text) {
    assertEquals(!text.isBlank() && text.strip().equals(text), accepts(TEXT, text),
        () -> "'" + escape(text) + "'");
  }

  @Provide
  Arbitrary<String> identifierCandidates() {
    Arbitrary<String> scheme = Arbitraries.strings().withChars("az09.+-A:_").ofMaxLength(4);
    return Combinators.combine(scheme, Arbitraries.of(":", "", "::"), textCandidates())
        .as((s, colon, v) -> s + colon + v);
  }

  @Property(tries = 1000)
  void identifierPatternAcceptsWhatIdentifierParses(
      @ForAll("identifierCandidates") String text) {
    boolean parses;
    try {
      Identifier.parse(text);
      parses = true;
    } catch (IllegalArgumentException e) {
      parses = false;
    }
    assertEquals(parses, accepts(IDENTIFIER, text), () -> "'" + escape(text) + "'");
  }

  @Provide
  Arbitrary<String> refCandidates() {
    Arbitrary<String> prefix = Arbitraries.of("state:", "official:", "organization:", "person:",
        "", "State:", "official", "state:official:");
    Arbitrary<String> shortBody = Arbitraries.strings().withChars("az09-TURA \n:").ofMaxLength(5);
    Arbitrary<String> longBody =
        Arbitraries.strings().withChars("ab9").ofMinLength(126).ofMaxLength(130);
    return Combinators.combine(prefix, Arbitraries.oneOf(shortBody, shortBody, longBody))
        .as(String::concat);
  }

  @Property(tries = 1500)
  void referencePatternsAcceptWhatTheCoreParses(@ForAll("refCandidates") String text) {
    assertEquals(parses(() -> ActorRef.parse(text)), accepts(ACTOR_REF, text),
        () -> "actorRef '" + escape(text) + "'");
    assertEquals(parses(() -> PartyRef.parse(text)), accepts(PARTY_REF, text),
        () -> "partyRef '" + escape(text) + "'");
    int colon = text.indexOf(':');
    String body = text.substring(colon + 1);
    assertEquals(parses(() -> OfficialId.of(body)), accepts(SLUG, body),
        () -> "slug '" + escape(body) + "'");
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The enums are the format's contract: the schema lists exactly the Java constants. */
  @Example
  void schemaEnumsListTheJavaConstants() {
    JsonNode defs = resource("defs.schema.json").get("$defs");
    checkEnum(defs, "organizationKind", OrganizationKind.values());
    checkEnum(defs, "postRole", PostRole.values());
    checkEnum(defs, "participantRole", ParticipantRole.values());
    checkEnum(defs, "meetingStatus", MeetingStatus.values());
    checkEnum(defs, "statementChannel", StatementChannel.values());
    checkEnum(defs, "statementMode", StatementMode.values());
    checkEnum(defs, "stancePosition", StancePosition.values());
    checkEnum(defs, "ploverCategory", dev.parley.core.PloverCategory.values());
    checkEnum(defs, "eventStatus", dev.parley.core.EventStatus.values());
  }

  private static void checkEnum(JsonNode defs, String name, Enum<?>[] constants) {
    List<String> expected = Arrays.stream(constants)
        .map(e -> e.name().toLowerCase(Locale.ROOT)).collect(Collectors.toList());
    List<String> listed = new ArrayList<>();
    defs.get(name).get("enum").forEach(v -> listed.add(v.asString()));
    assertEquals(expected, listed, name);
  }

  /** The schemas are themselves valid 2020-12 schemas (the meta-schema ships in the validator). */
  @Example
  void schemasAreValidSchemas() {
    JsonSchema meta = Schemas.metaSchema();
    for (String file : List.of("defs.schema.json", "chronicle.schema.json",
        "record.schema.json")) {
      Set<ValidationMessage> errors =
          validate(meta, MAPPER.writeValueAsString(resource(file)));
      assertTrue(errors.isEmpty(), () -> file + ": " + errors);
    }
    // The meta-schema is really applied: a malformed schema fails it.
    assertTrue(!validate(meta, "{\"type\":5,\"minItems\":-1}").isEmpty());
  }

  // ---------------------------------------------------------------------------------------
  // Teeth: broken documents and lines are rejected

  @Provide
  Arbitrary<Chronicle> fullChronicles() {
    return chronicles().filter(c -> !c.meetings().isEmpty() && !c.statements().isEmpty()
        && !c.stances().isEmpty() && !c.states().isEmpty() && !c.organizations().isEmpty()
        && !c.officials().isEmpty() && !c.issues().isEmpty() && !c.articles().isEmpty()
        && !c.events().isEmpty());
  }

  @Property(tries = 10)
  void brokenDocumentsAndLinesAreRejected(@ForAll("fullChronicles") Chronicle chronicle) {
    ObjectNode document = (ObjectNode) MAPPER.readTree(ChronicleJson.write(chronicle));
    List<ObjectNode> lines = new ArrayList<>();
    for (String line : ndjsonLines(chronicle)) {
      lines.add((ObjectNode) MAPPER.readTree(line));
    }
    List<String> failures = new ArrayList<>();

    // Sanity: the unbroken forms pass, so that every rejection below is the mutation's.
    expectDocument(failures, "unbroken", document, d -> { }, true);
    for (ObjectNode line : lines) {
      expectLine(failures, "unbroken " + line.get("kind").asString(), line, l -> { }, true);
    }

    for (DocumentCase c : documentCases()) {
      expectDocument(failures, c.name, document, c.change, c.valid);
    }
    for (RecordCase c : recordCases()) {
      ObjectNode line = lines.stream()
          .filter(l -> l.get("kind").asString().equals(c.kind)).findFirst().orElseThrow();
      String plural = c.kind.equals("stance") ? "stances" : c.kind + "s";
      expectDocument(failures, c.kind + ": " + c.name, document,
          d -> c.change.accept((ObjectNode) d.get(plural).get(0)), c.valid);
      if (c.inLines) {
        expectLine(failures, c.kind + ": " + c.name, line, c.change, c.valid);
      }
    }
    for (RecordCase c : lineCases()) {
      ObjectNode line = lines.stream()
          .filter(l -> l.get("kind").asString().equals(c.kind)).findFirst().orElseThrow();
      expectLine(failures, c.kind + " line: " + c.name, line, c.change, c.valid);
    }
    assertTrue(failures.isEmpty(), () -> failures.size() + " cases went wrong:\n"
        + String.join("\n", failures));
  }

  private static void expectDocument(List<String> failures, String name, ObjectNode document,
      Consumer<ObjectNode> change, boolean valid) {
    ObjectNode copy = document.deepCopy();
    change.accept(copy);
    check(failures, "document, " + name, CHRONICLE, copy, valid);
  }

  private static void expectLine(List<String> failures, String name, ObjectNode line,
      Consumer<ObjectNode> change, boolean valid) {
    ObjectNode copy = line.deepCopy();
    change.accept(copy);
    check(failures, "NDJSON, " + name, RECORD, copy, valid);
  }

  private static void check(List<String> failures, String name, JsonSchema schema,
      JsonNode json, boolean valid) {
    String text = MAPPER.writeValueAsString(json);
    Set<ValidationMessage> errors = validate(schema, text);
    if (valid && !errors.isEmpty()) {
      failures.add(name + ": expected valid, got " + errors);
    } else if (!valid && errors.isEmpty()) {
      failures.add(name + ": expected a rejection, was accepted");
    }
  }

  private static final class DocumentCase {
    final String name;
    final Consumer<ObjectNode> change;
    final boolean valid;

    DocumentCase(String name, boolean valid, Consumer<ObjectNode> change) {
      this.name = name;
      this.change = change;
      this.valid = valid;
    }
  }

  private static DocumentCase bad(String name, Consumer<ObjectNode> change) {
    return new DocumentCase(name, false, change);
  }

  private static List<DocumentCase> documentCases() {
    return List.of(
        bad("no format", d -> d.remove("format")),
        bad("another format", d -> d.put("format", "parley")),
        bad("version 2", d -> d.put("version", 2)),
        bad("version as a string", d -> d.put("version", "1")),
        bad("no stances array", d -> d.remove("stances")),
        bad("no events array", d -> d.remove("events")),
        bad("no states array", d -> d.remove("states")),
        bad("an object for an array", d -> d.putObject("meetings")),
        bad("an unknown top-level field", d -> d.put("comment", "hello")),
        bad("a string as a record", d -> ((ArrayNode) d.get("issues")).add("syria")),
        bad("a record with a kind", d -> ((ObjectNode) d.get("meetings").get(0))
            .put("kind", "meeting")));
  }

  private static final class RecordCase {
    final String kind;
    final String name;
    final boolean valid;
    final boolean inLines;
    final Consumer<ObjectNode> change;

    RecordCase(String kind, String name, boolean valid, boolean inLines,
        Consumer<ObjectNode> change) {
      this.kind = kind;
      this.name = name;
      this.valid = valid;
      this.inLines = inLines;
      this.change = change;
    }
  }

  private static RecordCase bad(String kind, String name, Consumer<ObjectNode> change) {
    return new RecordCase(kind, name, false, true, change);
  }

  private static RecordCase good(String kind, String name, Consumer<ObjectNode> change) {
    return new RecordCase(kind, name, true, true, change);
  }

  private static JsonNode json(String singleQuoted) {
    return MAPPER.readTree(singleQuoted.replace('\'', '"'));
  }

  private static Consumer<ObjectNode> set(String field, String singleQuotedJson) {
    return r -> r.set(field, json(singleQuotedJson));
  }

  private static Consumer<ObjectNode> text(String field, String value) {
    return r -> r.put(field, value);
  }

  private static Consumer<ObjectNode> remove(String field) {
    return r -> r.remove(field);
  }

  private static final String REFERENCE = "{'work':'Wikipedia',"
      + "'url':'https://en.wikipedia.org/wiki/X','says':'In office','accessed':'2025-06-01'}";
  private static final String TENURE =
      "{'post':{'role':'ambassador','party':'state:TUR'},'term':'2020/..',"
          + "'references':[" + REFERENCE + "]}";
  private static final String SOURCE = "{'article':'a-1','start':0,'end':5}";

  private static Consumer<ObjectNode> tenure(String singleQuotedJson) {
    return r -> r.set("tenures", json("[" + singleQuotedJson + "]"));
  }

  private static Consumer<ObjectNode> term(String term) {
    return tenure(TENURE.replace("2020/..", term));
  }

  private static Consumer<ObjectNode> source(String singleQuotedJson) {
    return r -> r.set("sources", json("[" + singleQuotedJson + "]"));
  }

  private static String slug(int length) {
    return "a".repeat(length);
  }

  private static List<RecordCase> recordCases() {
    List<RecordCase> cases = new ArrayList<>(List.of(
        // Ids, names, identifiers, extensions
        bad("state", "no id", remove("id")),
        bad("state", "lower-case id", text("id", "tur")),
        bad("state", "four-letter id", text("id", "TURK")),
        bad("state", "no name", remove("name")),
        bad("state", "empty name", text("name", "")),
        bad("state", "padded name", text("name", " Turkey")),
        bad("state", "name ending in a newline", text("name", "Turkey\n")),
        bad("state", "name as a number", r -> r.put("name", 5)),
        bad("state", "empty otherNames", set("otherNames", "[]")),
        bad("state", "repeated other name", set("otherNames", "['Turkey','Turkey']")),
        bad("state", "blank capital", text("capital", " ")),
        bad("state", "upper-case identifier scheme", set("identifiers", "['Wikidata:Q1']")),
        bad("state", "identifier value padded", set("identifiers", "['wikidata: Q1']")),
        bad("state", "identifier without value", set("identifiers", "['wikidata:']")),
        bad("state", "identifier without scheme", set("identifiers", "['Q43']")),
        bad("state", "repeated identifier", set("identifiers", "['wikidata:Q1','wikidata:Q1']")),
        bad("state", "unknown field", r -> r.put("population", 85)),
        bad("state", "empty extensions", set("extensions", "{}")),
        bad("state", "extension with an empty key", set("extensions", "{'':1}")),
        bad("state", "nested extension with an empty key", set("extensions", "{'a':{'':1}}")),
        good("state", "identifiers with colons and spaces",
            set("identifiers", "['wikidata:Q1','x-y.z+1:a:b c']")),
        good("state", "nested extensions", set("extensions", "{'a':[1,{'b':null}],'c':1.5e3}")),
        good("state", "name with a no-break space at the end", text("name", "Turkey\u00a0")),
        bad("organization", "unknown kind", text("organizationKind", "ngo")),
        bad("organization", "capitalized kind", text("organizationKind", "Ministry")),
        bad("organization", "hyphenated kind", text("organizationKind", "armed-forces")),
        bad("organization", "no kind", remove("organizationKind")),
        bad("organization", "state as a reference", text("state", "state:TUR")),
        bad("organization", "id with a trailing newline", text("id", "un\n")),
        bad("organization", "id with a double hyphen", text("id", "a--b")),
        bad("organization", "id of 129 characters", text("id", slug(129))),
        good("organization", "id of 128 characters", text("id", slug(128))),
        // Tenures and posts
        good("official", "a tenure with references", tenure(TENURE)),
        good("official", "a tenure with sources", tenure(TENURE.replace(
            "'references':[" + REFERENCE + "]", "'sources':[" + SOURCE + "]"))),
        bad("official", "a tenure without sources or references",
            tenure(TENURE.replace(",'references':[" + REFERENCE + "]", ""))),
        bad("official", "a tenure with empty references",
            tenure(TENURE.replace("[" + REFERENCE + "]", "[]"))),
        bad("official", "a reference given as an identifier",
            tenure(TENURE.replace("[" + REFERENCE + "]", "['wikidata:Q1']"))),
        good("official", "a reference read from a file", tenure(TENURE.replace(
            "'url':'https://en.wikipedia.org/wiki/X'", "'file':'terms.csv'"))),
        bad("official", "a reference with neither url nor file", tenure(TENURE.replace(
            "'url':'https://en.wikipedia.org/wiki/X',", ""))),
        bad("official", "a reference without what it says", tenure(TENURE.replace(
            "'says':'In office',", ""))),
        bad("official", "a reference read on 30 February", tenure(TENURE.replace(
            "2025-06-01", "2025-02-30"))),
        bad("official", "a reference read on a fuzzy day", tenure(TENURE.replace(
            "2025-06-01", "2025-06"))),
        good("official", "a tenure in a government", tenure(TENURE.replace(
            "'term':'2020/..',", "'term':'2020/..','government':'syria-government',"))),
        bad("official", "a tenure with an unknown field",
            tenure(TENURE.replace("'term'", "'note':'x','term'"))),
        bad("official", "a tenure without a term", tenure(TENURE.replace("'term':'2020/..',", ""))),
        bad("official", "empty tenures", set("tenures", "[]")),
        bad("official", "a minister without a title",
            tenure(TENURE.replace("ambassador", "minister"))),
        bad("official", "role other without a title",
            tenure(TENURE.replace("ambassador", "other"))),
        good("official", "a minister with a title", tenure(TENURE.replace("'role':'ambassador'",
            "'role':'minister','title':'Minister of Energy'"))),
        bad("official", "an unknown post role", tenure(TENURE.replace("ambassador", "envoy"))),
        bad("official", "an official as a post's party",
            tenure(TENURE.replace("state:TUR", "official:x"))),
        bad("official", "a post with an unknown field",
            tenure(TENURE.replace("'role'", "'rank':1,'role'"))),
        // Dates
        bad("official", "month 13", term("2020-13")),
        bad("official", "30 February", term("2020-02-30")),
        bad("official", "29 February 2021", term("2021-02-29")),
        bad("official", "29 February 1900", term("1900-02-29")),
        good("official", "29 February 2024", term("2024-02-29")),
        good("official", "29 February 2000", term("2000-02-29")),
        bad("official", "31 April", term("2023-04-31")),
        good("official", "31 May", term("2023-05-31?")),
        bad("official", "unspecified year with a month", term("201X-05")),
        bad("official", "three unspecified digits", term("2XXX")),
        bad("official", "lower-case x", term("201x")),
        good("official", "unspecified decade", term("201X~")),
        bad("official", "a season with a day", term("2023-21-05")),
        bad("official", "a day after XX", term("2023-XX-05")),
        good("official", "XX month and day", term("2023-XX-XX%")),
        bad("official", "a time of day", term("2023-05-10T12:00")),
        bad("official", "two qualifiers", term("2023?~")),
        bad("official", "open at both ends", term("../..")),
        bad("official", "only a slash", term("/")),
        bad("official", "two slashes", term("2020/2021/2022")),
        bad("official", "a two-digit year", term("23")),
        bad("official", "a five-digit year", term("20230")),
        bad("official", "a date with a trailing newline", term("2023\\n")),
        good("official", "unknown start", term("/2023-05-10")),
        good("official", "unknown end", term("2023/")),
        good("official", "open start", term("../2023-21")),
        // Issues and articles
        bad("issue", "no label", remove("label")),
        bad("issue", "upper-case parent", text("parent", "Parent")),
        bad("issue", "blank description", text("description", "  ")),
        good("article", "an article with only an id", r -> r.retain("kind", "id")),
        bad("article", "a URL with spaces", text("url", "not a url")),
        bad("article", "a URL without a scheme", text("url", "news.example/x")),
        good("article", "a URN", text("url", "urn:isbn:0451450523")),
        bad("article", "a published date in words", text("published", "May 2023")),
        bad("article", "an article without an id", remove("id")),
        // Meetings
        bad("meeting", "no participants", remove("participants")),
        bad("meeting", "empty participants", set("participants", "[]")),
        bad("meeting", "empty status history", set("statusHistory", "[]")),
        bad("meeting", "no status history", remove("statusHistory")),
        bad("meeting", "no sources", remove("sources")),
        bad("meeting", "empty sources", set("sources", "[]")),
        bad("meeting", "no title", remove("title")),
        bad("meeting", "a bad date", text("date", "2023-13")),
        bad("meeting", "negative start", source("{'article':'a','start':-1,'end':1}")),
        bad("meeting", "start as a string", source("{'article':'a','start':'0','end':1}")),
        bad("meeting", "end 0", source("{'article':'a','start':0,'end':0}")),
        bad("meeting", "fractional start", source("{'article':'a','start':1.5,'end':3}")),
        bad("meeting", "end beyond an int", source("{'article':'a','start':0,'end':2147483648}")),
        bad("meeting", "empty excerpt", source("{'article':'a','start':0,'end':1,'excerpt':''}")),
        bad("meeting", "a source without an article", source("{'start':0,'end':1}")),
        bad("meeting", "a source with an unknown field",
            source("{'article':'a','start':0,'end':1,'page':3}")),
        bad("meeting", "a participant with a role only",
            set("participants", "[{'role':'member'}]")),
        bad("meeting", "a participant without a role",
            set("participants", "[{'actor':'state:TUR'}]")),
        bad("meeting", "an unknown participant role",
            set("participants", "[{'actor':'state:TUR','role':'chair'}]")),
        good("meeting", "a participant by capacity", set("participants",
            "[{'role':'member','capacity':{'role':'ambassador','party':'organization:un'}}]")),
        bad("meeting", "a participant representing an official", set("participants",
            "[{'actor':'state:TUR','represents':'official:x','role':'member'}]")),
        bad("meeting", "an empty place", set("place", "{}")),
        bad("meeting", "a place that is only tentative", set("place", "{'tentative':true}")),
        bad("meeting", "tentative false", set("place", "{'state':'TUR','tentative':false}")),
        good("meeting", "a tentative city", set("place", "{'city':'Ankara','tentative':true}")),
        bad("meeting", "a place with an unknown field",
            set("place", "{'city':'Ankara','country':'TR'}")),
        bad("meeting", "an unknown actor kind", text("host", "person:x")),
        bad("meeting", "an official ref without an id", text("host", "official:")),
        bad("meeting", "an official ref with a bad slug", text("host", "official:a--b")),
        bad("meeting", "a state ref in lower case", text("host", "state:tur")),
        bad("meeting", "an official ref of 129 characters", text("host", "official:" + slug(129))),
        good("meeting", "an official ref of 128 characters", text("host", "official:" + slug(128))),
        bad("meeting", "repeated topics", set("topics", "['a','a']")),
        bad("meeting", "empty topics", set("topics", "[]")),
        bad("meeting", "a capitalized status", set("statusHistory",
            "[{'status':'Held','reported':'2023','sources':[" + SOURCE + "]}]")),
        bad("meeting", "a status change without sources",
            set("statusHistory", "[{'status':'held','reported':'2023'}]")),
        good("meeting", "a status change scheduled for a season", set("statusHistory",
            "[{'status':'planned','reported':'2023','scheduledFor':'2023-22',"
                + "'sources':[" + SOURCE + "]}]")),
        bad("meeting", "an unknown field", r -> r.put("note", 1)),
        // Statements
        bad("statement", "unrecorded with text",
            r -> r.put("mode", "unrecorded").put("text", "We agreed.")),
        good("statement", "unrecorded without text",
            r -> r.put("mode", "unrecorded").remove("text")),
        bad("statement", "a quote without text", r -> r.put("mode", "quote").remove("text")),
        bad("statement", "a paraphrase without text",
            r -> r.put("mode", "paraphrase").remove("text")),
        good("statement", "a quote with text", r -> r.put("mode", "quote").put("text", "Yes.")),
        bad("statement", "a misspelt mode", r -> r.put("mode", "quoted").put("text", "Yes.")),
        bad("statement", "a hyphenated channel", text("channel", "press-conference")),
        bad("statement", "no channel", remove("channel")),
        bad("statement", "no speaker", remove("speaker")),
        bad("statement", "an affiliation only", set("speaker", "{'affiliation':'state:TUR'}")),
        bad("statement", "a description only", set("speaker", "{'description':'An official'}")),
        good("statement", "an anonymous speaker",
            set("speaker", "{'affiliation':'state:TUR','description':'A senior official'}")),
        bad("statement", "an empty speaker", set("speaker", "{}")),
        bad("statement", "a speaker with an unknown field",
            set("speaker", "{'actor':'state:TUR','nickname':'x'}")),
        bad("statement", "an official as an affiliation",
            set("speaker", "{'affiliation':'official:x','description':'A senior official'}")),
        bad("statement", "an upper-case meeting id", text("meeting", "M1")),
        bad("statement", "empty issues", set("issues", "[]")),
        // Stances
        bad("stance", "conditional without conditions",
            r -> r.put("position", "conditional").remove("conditions")),
        good("stance", "conditional with conditions",
            r -> r.put("position", "conditional").set("conditions", json("['other-issue']"))),
        bad("stance", "conditional with empty conditions",
            r -> r.put("position", "conditional").set("conditions", json("[]"))),
        bad("stance", "supports with conditions",
            r -> r.put("position", "supports").set("conditions", json("['other-issue']"))),
        good("stance", "neutral without conditions",
            r -> r.put("position", "neutral").remove("conditions")),
        bad("stance", "an unknown position", text("position", "against")),
        bad("stance", "a bad validity", text("validity", "2023-02-29")),
        bad("stance", "repeated evidence", set("evidence", "['s','s']")),
        bad("stance", "a holder in lower case", text("holder", "state:tur")),
        bad("stance", "an issue as an array", set("issue", "['a']")),
        // Events
        bad("event", "no category", remove("category")),
        bad("event", "an unknown category", text("category", "fight")),
        bad("event", "a category in upper case", text("category", "ASSAULT")),
        good("event", "a category of the 2021 manual", text("category", "accuse")),
        bad("event", "a mode in upper case", text("mode", "Assassinate")),
        bad("event", "a mode with a space", text("mode", "heavy weapons")),
        good("event", "a mode with a hyphen", text("mode", "suicide-attack")),
        good("event", "contexts with underscores", set("context", "['human_rights','legal']")),
        bad("event", "repeated contexts", set("context", "['legal','legal']")),
        bad("event", "empty contexts", set("context", "[]")),
        bad("event", "no actor on either side",
            r -> { r.remove("sourceActors"); r.remove("targetActors"); }),
        good("event", "a target only",
            r -> { r.remove("sourceActors"); r.set("targetActors", json("[{'actor':'state:"
                + "TUR'}]")); }),
        bad("event", "empty source actors", set("sourceActors", "[]")),
        bad("event", "an actor with an affiliation alone",
            set("sourceActors", "[{'affiliation':'state:TUR'}]")),
        good("event", "an actor known only by description",
            set("sourceActors", "[{'description':'gunmen'}]")),
        good("event", "an actor known by capacity",
            set("sourceActors", "[{'capacity':{'role':'ambassador','party':'state:RUS'}}]")),
        bad("event", "an actor with an unknown field",
            set("sourceActors", "[{'actor':'state:TUR','name':'x'}]")),
        bad("event", "no status", remove("status")),
        bad("event", "an unknown status", text("status", "rumoured")),
        bad("event", "empty magnitudes", set("magnitudes", "{}")),
        bad("event", "negative dead", set("magnitudes", "{'dead':-1}")),
        bad("event", "a fractional size", set("magnitudes", "{'size':1.5}")),
        good("event", "injured only", set("magnitudes", "{'injured':0}")),
        bad("event", "no description", remove("description")),
        bad("event", "a blank description", text("description", " ")),
        bad("event", "no sources", remove("sources"))));
    return cases;
  }

  private static List<RecordCase> lineCases() {
    return List.of(
        bad("state", "no kind", remove("kind")),
        bad("state", "an unknown kind", text("kind", "country")),
        bad("state", "a capitalized kind", text("kind", "State")),
        bad("meeting", "a meeting labelled a state", text("kind", "state")),
        bad("state", "a state labelled an official", text("kind", "official")),
        bad("issue", "an issue labelled an article", text("kind", "article")),
        bad("issue", "an unknown field", r -> r.put("note", "x")));
  }

  // ---------------------------------------------------------------------------------------

  private static List<String> ndjsonLines(Chronicle chronicle) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.to(out)) {
      w.writeAll(chronicle);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String text = new String(out.toByteArray(), StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : List.of(text.split("\n"));
  }

  private static JsonNode resource(String file) {
    try (InputStream in = SchemaProperties.class.getClassLoader()
        .getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException("no resource " + RESOURCES + file);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c > 0x7e) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.append((char) c);
      }
    });
    return b.toString();
  }
}

package dev.parley.io.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.EventStatus;
import dev.parley.core.Magnitudes;
import dev.parley.core.Place;
import dev.parley.core.PloverCategory;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.SourceRef;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;

/** Events in the document and NDJSON forms: their exact text, older documents, bad input. */
class EventFormatTest {
  private static final StateId TUR = StateId.of("TUR");
  private static final StateId RUS = StateId.of("RUS");

  private static final Event ASSASSINATION = Event.builder()
      .id(EventId.of("ambassador-shot-2016-12-19"))
      .category(PloverCategory.ASSAULT)
      .mode("assassinate")
      .addContext("diplomatic")
      .addSourceActor(EventActor.anonymous(TUR, "an off-duty police officer"))
      .addTargetActor(EventActor.byCapacity(Post.of(PostRole.AMBASSADOR, RUS)))
      .date(FuzzyDate.parse("2016-12-19"))
      .place(Place.of("Ankara", TUR))
      .magnitudes(Magnitudes.builder().dead(1).build())
      .description("Russia's ambassador was shot dead in Ankara")
      .addSource(SourceRef.of(ArticleId.of("a"), 0, 9))
      .build();

  private static final Chronicle CHRONICLE = Chronicle.builder()
      .addState(State.builder().id(RUS).name("Russia").build())
      .addState(State.builder().id(TUR).name("Türkiye").build())
      .addArticle(Article.builder().id(ArticleId.of("a")).build())
      .addEvent(ASSASSINATION)
      .build();

  /** The canonical document, records after {@code stances}: the writer always writes them. */
  private static final String DOCUMENT = """
      {
        "format": "parley-chronicle",
        "version": 1,
        "states": [
          {
            "id": "RUS",
            "name": "Russia"
          },
          {
            "id": "TUR",
            "name": "Türkiye"
          }
        ],
        "organizations": [ ],
        "officials": [ ],
        "issues": [ ],
        "articles": [
          {
            "id": "a"
          }
        ],
        "meetings": [ ],
        "statements": [ ],
        "stances": [ ],
        "events": [
          {
            "id": "ambassador-shot-2016-12-19",
            "category": "assault",
            "mode": "assassinate",
            "context": [
              "diplomatic"
            ],
            "sourceActors": [
              {
                "affiliation": "state:TUR",
                "description": "an off-duty police officer"
              }
            ],
            "targetActors": [
              {
                "capacity": {
                  "role": "ambassador",
                  "party": "state:RUS"
                }
              }
            ],
            "date": "2016-12-19",
            "place": {
              "city": "Ankara",
              "state": "TUR"
            },
            "status": "reported",
            "magnitudes": {
              "dead": 1
            },
            "description": "Russia's ambassador was shot dead in Ankara",
            "sources": [
              {
                "article": "a",
                "start": 0,
                "end": 9
              }
            ]
          }
        ]
      }
      """;

  @Test
  void anEventIsWrittenCanonicallyAndReadBack() throws Exception {
    assertEquals(DOCUMENT, ChronicleJson.writeString(CHRONICLE));
    assertEquals(CHRONICLE, ChronicleJson.read(DOCUMENT));
  }

  @Test
  void anEventIsOneNdjsonLine() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.to(out)) {
      w.write(ASSASSINATION);
    }
    String line = out.toString(UTF_8);
    assertEquals("{\"kind\":\"event\",\"id\":\"ambassador-shot-2016-12-19\",\"category\":"
        + "\"assault\",\"mode\":\"assassinate\",\"context\":[\"diplomatic\"],\"sourceActors\":"
        + "[{\"affiliation\":\"state:TUR\",\"description\":\"an off-duty police officer\"}],"
        + "\"targetActors\":[{\"capacity\":{\"role\":\"ambassador\",\"party\":\"state:RUS\"}}],"
        + "\"date\":\"2016-12-19\",\"place\":{\"city\":\"Ankara\",\"state\":\"TUR\"},\"status\":"
        + "\"reported\",\"magnitudes\":{\"dead\":1},\"description\":\"Russia's ambassador was"
        + " shot dead in Ankara\",\"sources\":[{\"article\":\"a\",\"start\":0,\"end\":9}]}\n",
        line);
    assertEquals(ASSASSINATION,
        NdjsonReader.from(new ByteArrayInputStream(out.toByteArray())).read().orElseThrow());
  }

  /** Documents written before events existed have no {@code events} array; they still read. */
  @Test
  void aDocumentWithoutAnEventsArrayReadsAsHavingNone() throws Exception {
    String older = """
        {
          "format": "parley-chronicle",
          "version": 1,
          "states": [ { "id": "TUR", "name": "Türkiye" } ],
          "organizations": [ ],
          "officials": [ ],
          "issues": [ ],
          "articles": [ ],
          "meetings": [ ],
          "statements": [ ],
          "stances": [ ]
        }
        """;
    Chronicle read = ChronicleJson.read(older);
    assertEquals(0, read.events().size());
    assertEquals(1, read.states().size());
    assertTrue(ChronicleJson.writeString(read).endsWith("  \"stances\": [ ],\n"
        + "  \"events\": [ ]\n}\n"), ChronicleJson.writeString(read));
  }

  @Test
  void aMissingStatusIsReadAsReported() throws Exception {
    Chronicle read = ChronicleJson.read(DOCUMENT.replace("      \"status\": \"reported\",\n", ""));
    assertEquals(EventStatus.REPORTED, read.events().get(0).status());
  }

  @Test
  void badEventsAreReportedWhereTheyStand() {
    ParleyJsonException category = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(DOCUMENT.replace("\"assault\"", "\"fight\"")));
    assertEquals("$.events[0].category", category.path());
    assertTrue(category.reason().contains("unknown PLOVER category 'fight'; expected one of:"
        + " agree, consult,"), category.reason());

    ParleyJsonException dead = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(DOCUMENT.replace("\"dead\": 1", "\"dead\": -1")));
    assertTrue(dead.path().startsWith("$.events[0].magnitudes"), dead.path());
    assertTrue(dead.reason().contains("Invalid Magnitudes.dead -1: must not be negative"),
        dead.reason());

    ParleyJsonException alone = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(DOCUMENT.replace(
            "\"description\": \"an off-duty police officer\"", "\"x\": 1")));
    assertTrue(alone.reason().contains("unknown field 'x'"), alone.reason());

    ParleyJsonException unknownActor = assertThrows(ParleyJsonException.class,
        () -> ChronicleJson.read(DOCUMENT.replace("\"party\": \"state:RUS\"",
            "\"party\": \"state:SYR\"")));
    assertTrue(unknownActor.reason().contains("unknown state 'SYR'"), unknownActor.reason());
    assertEquals("$.events[0].targetActors[0].capacity.party", unknownActor.path());
  }
}

package dev.parley.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Meeting;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of bad inputs, each with the exact report the readers must give: line, column,
 * JSON path and a plain key phrase of the reason, always as a {@link ParleyJsonException} and
 * nothing else. Every case runs through {@link ChronicleJson#read(byte[], ReadOptions)} (and the
 * stream overload) and, where NDJSON has the same mistake, through {@link NdjsonReader#read()}
 * and {@link NdjsonReader#readChronicle()}.
 *
 * <p>Most positions are given as a needle: the unique text of the input at which the report must
 * point (the first character of the bad value, of the bad field's name, or of the record); an
 * error of the input's end points just past its last character.
 */
class BadInputCatalogueTest {

  // -----------------------------------------------------------------------------------------
  // The valid inputs every case spoils: a canonical document, as ChronicleJson writes it, and
  // the same chronicle as NDJSON, as NdjsonWriter writes it.

  /** Two states, an official with a tenure, an article and a meeting; 95 lines. */
  static final String DOCUMENT = """
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
        "officials": [
          {
            "id": "lavrov",
            "name": "Sergey Lavrov",
            "tenures": [
              {
                "post": {
                  "role": "foreign_minister",
                  "party": "state:RUS"
                },
                "term": "2004-03-09/..",
                "sources": [
                  {
                    "article": "a1",
                    "start": 0,
                    "end": 5,
                    "excerpt": "Hello"
                  }
                ]
              }
            ]
          }
        ],
        "issues": [ ],
        "articles": [
          {
            "id": "a1",
            "publisher": "Pub"
          }
        ],
        "meetings": [
          {
            "id": "m1",
            "title": "Talks",
            "date": "2023-04-25",
            "place": {
              "city": "Moscow",
              "state": "RUS"
            },
            "participants": [
              {
                "actor": "official:lavrov",
                "represents": "state:RUS",
                "role": "host"
              },
              {
                "role": "member",
                "capacity": {
                  "role": "foreign_minister",
                  "party": "state:TUR"
                }
              }
            ],
            "statusHistory": [
              {
                "status": "held",
                "reported": "2023-04-25",
                "sources": [
                  {
                    "article": "a1",
                    "start": 0,
                    "end": 5,
                    "excerpt": "Hello"
                  }
                ]
              }
            ],
            "sources": [
              {
                "article": "a1",
                "start": 0,
                "end": 5,
                "excerpt": "Hello"
              }
            ]
          }
        ],
        "statements": [ ],
        "stances": [ ],
        "events": [ ]
      }
      """;

  /** Where the meeting record starts in {@link #DOCUMENT} (line 46, column 5). */
  static final String MEETING_START = "{\n      \"id\": \"m1\"";
  /** The meeting's own source (not its status change's) in {@link #DOCUMENT}: 10 spaces. */
  static final String MEETING_SOURCE_END = "\n          \"end\": 5,";
  /** The end of the meeting record in {@link #DOCUMENT}, where extensions would go. */
  static final String MEETING_END = "      ]\n    }\n  ],\n  \"statements\"";

  static final String RUS = "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Russia\"}";
  static final String TUR = "{\"kind\":\"state\",\"id\":\"TUR\",\"name\":\"Türkiye\"}";
  static final String LAVROV = "{\"kind\":\"official\",\"id\":\"lavrov\",\"name\":\"Sergey Lavrov\","
      + "\"tenures\":[{\"post\":{\"role\":\"foreign_minister\",\"party\":\"state:RUS\"},"
      + "\"term\":\"2004-03-09/..\",\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5,"
      + "\"excerpt\":\"Hello\"}]}]}";
  static final String A1 = "{\"kind\":\"article\",\"id\":\"a1\",\"publisher\":\"Pub\"}";
  static final String M1 = "{\"kind\":\"meeting\",\"id\":\"m1\",\"title\":\"Talks\","
      + "\"date\":\"2023-04-25\",\"place\":{\"city\":\"Moscow\",\"state\":\"RUS\"},"
      + "\"participants\":[{\"actor\":\"official:lavrov\",\"represents\":\"state:RUS\","
      + "\"role\":\"host\"},{\"role\":\"member\",\"capacity\":{\"role\":\"foreign_minister\","
      + "\"party\":\"state:TUR\"}}],\"statusHistory\":[{\"status\":\"held\","
      + "\"reported\":\"2023-04-25\",\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5,"
      + "\"excerpt\":\"Hello\"}]}],\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5,"
      + "\"excerpt\":\"Hello\"}]}";
  /** The meeting's own source in {@link #M1} (its status change's is not preceded by "],"). */
  static final String M1_SOURCE = "],\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5,";

  /** The NDJSON stream of the same chronicle: five lines, the meeting last. */
  static final String NDJSON = lines(RUS, TUR, LAVROV, A1, M1);

  // -----------------------------------------------------------------------------------------
  // The catalogue

  static List<Case> catalogue() {
    List<Case> cases = new ArrayList<>();

    // --- Empty, truncated and misplaced input -----------------------------------------------
    cases.add(document("empty input", "")
        .at(1, 1, "$", "the input is empty"));
    cases.add(document("only whitespace", "  \n\t \n")
        .at(1, 1, "$", "the input is empty"));
    cases.add(document("truncated: cut where a value should be", upTo(DOCUMENT, "\"version\": "))
        .atEnd("$.version", "truncated")
        .ndjson(lines(RUS, TUR) + upTo(LAVROV, "\"name\":"))
        .ndAtEnd("$.name", "truncated", 2));
    cases.add(document("truncated: cut mid-string", upTo(DOCUMENT, "\"title\": \"Tal"))
        .atEnd("$.meetings[0].title", "truncated")
        .ndjson(lines(RUS, TUR, LAVROV, A1) + upTo(M1, "\"title\":\"Tal"))
        .ndAtEnd("$.title", "truncated", 4));
    cases.add(document("truncated: cut mid-array",
            upTo(DOCUMENT, "\"role\": \"host\"\n        },\n"))
        .atEnd("$.meetings[0].participants[1]", "truncated")
        .ndjson(lines(RUS, TUR, LAVROV, A1) + upTo(M1, "\"role\":\"host\"},"))
        .ndAtEnd("$.participants[1]", "truncated", 4));
    cases.add(document("truncated: cut inside an empty array",
            upTo(DOCUMENT, "\"organizations\": ["))
        .atEnd("$.organizations", "truncated"));
    cases.add(document("not an object at the root: an array", "[ ]\n")
        .at(1, 1, "$", "expected a chronicle document (an object), found an array")
        .ndjson(lines(RUS, "[\"state\", \"TUR\"]", TUR))
        .ndAt(2, 1, "$", "expected a record (an object), found an array", 1));
    cases.add(document("not an object at the root: a string", "\"parley-chronicle\"\n")
        .at(1, 1, "$", "found a string")
        .ndjson(lines("\"state\""))
        .ndAt(1, 1, "$", "found a string", 0));
    cases.add(document("trailing garbage: a second object", DOCUMENT + "{ }\n")
        .at(96, 1, "$", "unexpected content after the document")
        .ndjson(lines(RUS + " " + TUR))
        .ndAt(" " + TUR, 1, "$", "unexpected content after the record (one record per line)", 0));
    cases.add(document("trailing garbage: a stray word", DOCUMENT + "x\n")
        .at(96, 1, "$", "Unrecognized token 'x'")
        .ndjson(lines(RUS + "x"))
        .ndAt("x", "$", "Unrecognized token 'x'", 0));

    // --- Values of the wrong JSON type ------------------------------------------------------
    cases.add(document("a number where a string is expected",
            edit(DOCUMENT, "\"title\": \"Talks\"", "\"title\": 42"))
        .at("42", "$.meetings[0].title", "expected a string, found a number")
        .ndjson(meetingLine("\"title\":\"Talks\"", "\"title\":42"))
        .ndAt("42", "$.title", "expected a string, found a number", 4));
    cases.add(document("null where a string is required",
            edit(DOCUMENT, "\"title\": \"Talks\"", "\"title\": null"))
        .at("null", "$.meetings[0].title", "expected a string, found null")
        .ndjson(meetingLine("\"title\":\"Talks\"", "\"title\":null"))
        .ndAt("null", "$.title", "expected a string, found null", 4));
    cases.add(document("an array where an object is expected",
            edit(DOCUMENT, "\"place\": {\n        \"city\": \"Moscow\",\n        \"state\": \"RUS\"\n"
                + "      }", "\"place\": [\"Moscow\"]"))
        .at("[\"Moscow\"]", "$.meetings[0].place", "expected an object, found an array")
        .ndjson(meetingLine("\"place\":{\"city\":\"Moscow\",\"state\":\"RUS\"}",
            "\"place\":[\"Moscow\"]"))
        .ndAt("[\"Moscow\"]", "$.place", "expected an object, found an array", 4));
    cases.add(document("an object where the record array is expected",
            edit(DOCUMENT, "\"organizations\": [ ]", "\"organizations\": { }"))
        .at("{ }", "$.organizations", "expected an array of organizations, found an object"));
    cases.add(document("a number too large for an int offset",
            edit(DOCUMENT, MEETING_SOURCE_END, "\n          \"end\": 3000000000,"))
        .at("3000000000", "$.meetings[0].sources[0].end", "too large")
        .ndjson(meetingLine(M1_SOURCE, "],\"sources\":[{\"article\":\"a1\",\"start\":0,"
            + "\"end\":3000000000,"))
        .ndAt("3000000000", "$.sources[0].end", "too large", 4));

    // --- Enums and dates --------------------------------------------------------------------
    cases.add(document("unknown enum value: meeting status 'hold'",
            edit(DOCUMENT, "\"status\": \"held\"", "\"status\": \"hold\""))
        .at("\"hold\"", "$.meetings[0].statusHistory[0].status", "unknown meeting status 'hold'")
        .ndjson(meetingLine("\"status\":\"held\"", "\"status\":\"hold\""))
        .ndAt("\"hold\"", "$.statusHistory[0].status", "unknown meeting status 'hold'", 4));
    cases.add(document("enum value in upper case",
            edit(DOCUMENT, "\"role\": \"host\"", "\"role\": \"HOST\""))
        .at("\"HOST\"", "$.meetings[0].participants[0].role", "unknown participant role 'HOST'")
        .ndjson(meetingLine("\"role\":\"host\"", "\"role\":\"HOST\""))
        .ndAt("\"HOST\"", "$.participants[0].role", "unknown participant role 'HOST'", 4));
    for (String[] date : new String[][] {
        {"2023-13", "month must be 01-12"},
        {"2023-02-30", "day 30 does not exist"},
        {"20233", "year must have exactly four digits"},
        {"2024/2023", "is after its end"}}) {
      cases.add(document("bad EDTF date " + date[0],
              edit(DOCUMENT, "\"date\": \"2023-04-25\"", "\"date\": \"" + date[0] + "\""))
          .at("\"" + date[0] + "\"", "$.meetings[0].date", date[1])
          .ndjson(meetingLine("\"date\":\"2023-04-25\"", "\"date\":\"" + date[0] + "\""))
          .ndAt("\"" + date[0] + "\"", "$.date", date[1], 4));
    }

    // --- Missing and refused fields ---------------------------------------------------------
    cases.add(document("meeting without title", edit(DOCUMENT, "      \"title\": \"Talks\",\n", ""))
        .at(MEETING_START, "$.meetings[0]", "meeting is missing required field 'title'")
        .ndjson(meetingLine("\"title\":\"Talks\",", ""))
        .ndAt(5, 1, "$", "meeting is missing required field 'title'", 4));
    cases.add(document("document without version", edit(DOCUMENT, "  \"version\": 1,\n", ""))
        .at(1, 1, "$", "the document lacks its 'version' field"));
    cases.add(document("document without format",
            edit(DOCUMENT, "  \"format\": \"parley-chronicle\",\n", ""))
        .at(1, 1, "$", "the document lacks its 'format' field"));
    cases.add(document("wrong format",
            edit(DOCUMENT, "\"parley-chronicle\"", "\"parley-chronicles\""))
        .at("\"parley-chronicles\"", "$.format",
            "not a Parley chronicle: format is 'parley-chronicles'"));
    cases.add(document("unsupported version", edit(DOCUMENT, "\"version\": 1", "\"version\": 2"))
        .at("2,", "$.version", "unsupported version 2"));
    cases.add(document("unknown field in the document",
            edit(DOCUMENT, "\"organizations\": [ ]", "\"organisations\": [ ]"))
        .at("\"organisations\"", "$.organisations", "unknown field 'organisations'"));
    cases.add(document("unknown field of a record, strict",
            edit(DOCUMENT, "\"title\": \"Talks\",", "\"title\": \"Talks\",\n      \"mood\": \"tense\","))
        .options(ReadOptions.defaults().strict())
        .at("\"mood\"", "$.meetings[0].mood", "unknown field 'mood' in meeting (strict reading)")
        .ndjson(meetingLine("\"title\":\"Talks\",", "\"title\":\"Talks\",\"mood\":\"tense\","))
        .ndOptions(ReadOptions.defaults().strict())
        .ndAt("\"mood\"", "$.mood", "unknown field 'mood' in meeting (strict reading)", 4));
    cases.add(document("unknown field in a place, refused even when lenient",
            edit(DOCUMENT, "\"state\": \"RUS\"\n      },",
                "\"state\": \"RUS\",\n        \"mood\": \"tense\"\n      },"))
        .at("\"mood\"", "$.meetings[0].place.mood", "unknown field 'mood' in place")
        .ndjson(meetingLine("\"state\":\"RUS\"}", "\"state\":\"RUS\",\"mood\":\"tense\"}"))
        .ndAt("\"mood\"", "$.place.mood", "unknown field 'mood' in place", 4));
    cases.add(document("the same extension as an unknown field and in extensions",
            edit(edit(DOCUMENT, "\"title\": \"Talks\",", "\"title\": \"Talks\",\n"
                + "      \"mood\": \"tense\","), MEETING_END, "      ],\n      \"extensions\": {\n"
                + "        \"mood\": \"calm\"\n      }\n    }\n  ],\n  \"statements\""))
        .at("\"mood\": \"calm\"", "$.meetings[0].extensions.mood",
            "the extension 'mood' is given twice")
        .ndjson(meetingLine("\"title\":\"Talks\",",
            "\"extensions\":{\"mood\":\"calm\"},\"title\":\"Talks\",\"mood\":\"tense\","))
        .ndAt("\"mood\":\"tense\"", "$.mood", "the extension 'mood' is given twice", 4));
    // Found by fuzzing (ChronicleJsonFuzzTest): it escaped as an internal error.
    cases.add(document("an extension number beyond a decimal's range",
            edit(DOCUMENT, "\"title\": \"Talks\",",
                "\"title\": \"Talks\",\n      \"mood\": [1, -1e99999999999],"))
        .at("-1e99999999999", "$.meetings[0].mood[1]", "the number -1e99999999999 is out of range")
        .ndjson(meetingLine("\"title\":\"Talks\",",
            "\"title\":\"Talks\",\"extensions\":{\"m\":{\"n\":1E-99999999999}},"))
        .ndAt("1E-99999999999", "$.extensions.m.n", "the number 1E-99999999999 is out of range",
            4));
    cases.add(document("duplicate JSON key",
            edit(DOCUMENT, "\"title\": \"Talks\",", "\"title\": \"Talks\",\n"
                + "      \"title\": \"Again\","))
        // Reported at the repeated name, by Parley's table of the meeting's fields.
        .at(49, 7, "$.meetings[0].title", "the field 'title' is given twice in the meeting")
        .ndjson(meetingLine("\"title\":\"Talks\",", "\"title\":\"Talks\",\"title\":\"Again\","))
        .ndAt("\"title\":\"Again\"", "$.title", "the field 'title' is given twice in the meeting",
            4));

    // --- Referential problems of the chronicle ----------------------------------------------
    cases.add(document("dangling reference: participant official:nobody",
            edit(DOCUMENT, "\"official:lavrov\"", "\"official:nobody\""))
        .at(MEETING_START, "$.meetings[0].participants[0].actor", "unknown official 'nobody'")
        .ndjson(meetingLine("\"official:lavrov\"", "\"official:nobody\""))
        .ndChronicleAt(5, 1, "$.participants[0].actor", "unknown official 'nobody'"));
    cases.add(document("duplicate id, reported at the second record",
            edit(DOCUMENT, "\"name\": \"Türkiye\"\n    }",
                "\"name\": \"Türkiye\"\n    },\n    {\n      \"id\": \"RUS\",\n"
                + "      \"name\": \"Rossiya\"\n    }"))
        .at("{\n      \"id\": \"RUS\",\n      \"name\": \"Rossiya\"", "$.states[2].id",
            "the id is used by more than one state")
        .ndjson(lines(RUS, TUR, "{\"kind\":\"state\",\"id\":\"RUS\",\"name\":\"Rossiya\"}",
            LAVROV, A1, M1))
        .ndChronicleAt(3, 1, "$.id", "the id is used by more than one state"));
    cases.add(document("tenure overlap",
            edit(DOCUMENT, "        }\n      ]\n    }\n  ],\n  \"issues\"",
                "        },\n        {\"post\": {\"role\": \"foreign_minister\", \"party\":"
                + " \"state:RUS\"}, \"term\": \"2010-01-01/2012-01-01\", \"sources\":"
                + " [{\"article\": \"a1\", \"start\": 0, \"end\": 5}]}\n      ]\n    }\n  ],\n"
                + "  \"issues\""))
        .at("{\n      \"id\": \"lavrov\"", "$.officials[0].tenures[1].term", "overlaps tenures[0]")
        .ndjson(lines(RUS, TUR, edit(LAVROV, "\"excerpt\":\"Hello\"}]}]}",
            "\"excerpt\":\"Hello\"}]},{\"post\":{\"role\":\"foreign_minister\","
            + "\"party\":\"state:RUS\"},\"term\":\"2010-01-01/2012-01-01\","
            + "\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":5}]}]}"), A1, M1))
        .ndChronicleAt(3, 1, "$.tenures[1].term", "overlaps tenures[0]"));

    // --- Values that break the model's rules ------------------------------------------------
    cases.add(document("SourceRef end <= start",
            edit(DOCUMENT, MEETING_SOURCE_END, "\n          \"end\": 0,"))
        .at("{\n          \"article\": \"a1\",\n          \"start\": 0,\n          \"end\": 0",
            "$.meetings[0].sources[0]", "must be greater than start 0")
        .ndjson(meetingLine(M1_SOURCE, "],\"sources\":[{\"article\":\"a1\",\"start\":0,\"end\":0,"))
        .ndAt("{\"article\":\"a1\",\"start\":0,\"end\":0", "$.sources[0]",
            "must be greater than start 0", 4));
    cases.add(document("excerpt of the wrong length",
            edit(DOCUMENT, MEETING_SOURCE_END + "\n          \"excerpt\": \"Hello\"",
                MEETING_SOURCE_END + "\n          \"excerpt\": \"Hell\""))
        .at("{\n          \"article\": \"a1\",\n          \"start\": 0,\n          \"end\": 5,\n"
            + "          \"excerpt\": \"Hell\"", "$.meetings[0].sources[0]",
            "must be 5 code points long")
        .ndjson(meetingLine(M1_SOURCE + "\"excerpt\":\"Hello\"",
            M1_SOURCE + "\"excerpt\":\"Hell\""))
        .ndAt("{\"article\":\"a1\",\"start\":0,\"end\":5,\"excerpt\":\"Hell\"", "$.sources[0]",
            "must be 5 code points long", 4));

    // --- Limits -----------------------------------------------------------------------------
    cases.add(document("nesting deeper than withMaxNestingDepth", DOCUMENT)
        .options(ReadOptions.defaults().withMaxNestingDepth(4))
        // The first object at depth 5, the tenure, whose '{' is at line 20, column 9: reported
        // where the parser stopped, just after it.
        .at(20, 10, "$.officials[0].tenures[0]", "nesting depth")
        .ndjson(NDJSON)
        .ndOptions(ReadOptions.defaults().withMaxNestingDepth(3))
        .ndAt("\"post\":{\"role\"", 8, "$.tenures[0].post", "nesting depth", 2));
    cases.add(document("a string longer than withMaxStringLength", DOCUMENT)
        .options(ReadOptions.defaults().withMaxStringLength(10))
        .at("\"parley-chronicle\"", "$.format", "a string of 16 characters, over the limit of 10")
        .ndjson(NDJSON)
        .ndOptions(ReadOptions.defaults().withMaxStringLength(6))
        .ndAt("\"Türkiye\"", "$.name", "a string of 7 characters, over the limit of 6", 1));
    cases.add(document("a field name longer than withMaxStringLength",
            edit(DOCUMENT, "\"title\": \"Talks\",", "\"" + "x".repeat(30) + "\": \"Talks\","))
        .options(ReadOptions.defaults().withMaxStringLength(20))
        // The name cannot be named: the path is the object's, reported where the parser stopped,
        // after the name (line 48, column 7 + 32).
        .at(48, 39, "$.meetings[0]", "a field name of 30 characters, over the limit of 20"));
    cases.add(document("a document longer than withMaxDocumentLength", DOCUMENT)
        .options(ReadOptions.defaults().withMaxDocumentLength(100))
        // A limit on the whole input: no position is meaningful, reported as 0.
        .at(0, 0, "$", "the document is longer than the limit of 100 bytes"));
    cases.add(ndjsonOnly("an NDJSON line longer than withMaxRecordLength", NDJSON)
        .ndOptions(ReadOptions.defaults().withMaxRecordLength(60))
        // Lines 1 and 2 are 43 and 45 bytes; line 3 is 213.
        .ndAt(3, 1, "$", "the line is longer than the limit of 60 bytes", 2));
    cases.add(ndjsonOnly("an NDJSON last line, without its newline, longer than the limit",
            lines(RUS, TUR) + LAVROV)
        .ndOptions(ReadOptions.defaults().withMaxRecordLength(60))
        .ndAt(3, 1, "$", "the line is longer than the limit of 60 bytes", 2));

    // --- Encodings --------------------------------------------------------------------------
    cases.add(document("invalid UTF-8 byte inside a string",
            spliced(edit(DOCUMENT, "\"Talks\"", "\"T@lks\""), 0xFF),
            edit(DOCUMENT, "\"Talks\"", "\"T@lks\""))
        .at("@", "$.meetings[0].title", "invalid UTF-8")
        .ndjson(spliced(meetingLine("\"Talks\"", "\"T@lks\""), 0xFF),
            meetingLine("\"Talks\"", "\"T@lks\""))
        .ndAt("@", "$.title", "invalid UTF-8", 4));
    cases.add(document("overlong UTF-8 encoding inside a string",
            spliced(edit(DOCUMENT, "\"Talks\"", "\"T@lks\""), 0xC0, 0xAF),
            edit(DOCUMENT, "\"Talks\"", "\"T@lks\""))
        // C0 AF is '/' in an overlong form, which RFC 3629 forbids.
        .at("@", "$.meetings[0].title", "invalid UTF-8")
        .ndjson(spliced(meetingLine("\"Talks\"", "\"T@lks\""), 0xC0, 0xAF),
            meetingLine("\"Talks\"", "\"T@lks\""))
        .ndAt("@", "$.title", "invalid UTF-8", 4));
    cases.add(document("invalid UTF-8 byte inside a field name",
            spliced(edit(DOCUMENT, "\"title\"", "\"ti@le\""), 0xFF),
            edit(DOCUMENT, "\"title\"", "\"ti@le\""))
        // The name cannot be read: the path is the object's, not the previous field's.
        .at("@", "$.meetings[0]", "invalid UTF-8"));
    cases.add(document("a UTF-8 byte order mark", concat(new byte[] {(byte) 0xEF, (byte) 0xBB,
            (byte) 0xBF}, DOCUMENT.getBytes(UTF_8)), null)
        .at(1, 1, "$", "byte order mark")
        .ndjson(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, NDJSON.getBytes(UTF_8)),
            null)
        .ndAt(1, 1, "$", "byte order mark", 0));
    cases.add(document("UTF-16 input without a byte order mark",
            DOCUMENT.getBytes(StandardCharsets.UTF_16BE), null)
        .at(1, 1, "$", "not UTF-8")
        .ndjson(NDJSON.getBytes(StandardCharsets.UTF_16LE), null)
        .ndAt(1, 1, "$", "not UTF-8", 0));
    cases.add(document("UTF-16 input with a byte order mark",
            DOCUMENT.getBytes(StandardCharsets.UTF_16), null)
        .at(1, 1, "$", "UTF-16 byte order mark")
        .ndjson(NDJSON.getBytes(StandardCharsets.UTF_16), null)
        .ndAt(1, 1, "$", "UTF-16 byte order mark", 0));
    cases.add(document("a control character inside a string",
            edit(DOCUMENT, "\"Talks\"", "\"Ta\u0001lks\""))
        .at("\u0001", "$.meetings[0].title", "CTRL-CHAR")
        .ndjson(meetingLine("\"Talks\"", "\"Ta\u0001lks\""))
        .ndAt("\u0001", "$.title", "CTRL-CHAR", 4));

    // Jackson guesses a byte range's encoding from its first bytes; Parley reads UTF-8 only, on
    // every line. Found by fuzzing (NdjsonReaderFuzzTest): a later line starting with zero
    // bytes made Jackson's exception escape.
    cases.add(ndjsonOnly("NDJSON: a later line in UTF-16, read as UTF-8 only",
            "")
        .ndjson(concat(lines(RUS).getBytes(UTF_8),
            concat(TUR.getBytes(StandardCharsets.UTF_16BE), "\n".getBytes(UTF_8))), null)
        .ndAt(2, 1, "$", "the line is not UTF-8 (it holds zero bytes", 1));
    cases.add(ndjsonOnly("NDJSON: a later line with zero bytes and invalid UTF-8", "")
        .ndjson(concat(lines(RUS).getBytes(UTF_8), new byte[] {0, '#', 0, 0, (byte) 0x9B, '\n'}),
            null)
        .ndAt(2, 1, "$", "the line is not UTF-8 (it holds zero bytes", 1));
    cases.add(ndjsonOnly("NDJSON: a byte order mark at the start of a later line", "")
        .ndjson(concat(lines(RUS).getBytes(UTF_8),
            concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, lines(TUR).getBytes(UTF_8))),
            null)
        .ndAt(2, 1, "$", "the line starts with a UTF-8 byte order mark", 1));

    // --- NDJSON lines -----------------------------------------------------------------------
    cases.add(ndjsonOnly("NDJSON: a line without kind",
            lines(RUS, "{\"id\":\"TUR\",\"name\":\"Turkey\"}", LAVROV))
        .ndAt(2, 1, "$", "the record has no 'kind' field", 1));
    cases.add(ndjsonOnly("NDJSON: an unknown kind",
            lines(RUS, "{\"kind\":\"summit\",\"id\":\"s1\"}"))
        .ndAt("\"summit\"", "$.kind", "unknown kind 'summit'", 1));
    cases.add(ndjsonOnly("NDJSON: a kind that is not a string",
            lines(RUS, "{\"id\":\"TUR\",\"kind\":5}"))
        .ndAt("5}", "$.kind", "expected a string, found a number", 1));
    cases.add(ndjsonOnly("NDJSON: kind not first, a bad value before it",
            lines(RUS, "{\"id\":\"TUR\",\"name\":5,\"kind\":\"state\"}"))
        .ndAt("5,", "$.name", "expected a string, found a number", 1));
    cases.add(ndjsonOnly("NDJSON: an error on line 3 reports line 3 (blank line 2 counted)",
            RUS + "\n\n" + edit(TUR, "\"Türkiye\"", "42") + "\n" + LAVROV + "\n")
        .ndAt("42", "$.name", "expected a string, found a number", 1));
    cases.add(ndjsonOnly("NDJSON: CRLF line ends, an error on line 2",
            RUS + "\r\n" + edit(TUR, "\"Türkiye\"", "true") + "\r\n")
        .ndAt("true", "$.name", "expected a string, found a boolean", 1));
    return cases;
  }

  static Stream<Case> documentCases() {
    return catalogue().stream().filter(c -> c.document != null);
  }

  static Stream<Case> ndjsonCases() {
    return catalogue().stream().filter(c -> c.ndjson != null);
  }

  @Test
  void theCatalogueIsLarge() {
    List<Case> all = catalogue();
    long ndjson = all.stream().filter(c -> c.ndjson != null).count();
    assertTrue(all.size() >= 30, "cases: " + all.size());
    assertTrue(ndjson >= 20, "NDJSON cases: " + ndjson);
  }

  // -----------------------------------------------------------------------------------------
  // Running the cases

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentCases")
  void documentReaderReportsExactly(Case c) {
    ParleyJsonException fromBytes = failure("ChronicleJson.read(byte[], options)",
        () -> ChronicleJson.read(c.document, c.documentOptions));
    check(c.documentAt, fromBytes, "ChronicleJson.read(byte[], options)");
    ParleyJsonException fromStream = failure("ChronicleJson.read(InputStream, options)",
        () -> ChronicleJson.read(new ByteArrayInputStream(c.document), c.documentOptions));
    check(c.documentAt, fromStream, "ChronicleJson.read(InputStream, options)");
    if (c.documentOptions == ReadOptions.defaults()) {
      check(c.documentAt, failure("ChronicleJson.read(byte[])",
          () -> ChronicleJson.read(c.document)), "ChronicleJson.read(byte[])");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ndjsonCases")
  void ndjsonReaderReportsExactly(Case c) throws Exception {
    // Record by record: the records before the bad line come out first.
    List<Entity<?>> before = new ArrayList<>();
    NdjsonReader reader = NdjsonReader.from(new ByteArrayInputStream(c.ndjson), c.ndjsonOptions);
    if (c.chronicleLevel) {
      // Every line is a good record; the chronicle they make is at fault.
      for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
        before.add(r.get());
      }
      assertEquals(c.ndjsonText.split("\n").length, before.size(), "records read");
    } else {
      ParleyJsonException fromRead = failure("NdjsonReader.read()", () -> {
        for (Optional<Entity<?>> r = reader.read(); r.isPresent(); r = reader.read()) {
          before.add(r.get());
        }
        return "records " + before;
      });
      check(c.ndjsonAt, fromRead, "NdjsonReader.read()");
      assertEquals(c.recordsBefore, before.size(), "records returned before the bad line");
    }
    ParleyJsonException fromChronicle = failure("NdjsonReader.readChronicle()",
        () -> NdjsonReader.from(new ByteArrayInputStream(c.ndjson), c.ndjsonOptions)
            .readChronicle());
    check(c.ndjsonAt, fromChronicle, "NdjsonReader.readChronicle()");
    if (c.ndjsonOptions == ReadOptions.defaults()) {
      check(c.ndjsonAt, failure("NdjsonReader.from(in).readChronicle()",
          () -> NdjsonReader.from(new ByteArrayInputStream(c.ndjson)).readChronicle()),
          "NdjsonReader.from(in).readChronicle()");
    }
  }

  // -----------------------------------------------------------------------------------------
  // What good input does: the base inputs read, and lenient reading keeps unknown fields

  @Test
  void theBaseInputsAreValidAndCanonical() throws Exception {
    Chronicle chronicle = ChronicleJson.read(DOCUMENT.getBytes(UTF_8));
    assertEquals(DOCUMENT, ChronicleJson.writeString(chronicle));
    assertEquals(NDJSON, ndjson(chronicle));
    assertEquals(chronicle,
        NdjsonReader.from(new ByteArrayInputStream(NDJSON.getBytes(UTF_8))).readChronicle());
    // The base stream's lines are within the limit used above, up to the third.
    assertEquals(43, RUS.getBytes(UTF_8).length);
    assertEquals(45, TUR.getBytes(UTF_8).length);
    assertEquals(213, LAVROV.getBytes(UTF_8).length);
  }

  @Test
  void emptyAndBlankNdjsonStreamsHoldNoRecords() throws Exception {
    for (String stream : List.of("", "\n", "  \n\t\n\r\n")) {
      NdjsonReader reader = NdjsonReader.from(new ByteArrayInputStream(stream.getBytes(UTF_8)));
      assertEquals(Optional.empty(), reader.read(), () -> "'" + stream + "'");
      assertEquals(Chronicle.builder().build(),
          NdjsonReader.from(new ByteArrayInputStream(stream.getBytes(UTF_8))).readChronicle());
    }
  }

  @Test
  void lenientReadingKeepsAnUnknownFieldInExtensionsAndWritesItBack() throws Exception {
    String withMood = edit(DOCUMENT, "\"title\": \"Talks\",",
        "\"title\": \"Talks\",\n      \"mood\": \"tense\",");
    Chronicle chronicle = ChronicleJson.read(withMood.getBytes(UTF_8));
    Meeting meeting = chronicle.meetings().get(0);
    assertEquals(Map.of("mood", ExtensionValue.of("tense")), meeting.extensions());
    // Written back in the record's extensions, last, as canonical documents have them.
    String canonical = edit(DOCUMENT, MEETING_END, "      ],\n      \"extensions\": {\n"
        + "        \"mood\": \"tense\"\n      }\n    }\n  ],\n  \"statements\"");
    assertEquals(canonical, ChronicleJson.writeString(chronicle));
    assertEquals(chronicle, ChronicleJson.read(canonical.getBytes(UTF_8)));

    // NDJSON alike.
    String line = edit(M1, "\"title\":\"Talks\",", "\"title\":\"Talks\",\"mood\":\"tense\",");
    Chronicle fromNdjson = NdjsonReader.from(new ByteArrayInputStream(
        lines(RUS, TUR, LAVROV, A1, line).getBytes(UTF_8))).readChronicle();
    assertEquals(chronicle, fromNdjson);
    assertEquals(lines(RUS, TUR, LAVROV, A1,
            M1.substring(0, M1.length() - 1) + ",\"extensions\":{\"mood\":\"tense\"}}"),
        ndjson(fromNdjson));
  }

  // -----------------------------------------------------------------------------------------
  // Helpers

  /** A value a reader returns, or the exception it throws. */
  interface Read {
    Object get() throws Exception;
  }

  /** The exception {@code read} throws, which must be exactly a ParleyJsonException. */
  private static ParleyJsonException failure(String reader, Read read) {
    Object result;
    try {
      result = read.get();
    } catch (Throwable t) {
      if (t.getClass() != ParleyJsonException.class) {
        return fail(reader + ": expected a ParleyJsonException, but this escaped: " + t, t);
      }
      return (ParleyJsonException) t;
    }
    return fail(reader + ": the bad input was accepted, giving " + result);
  }

  private static void check(Position at, ParleyJsonException e, String reader) {
    String actual = reader + " reported: " + e.getMessage();
    assertAll(actual,
        () -> assertEquals(at.line, e.line(), "line"),
        () -> assertEquals(at.column, e.column(), "column"),
        () -> assertEquals(at.path, e.path(), "path"),
        () -> assertTrue(e.reason().contains(at.phrase),
            "the reason should contain '" + at.phrase + "'"),
        () -> assertFalse(e.reason().contains("internal error"), "an internal error"),
        () -> assertFalse(e.reason().contains("[Source:"),
            "the reason should be plain, without a location of Jackson's"),
        () -> assertEquals("line " + e.line() + ", column " + e.column() + ", at " + e.path()
            + ": " + e.reason(), e.getMessage(), "message"));
  }

  /** Where a report must point, and a phrase its reason must hold. */
  record Position(int line, int column, String path, String phrase) {}

  /** One bad input: a document, an NDJSON stream, or both, with the reports they must give. */
  static final class Case {
    final String name;
    byte[] document;
    String documentText;
    ReadOptions documentOptions = ReadOptions.defaults();
    Position documentAt;
    byte[] ndjson;
    String ndjsonText;
    ReadOptions ndjsonOptions = ReadOptions.defaults();
    Position ndjsonAt;
    int recordsBefore;
    boolean chronicleLevel;

    Case(String name) {
      this.name = name;
    }

    Case options(ReadOptions options) {
      this.documentOptions = options;
      return this;
    }

    Case at(int line, int column, String path, String phrase) {
      documentAt = new Position(line, column, path, phrase);
      return this;
    }

    /** The report points at the first character of {@code needle}, unique in the document. */
    Case at(String needle, String path, String phrase) {
      int[] lc = positionOf(documentText, needle);
      return at(lc[0], lc[1], path, phrase);
    }

    /** The report points just past the document's last character. */
    Case atEnd(String path, String phrase) {
      int[] lc = endOf(documentText);
      return at(lc[0], lc[1], path, phrase);
    }

    Case ndjson(String text) {
      return ndjson(text.getBytes(UTF_8), text);
    }

    Case ndjson(byte[] bytes, String text) {
      this.ndjson = bytes;
      this.ndjsonText = text;
      return this;
    }

    Case ndOptions(ReadOptions options) {
      this.ndjsonOptions = options;
      return this;
    }

    Case ndAt(int line, int column, String path, String phrase, int recordsBefore) {
      this.ndjsonAt = new Position(line, column, path, phrase);
      this.recordsBefore = recordsBefore;
      return this;
    }

    Case ndAt(String needle, String path, String phrase, int recordsBefore) {
      int[] lc = positionOf(ndjsonText, needle);
      return ndAt(lc[0], lc[1], path, phrase, recordsBefore);
    }

    Case ndAt(String needle, int shift, String path, String phrase, int recordsBefore) {
      int[] lc = positionOf(ndjsonText, needle);
      return ndAt(lc[0], lc[1] + shift, path, phrase, recordsBefore);
    }

    Case ndAtEnd(String path, String phrase, int recordsBefore) {
      int[] lc = endOf(ndjsonText);
      return ndAt(lc[0], lc[1], path, phrase, recordsBefore);
    }

    /** Every line is a good record; readChronicle() reports the chronicle's problem. */
    Case ndChronicleAt(int line, int column, String path, String phrase) {
      this.chronicleLevel = true;
      return ndAt(line, column, path, phrase, -1);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Case document(String name, String text) {
    return document(name, text.getBytes(UTF_8), text);
  }

  /** A document of bytes; {@code text} (or null) gives the positions of needles. */
  static Case document(String name, byte[] bytes, String text) {
    Case c = new Case(name);
    c.document = bytes;
    c.documentText = text;
    return c;
  }

  static Case ndjsonOnly(String name, String text) {
    return new Case(name).ndjson(text);
  }

  /** Lines joined with and ended by "\n". */
  static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /** The base NDJSON stream with its meeting line (line 5) edited. */
  static String meetingLine(String from, String to) {
    return lines(RUS, TUR, LAVROV, A1, edit(M1, from, to));
  }

  /** {@code text} with the one occurrence of {@code from} replaced. */
  static String edit(String text, String from, String to) {
    int at = unique(text, from);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  /** {@code text} up to and including the one occurrence of {@code needle}. */
  static String upTo(String text, String needle) {
    return text.substring(0, unique(text, needle) + needle.length());
  }

  private static int unique(String text, String needle) {
    int at = text.indexOf(needle);
    if (at < 0 || text.indexOf(needle, at + 1) >= 0) {
      throw new IllegalArgumentException("not exactly once in the input: '" + needle + "'");
    }
    return at;
  }

  /** Line and column, from 1, of the one occurrence of {@code needle}. */
  static int[] positionOf(String text, String needle) {
    return lineAndColumn(text, unique(text, needle));
  }

  /** Line and column just past the last character. */
  static int[] endOf(String text) {
    return lineAndColumn(text, text.length());
  }

  private static int[] lineAndColumn(String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, index - lineStart + 1};
  }

  /** The UTF-8 bytes of {@code text} with its one '@' replaced by {@code bytes}. */
  static byte[] spliced(String text, int... bytes) {
    byte[] utf8 = text.getBytes(UTF_8);
    int at = -1;
    for (int i = 0; i < utf8.length; i++) {
      if (utf8[i] == '@') {
        if (at >= 0) {
          throw new IllegalArgumentException("more than one '@'");
        }
        at = i;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(utf8, 0, at);
    for (int b : bytes) {
      out.write(b);
    }
    out.write(utf8, at + 1, utf8.length - at - 1);
    return out.toByteArray();
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = new byte[a.length + b.length];
    System.arraycopy(a, 0, both, 0, a.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  static String ndjson(Chronicle chronicle) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter writer = NdjsonWriter.to(out)) {
      writer.writeAll(chronicle);
    }
    return out.toString(UTF_8);
  }
}

package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.core.Chronicle;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.testkit.ParleyArbitraries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link NdjsonReader#readChronicle(int)} reads what {@link NdjsonReader#readChronicle()} reads,
 * and refuses what it refuses with the same problem, however the lines fall into batches.
 */
class ParallelReadProperties {

  @Provide
  Arbitrary<Chronicle> chronicles() {
    return ParleyArbitraries.chronicles().withRecordsOfEachKind(1, 3).withMeetings(0, 8)
        .withStatements(0, 4).withStances(0, 3).withParticipants(1, 4);
  }

  @Provide
  Arbitrary<Set<Integer>> lines() {
    return Arbitraries.integers().between(1, 30).set().ofMaxSize(6);
  }

  /** The outcome of a read: the chronicle, or the problem's message. */
  private record Outcome(Chronicle chronicle, String problem) {}

  /**
   * Valid streams, streams with malformed lines, with a line over the length limit, with blank
   * and CRLF lines, and with a truncated last line: the same chronicle or the same problem. The
   * parallel reader runs one parser on through each batch's lines, so lines that would read
   * differently that way are among them: content after a record, half a record, a scalar.
   */
  @Property(tries = 300)
  void readsAsTheSequentialReader(@ForAll("chronicles") Chronicle chronicle,
      @ForAll("lines") Set<Integer> broken, @ForAll @IntRange(min = 0, max = 3) int variant,
      @ForAll @IntRange(min = 2, max = 3) int threads,
      @ForAll @IntRange(min = 1, max = 5) int batchLines) throws Exception {
    String[] lines = ndjson(chronicle).split("\n");
    for (int line : broken) {
      if (line <= lines.length) {
        String was = lines[line - 1];
        lines[line - 1] = switch (line % 9) {
          case 0 -> "{\"kind\": \"meeting\", \"id\": 3}";
          case 1 -> "not json";
          case 2 -> "x".repeat(3000); // over the limit set below: refused while reading
          // Lines that a parser running on through a batch could misread:
          case 3 -> was + " {}"; // content after the record
          case 4 -> was + was; // two records on one line
          case 5 -> was.substring(0, was.length() / 2); // an object the next line could close
          case 6 -> was + " \t "; // trailing blanks, still valid
          case 7 -> "12"; // a scalar the next line's digits could continue
          default -> "{\"id\": \"zz\", \"name\": \"Z\", \"kind\": \"state\"}"; // kind last
        };
      }
    }
    String text = switch (variant) {
      case 0 -> String.join("\n", lines) + "\n";
      case 1 -> String.join("\r\n\n", lines) + "\r\n";
      case 2 -> String.join("\n", lines) + "\n{\"kind\": \"state\", \"id\"";
      default -> String.join("\n", lines);
    };
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    for (ReadOptions options : List.of(ReadOptions.defaults().withMaxRecordLength(2048),
        ReadOptions.defaults().withMaxRecordLength(2048).withTruncatedLastLineSkipped(true))) {
      Outcome sequential = read(bytes, options, 1, 1);
      Outcome parallel = read(bytes, options, threads, batchLines);
      assertEquals(sequential, parallel);
    }
  }

  @Test
  void refusesFewerThanOneThread() throws IOException {
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(new byte[0]))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> in.readChronicle(0));
      assertEquals("threads must be at least 1, was 0", e.getMessage());
    }
  }

  /** Many batches of the default size, on as many threads as the machine has. */
  @Test
  void readsAStreamOfManyBatches() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 30_000; i++) {
      text.append(String.format("{\"kind\":\"official\",\"id\":\"o-%05d\",\"name\":\"Official"
          + " %d\"}%n", i, i));
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Outcome sequential = read(bytes, ReadOptions.defaults(), 1, 1);
    Outcome parallel = read(bytes, ReadOptions.defaults(),
        Math.max(2, Runtime.getRuntime().availableProcessors()), 8192);
    assertEquals(null, sequential.problem());
    assertEquals(30_000, parallel.chronicle().officials().size());
    assertEquals(sequential, parallel);
  }

  private static Outcome read(byte[] bytes, ReadOptions options, int threads, int batchLines)
      throws IOException {
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(bytes), options)) {
      return new Outcome(threads == 1 ? in.readChronicle() : in.readChronicle(threads, batchLines),
          null);
    } catch (ParleyJsonException e) {
      return new Outcome(null, e.getMessage());
    }
  }

  private static String ndjson(Chronicle chronicle) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonWriter w = NdjsonWriter.to(out)) {
      w.writeAll(chronicle);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}

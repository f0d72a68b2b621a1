package dev.parley.io.ndjson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Entity;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingLevel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's sample NDJSON line is a record Parley reads and writes back byte for byte. */
class ReadmeLineTest {

  @Test
  void readmeLineRoundTrips() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
    int block = readme.indexOf("```json\n");
    assertTrue(block >= 0, "README.md has no json block");
    String line = readme.substring(block + 8, readme.indexOf("\n```", block)) + "\n";

    Entity<?> record = NdjsonReader.from(
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8))).read().orElseThrow();
    Meeting meeting = (Meeting) record;
    assertEquals(MeetingLevel.MINISTERIAL, meeting.level().orElseThrow());

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    NdjsonWriter.to(out).write(record).flush();
    assertEquals(line, out.toString(StandardCharsets.UTF_8));
  }
}

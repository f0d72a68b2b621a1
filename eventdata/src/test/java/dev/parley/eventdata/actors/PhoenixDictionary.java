package dev.parley.eventdata.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The Phoenix country dictionary from {@code ../shared/data}, read once for the tests. */
final class PhoenixDictionary {
  static final Path FILE = Path.of(System.getProperty("parley.shared", "../../shared"))
      .resolve("data/cameo-actors/Phoenix.Countries.actors.txt");
  static final LocalDate ACCESSED = LocalDate.of(2026, 12, 5);
  static final String WORK = "Phoenix country actor dictionary";

  private static ActorDictionary dictionary;
  private static List<String> lines;

  private PhoenixDictionary() {}

  static synchronized ActorDictionary get() {
    if (dictionary == null) {
      try {
        dictionary = ActorDictionaryReader.lenient().withWork(WORK).withAccessed(ACCESSED)
            .read(FILE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dictionary;
  }

  static synchronized List<String> lines() {
    if (lines == null) {
      try {
        lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return lines;
  }
}

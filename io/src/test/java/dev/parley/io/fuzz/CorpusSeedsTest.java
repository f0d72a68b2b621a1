package dev.parley.io.fuzz;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.core.Entity;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.json.ChronicleJson;
import dev.parley.io.ndjson.NdjsonReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every seed of the fuzz corpora is read as its name says: a seed named {@code valid-*} reads
 * (every record of an NDJSON seed; the whole chronicle of a document seed), and every other seed
 * ({@code broken-*}, {@code truncated-*}, {@code finding-*}) is refused with a {@link
 * ParleyJsonException}, never another exception. The fuzz targets check only which exception
 * escapes; this test checks the meaning of each seed.
 */
class CorpusSeedsTest {
  private static final String ROOT = "/dev/parley/io/fuzz/";

  static Stream<Path> documentSeeds() throws IOException, URISyntaxException {
    return seeds("ChronicleJsonFuzzTestInputs/read");
  }

  static Stream<Path> ndjsonSeeds() throws IOException, URISyntaxException {
    return seeds("NdjsonReaderFuzzTestInputs/read");
  }

  private static Stream<Path> seeds(String folder) throws IOException, URISyntaxException {
    Path dir = Path.of(CorpusSeedsTest.class.getResource(ROOT + folder).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> all = files.sorted().collect(Collectors.toList());
      assertTrue(all.size() >= 10, "the corpus " + folder + " holds " + all.size() + " seeds");
      return all.stream();
    }
  }

  private static boolean valid(Path seed) {
    return seed.getFileName().toString().startsWith("valid-");
  }

  @ParameterizedTest
  @MethodSource("documentSeeds")
  void documentSeedsReadAsNamed(Path seed) throws IOException {
    byte[] bytes = Files.readAllBytes(seed);
    if (valid(seed)) {
      try {
        ChronicleJson.read(bytes);
      } catch (ParleyJsonException e) {
        fail(seed.getFileName() + " is refused: " + e.getMessage(), e);
      }
    } else {
      Reports.check(assertThrows(ParleyJsonException.class, () -> ChronicleJson.read(bytes),
          seed.getFileName().toString()));
    }
  }

  @ParameterizedTest
  @MethodSource("ndjsonSeeds")
  void ndjsonSeedsReadAsNamed(Path seed) throws IOException {
    byte[] bytes = Files.readAllBytes(seed);
    if (valid(seed)) {
      try {
        int records = readAll(bytes);
        assertTrue(records > 0, seed.getFileName() + " holds no record");
      } catch (ParleyJsonException e) {
        fail(seed.getFileName() + " is refused: " + e.getMessage(), e);
      }
    } else {
      Reports.check(assertThrows(ParleyJsonException.class, () -> readAll(bytes),
          seed.getFileName().toString()));
    }
  }

  private static int readAll(byte[] bytes) throws IOException {
    int n = 0;
    try (NdjsonReader in = NdjsonReader.from(new ByteArrayInputStream(bytes))) {
      for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
        n++;
      }
    }
    return n;
  }
}

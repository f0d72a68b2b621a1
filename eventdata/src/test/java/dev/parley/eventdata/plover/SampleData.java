package dev.parley.eventdata.plover;

import java.nio.file.Path;

/** Where the shared reference data is: {@code ../shared/data} beside the repository. */
final class SampleData {
  private SampleData() {}

  /** The data folder, overridable with {@code -Dparley.data=...}. */
  static Path dir() {
    return Path.of(System.getProperty("parley.data", "../../shared/data"));
  }

  static Path ploverSample() {
    return dir().resolve("plover/PLOVER_GSR_CAMEO.sample.json");
  }

  static Path cameoTable() {
    return dir().resolve("plover/CAMEO2PLOVER-2021.txt");
  }
}

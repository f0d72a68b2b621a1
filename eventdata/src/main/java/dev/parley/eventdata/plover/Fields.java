package dev.parley.eventdata.plover;

import java.text.Normalizer;
import java.util.Locale;

/** Field names and helpers shared by the reader and the writer. */
final class Fields {
  private Fields() {}

  /** The key of the extension that keeps what a record says beyond Parley's fields. */
  static final String PLOVER = "plover";
  /** The record object field that carries what PLOVER has no field for. */
  static final String PARLEY = "parley";

  // Keys inside the "plover" extension.
  static final String ID = "id";
  static final String EVENT = "event";
  static final String IMPLIED_MODE = "impliedMode";
  static final String MODE = "mode";
  static final String CONTEXT = "context";
  static final String CONTEXT_AS_TEXT = "contextAsText";
  static final String TARGET_FIELD = "targetField";
  static final String SOURCE = "source";
  static final String TARGET = "target";
  static final String RECIPIENT = "recipient";
  static final String RECORD = "record";
  static final String CODE = "code";
  static final String SECTOR = "sector";
  static final String ACTOR_TEXT = "actorText";

  /** A lower-case slug of {@code text}: accents dropped, other characters joined by hyphens. */
  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (s.length() > 128) {
      s = s.substring(0, 128).replaceAll("-+$", "");
    }
    return s;
  }
}

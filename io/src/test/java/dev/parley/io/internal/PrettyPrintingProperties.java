package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Documents are pretty-printed byte for byte as Jackson's own pretty printer prints them with
 * two-space indents, "\n" line ends and "name": value, at every depth: within the levels whose
 * indents are encoded once ({@link Json.Indents#ENCODED_LEVELS}) and beyond them.
 */
class PrettyPrintingProperties {

  /** Jackson's printer, configured as the format's documents are printed. */
  private static final ObjectWriteContext JACKSON = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter()
          .withObjectIndenter(indenter)
          .withArrayIndenter(indenter)
          .withSeparators(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER));
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  /** A JSON value to write: nested objects and arrays, empty ones, strings and numbers. */
  sealed interface Value {}

  record Text(String text) implements Value {}

  record Whole(long value) implements Value {}

  record Array(List<Value> items) implements Value {}

  record Members(List<Value> fields) implements Value {}

  @Provide
  Arbitrary<Value> values() {
    return Arbitraries.lazyOf(
        () -> Arbitraries.strings().ofMaxLength(5).map(Text::new),
        () -> Arbitraries.longs().map(Whole::new),
        () -> values().list().ofMaxSize(3).map(Array::new),
        () -> values().list().ofMaxSize(3).map(Members::new));
  }

  @Provide
  Arbitrary<Value> deep() {
    // A chain deeper than the encoded levels, objects and arrays by turns, a value at the end.
    return Arbitraries.integers().between(Json.Indents.ENCODED_LEVELS - 2,
        Json.Indents.ENCODED_LEVELS + 8).flatMap(depth -> values().map(leaf -> {
          Value v = leaf;
          for (int i = 0; i < depth; i++) {
            v = i % 2 == 0 ? new Array(List.of(v, new Text("x"))) : new Members(List.of(v));
          }
          return v;
        }));
  }

  @Property(tries = 300)
  void printsAsJacksonPrints(@ForAll("values") Value value) {
    assertEquals(print(JACKSON, value), parley(value));
  }

  @Property(tries = 50)
  void printsAsJacksonPrintsBeyondTheEncodedLevels(@ForAll("deep") Value value) {
    assertEquals(print(JACKSON, value), parley(value));
  }

  private static String parley(Value value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = Json.prettyGenerator(out)) {
      write(g, value);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String print(ObjectWriteContext context, Value value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JsonFactory.builder().build().createGenerator(context, out)) {
      write(g, value);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static void write(JsonGenerator g, Value value) {
    if (value instanceof Text t) {
      g.writeString(t.text());
    } else if (value instanceof Whole n) {
      g.writeNumber(n.value());
    } else if (value instanceof Array a) {
      g.writeStartArray();
      for (Value v : a.items()) {
        write(g, v);
      }
      g.writeEndArray();
    } else {
      Members o = (Members) value;
      g.writeStartObject();
      for (int i = 0; i < o.fields().size(); i++) {
        g.writeName("f" + i);
        write(g, o.fields().get(i));
      }
      g.writeEndObject();
    }
  }
}

package dev.parley.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.io.ReadOptions;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonFactory;

class JsonFactoriesTest {

  @Test
  void optionsWithEqualLimitsShareAFactory() {
    ReadOptions options = ReadOptions.defaults().withMaxStringLength(1234);
    JsonFactory first = Json.factory(options);
    assertSame(first, Json.factory(ReadOptions.defaults().withMaxStringLength(1234)));
    // Options a factory does not depend on share it too.
    assertSame(first, Json.factory(options.withMaxRecordLength(99).strict()
        .withMaxFieldsPerObject(7)));
    assertEquals(1234, first.streamReadConstraints().getMaxStringLength());
  }

  @Test
  void endlesslyVaryingLimitsKeepABoundedNumberOfFactories() {
    for (int length = 1000; length < 3000; length++) {
      JsonFactory factory = Json.factory(ReadOptions.defaults().withMaxStringLength(length));
      assertEquals(length, factory.streamReadConstraints().getMaxStringLength());
      assertTrue(Json.factoriesKept() <= Json.MAX_FACTORIES, () -> Json.factoriesKept() + " kept");
    }
  }
}

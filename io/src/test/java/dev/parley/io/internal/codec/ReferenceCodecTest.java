package dev.parley.io.internal.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.PartyRef;
import dev.parley.core.TypedId;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every field that holds the id of another record reads it with a reference codec, which a
 * reader notes in its ledger of references; a record's own id does not. An assembler given a
 * reader's ledger looks up the ledger's ids instead of each record's references, so a reference
 * read with any other codec would go unchecked: this test is what keeps that from happening as
 * fields and kinds are added.
 */
class ReferenceCodecTest {

  /** The schema definitions of ids and references, from the codecs of {@code TypedId} values. */
  private static Set<String> idDefinitions() throws IllegalAccessException {
    Set<String> defs = new TreeSet<>();
    for (java.lang.reflect.Field f : Codecs.class.getDeclaredFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != TextCodec.class) {
        continue;
      }
      Class<?> value = (Class<?>) ((ParameterizedType) f.getGenericType())
          .getActualTypeArguments()[0];
      if (TypedId.class.isAssignableFrom(value) || value == ActorRef.class
          || value == PartyRef.class) {
        f.setAccessible(true);
        defs.add(((TextCodec<?>) f.get(null)).schema());
      }
    }
    return defs;
  }

  @Test
  void idsOfOtherRecordsAreReadWithReferenceCodecs() throws IllegalAccessException {
    Set<String> ids = idDefinitions();
    // The walk finds the ids and references there are: a sanity check on the reflection.
    assertTrue(ids.containsAll(Set.of("#/$defs/stateId", "#/$defs/officialId",
        "#/$defs/meetingId", "#/$defs/actorRef", "#/$defs/partyRef")), ids.toString());
    List<String> wrong = new ArrayList<>();
    int references = 0;
    for (ObjectCodec<?, ?> table : Codecs.objects()) {
      for (Field<?, ?> field : table.fields()) {
        if (!(field.codec() instanceof TextCodec<?> codec) || !ids.contains(codec.schema())) {
          assertFalse(field.codec() instanceof TextCodec<?> t && t.isReference(),
              table.type() + "." + field.name() + " is not an id but is read as a reference");
          continue;
        }
        boolean own = table.isRecord() && field.name().equals("id");
        if (codec.isReference() == own) {
          wrong.add(table.type() + "." + field.name()
              + (own ? " (the record's own id) is" : " (an id of another record) is not")
              + " read with a reference codec");
        }
        references += own ? 0 : 1;
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(references >= 20, "only " + references + " reference fields found");
  }
}

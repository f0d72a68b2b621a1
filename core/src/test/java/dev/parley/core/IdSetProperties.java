package dev.parley.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** {@link IdSet} answers as a {@link HashSet} does, through growth and colliding hashes. */
class IdSetProperties {

  /** Short slugs from a few letters, so that ids repeat; and pairs of equal hash codes. */
  @Provide
  Arbitrary<List<MeetingId>> ids() {
    Arbitrary<MeetingId> few = Arbitraries.strings().withChars("abc0").ofMinLength(1)
        .ofMaxLength(6).map(MeetingId::of);
    // "aan" and "ac0", "aao" and "ac1", ...: String hash codes collide.
    Arbitrary<MeetingId> colliding = Arbitraries.of("aan", "ac0", "aao", "ac1", "aap", "ac2")
        .map(MeetingId::of);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, few), net.jqwik.api.Tuple.of(1, colliding))
        .list().ofMaxSize(300);
  }

  @Property(tries = 500)
  void behavesAsAHashSet(
      @ForAll("ids") List<MeetingId> added,
      @ForAll("ids") List<MeetingId> asked,
      @ForAll @IntRange(max = 64) int expected) {
    IdSet<MeetingId> set = new IdSet<>(expected);
    Set<MeetingId> model = new HashSet<>();
    for (MeetingId id : added) {
      assertEquals(model.add(id), set.add(MeetingId.of(id.value())), () -> "add " + id);
      assertEquals(model.size(), set.size());
    }
    for (MeetingId id : added) {
      assertEquals(true, set.contains(id));
    }
    for (MeetingId id : asked) {
      assertEquals(model.contains(id), set.contains(id), () -> "contains " + id);
    }
  }

  @Example
  void idsOfEqualHashAreTold() {
    assertEquals("aan".hashCode(), "ac0".hashCode());
    IdSet<IssueId> set = new IdSet<>();
    set.add(IssueId.of("aan"));
    assertEquals(false, set.contains(IssueId.of("ac0")));
    assertEquals(true, set.add(IssueId.of("ac0")));
    assertEquals(true, set.contains(IssueId.of("ac0")));
    assertEquals(2, set.size());
  }
}

package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.MeetingId;
import dev.parley.core.StateId;
import dev.parley.core.time.FuzzyDate;
import org.junit.jupiter.api.Test;

/** The laws pass for real values and fail, saying why, for values that break them. */
class ParleyLawsTest {

  /** Equal by a field, but with a hash code of its own: breaks the hash code law. */
  private static final class BadHash {
    final int id;

    BadHash(int id) {
      this.id = id;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BadHash && ((BadHash) o).id == id;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }

    @Override
    public String toString() {
      return "BadHash" + id;
    }
  }

  /** Equal to every BadHash, but not the other way round: breaks symmetry. */
  private static final class Greedy {
    @Override
    public boolean equals(Object o) {
      return o instanceof Greedy || o instanceof BadHash;
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  @Test
  void realValuesPass() {
    ParleyLaws.checkValueSemantics(StateId.of("TUR"));
    ParleyLaws.checkValueSemantics(FuzzyDate.parse("2023-05~/.."));
    ParleyLaws.checkEqualsConsistency(MeetingId.of("a"), MeetingId.of("b"));
  }

  @Test
  void aBrokenHashCodeIsCaught() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ParleyLaws.checkValueSemantics(new BadHash(1), new BadHash(1)));
    assertTrue(e.getMessage().startsWith("equal values have different hash codes"),
        e.getMessage());
  }

  @Test
  void anAsymmetricEqualsIsCaught() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ParleyLaws.checkEqualsConsistency(new Greedy(), new BadHash(1)));
    assertTrue(e.getMessage().startsWith("equals is not symmetric"), e.getMessage());
  }

  @Test
  void unequalValuesAreCaught() {
    AssertionError e = assertThrows(AssertionError.class,
        () -> ParleyLaws.checkValueSemantics(StateId.of("TUR"), StateId.of("SYR")));
    assertEquals("the values are not equal:\n  state:TUR\n  state:SYR", e.getMessage());
  }

  @Test
  void rebuildRefusesForeignTypes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ParleyLaws.rebuild("text"));
    assertTrue(e.getMessage().contains("java.lang.String"), e.getMessage());
  }
}

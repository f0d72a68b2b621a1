package dev.parley.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingStatus;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * The default {@code @ForAll Chronicle} is worth testing against: most samples hold a held meeting
 * where two named actors met, and a statement and a stance. jqwik's coverage checks fail the
 * property when a share falls below its bound over the property's tries.
 */
class DefaultChronicleProperties {

  /** A fixed seed: the shares are a property of the generator, not a coin toss per build. */
  @Property(tries = 500, seed = "20260425")
  void mostDefaultChroniclesHoldHeldMeetingsStatementsAndStances(@ForAll Chronicle chronicle) {
    boolean heldWithTwoNamed = chronicle.meetings().stream()
        .anyMatch(DefaultChronicleProperties::heldWithTwoNamedParticipants);
    boolean statementAndStance =
        !chronicle.statements().isEmpty() && !chronicle.stances().isEmpty();
    boolean coAttendance = !chronicle.query().coAttendance().edges().isEmpty();
    // The co-attendance graph has an edge exactly when a held meeting had two named actors.
    assertTrue(heldWithTwoNamed == coAttendance, chronicle::toString);

    Statistics.label("held meeting with two named participants").collect(heldWithTwoNamed);
    Statistics.label("statement and stance").collect(statementAndStance);
    Statistics.label("meetings").collect(chronicle.meetings().size());
    Statistics.label("records").collect(bucket(records(chronicle)));
    Statistics.label("has events").collect(!chronicle.events().isEmpty());

    Statistics.label("held meeting with two named participants")
        .coverage(c -> c.check(true).percentage(p -> p >= 90));
    Statistics.label("statement and stance")
        .coverage(c -> c.check(true).percentage(p -> p >= 50));
    Statistics.label("meetings").coverage(c -> c.check(0).count(n -> n == 0));
    Statistics.label("has events").coverage(c -> c.check(true).percentage(p -> p >= 50));
  }

  /** Held, with at least two different actors among its named participants. */
  private static boolean heldWithTwoNamedParticipants(Meeting m) {
    Set<ActorRef> named = m.participants().stream()
        .flatMap(p -> p.actor().stream())
        .collect(Collectors.toSet());
    return m.status() == MeetingStatus.HELD && named.size() >= 2;
  }

  private static int records(Chronicle c) {
    return c.states().size() + c.officials().size() + c.organizations().size()
        + c.meetings().size() + c.statements().size() + c.stances().size() + c.events().size()
        + c.issues().size() + c.articles().size();
  }

  private static String bucket(int records) {
    return records < 10 ? "under 10 records" : records < 20 ? "10 to 19 records" : "20 or more";
  }
}

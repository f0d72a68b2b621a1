package com.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.testkit.ParleyLaws;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * What a user writes: properties over Parley types, with the test kit and AssertJ. Its name ends
 * in Properties, which Surefire runs only because the README's pom includes it.
 */
class MeetingProperties {

  @Property(tries = 200)
  void everyMeetingHasAStatusAndASource(@ForAll Meeting meeting) {
    assertThat(meeting.sources()).isNotEmpty();
    assertThat(meeting.statusHistory()).isNotEmpty();
    ParleyLaws.checkValueSemantics(meeting);
  }

  @Property(tries = 100)
  void everyParticipantOfAChronicleExists(@ForAll Chronicle chronicle) {
    chronicle.meetings().forEach(m -> m.participants().forEach(p -> p.actor().ifPresent(a ->
        assertThat(chronicle.contains(a)).as("participant %s exists", a.toRefString()).isTrue())));
  }
}

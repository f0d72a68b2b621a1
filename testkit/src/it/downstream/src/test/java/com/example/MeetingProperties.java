package com.example;

import dev.parley.core.Chronicle;
import dev.parley.core.Meeting;
import dev.parley.testkit.ParleyLaws;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** What a user writes: properties over Parley types, with nothing but the test kit. */
class MeetingProperties {

  @Property(tries = 200)
  void everyMeetingHasAStatusAndASource(@ForAll Meeting meeting) {
    if (meeting.sources().isEmpty() || meeting.statusHistory().isEmpty()) {
      throw new AssertionError("a meeting without source or status: " + meeting);
    }
    ParleyLaws.checkValueSemantics(meeting);
  }

  @Property(tries = 100)
  void everyParticipantOfAChronicleExists(@ForAll Chronicle chronicle) {
    chronicle.meetings().forEach(m -> m.participants().forEach(p -> p.actor().ifPresent(a -> {
      if (!chronicle.contains(a)) {
        throw new AssertionError("dangling " + a.toRefString());
      }
    })));
  }
}

package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.util.List;

/**
 * The usage example of the README. {@link ReadmeExampleTest} checks that the README shows the
 * code between the markers, verbatim, and runs it.
 */
final class ReadmeExample {
  private ReadmeExample() {}

  static List<String> run() {
    // README-BEGIN
    StateId russia = StateId.of("RUS");
    StateId turkiye = StateId.of("TUR");
    OfficialId shoigu = OfficialId.of("sergei-shoigu");
    ArticleId article = ArticleId.of("moscow-times-2023-04-25");
    SourceRef source = SourceRef.of(article, 232, 303); // code points [232, 303) of the article

    Meeting talks = Meeting.builder()
        .id(MeetingId.of("moscow-defence-ministers-2023-04-25"))
        .title("Defence ministers meet in Moscow")
        .date(FuzzyDate.parse("2023-04-25"))
        .place(Place.of("Moscow", russia))
        .addParticipant(Participant.builder()
            .actor(shoigu)
            .role(ParticipantRole.HOST)
            .capacity(Post.of(PostRole.DEFENSE_MINISTER, russia))
            .build())
        // Known only by the post: "his Turkish counterpart"
        .addParticipant(Participant.byCapacity(Post.of(PostRole.DEFENSE_MINISTER, turkiye)))
        .addStatusChange(StatusChange.builder()
            .status(MeetingStatus.HELD)
            .reported(FuzzyDate.parse("2023-04-25"))
            .addSource(source)
            .build())
        .addSource(source)
        .build();

    Chronicle chronicle = Chronicle.builder()
        .addState(State.builder().id(russia).name("Russia").build())
        .addState(State.builder().id(turkiye).name("Türkiye").addOtherName("Turkey").build())
        .addOfficial(Official.builder().id(shoigu).name("Sergei Shoigu").build())
        .addArticle(Article.builder().id(article).publisher("The Moscow Times").build())
        .addMeeting(talks)
        .build(); // checks that every id referred to exists

    String line = talks.status() + " " + talks.format().orElseThrow()
        + " " + talks.level().orElseThrow();                // HELD BILATERAL MINISTERIAL

    try {
      Chronicle.builder().addMeeting(talks).build();    // no states, officials or article
    } catch (InvalidChronicleException e) {
      e.violations().forEach(System.out::println);
      // meeting 'moscow-defence-ministers-2023-04-25' participants[0].actor: unknown official 'sergei-shoigu'
      // ... 6 violations in all, every one reported at once
    }
    // README-END
    return List.of(line, chronicle.toString());
  }
}

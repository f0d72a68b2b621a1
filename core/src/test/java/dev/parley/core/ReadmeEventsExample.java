package dev.parley.core;

import dev.parley.core.time.FuzzyDate;
import java.util.List;

/** The README's "Events" example, verbatim between the markers; run by its test. */
final class ReadmeEventsExample {
  private ReadmeEventsExample() {}

  static List<Event> run() {
    SourceRef source = SourceRef.of(ArticleId.of("bbc-2016-12-19"), 0, 60);
    // README-BEGIN
    Event shooting = Event.builder()
        .id(EventId.of("russian-ambassador-shot-ankara-2016-12-19"))
        .category(PloverCategory.ASSAULT)          // a PLOVER 2021 category
        .mode("assassinate")                       // PLOVER's mode name, as the manual writes it
        .addSourceActor(EventActor.anonymous(StateId.of("TUR"), "an off-duty police officer"))
        .addTargetActor(EventActor.byCapacity(Post.of(PostRole.AMBASSADOR, StateId.of("RUS"))))
        .date(FuzzyDate.parse("2016-12-19"))
        .place(Place.of("Ankara", StateId.of("TUR")))
        .magnitudes(Magnitudes.builder().dead(1).build())
        .description("Russia's ambassador to Türkiye was shot dead in Ankara")
        .addSource(source)
        .build();

    Chronicle chronicle = Chronicle.builder()
        .addState(State.builder().id(StateId.of("TUR")).name("Türkiye").build())
        .addState(State.builder().id(StateId.of("RUS")).name("Russia").build())
        .addArticle(Article.builder().id(ArticleId.of("bbc-2016-12-19")).build())
        .addEvent(shooting)
        .build();

    // Assaults from Türkiye (the officer's affiliation counts) on Russia (the ambassador's post)
    List<Event> found = chronicle.query().events()
        .inCategory(PloverCategory.ASSAULT)
        .between(StateId.of("TUR"), StateId.of("RUS"))
        .list();                                    // [shooting]
    // README-END
    return found;
  }
}

package dev.parley.core;

import dev.parley.core.query.Queries;
import dev.parley.core.time.FuzzyDate;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** The README's model-2 example (events, speakers by post, reference terms), kept compiling. */
final class ReadmeModelTwo {
  private ReadmeModelTwo() {}

  static List<Object> run() {
    // README-BEGIN
    StateId turkiye = StateId.of("TUR");
    ArticleId article = ArticleId.of("report-2023-04");
    Post turkishFm = Post.of(PostRole.FOREIGN_MINISTER, turkiye);

    Official cavusoglu = Official.builder()
        .id(OfficialId.of("mevlut-cavusoglu"))
        .name("Mevlüt Çavuşoğlu")
        .addTenures(Tenure.builder()
            .post(turkishFm)
            .term(FuzzyDate.parse("2015-11-24/2023-06-04"))
            .addReferences(Reference.builder()
                .work("Wikipedia")
                .url(URI.create("https://en.wikipedia.org/wiki/Mevl%C3%BCt_%C3%87avu%C5%9Fo%C4%9Flu"))
                .says("Minister of Foreign Affairs: 24 November 2015 - 4 June 2023")
                .accessed(LocalDate.of(2026, 12, 5))
                .build())
            .build())
        .build();

    // "Türkiye's foreign minister said ...": a speaker known only by post.
    Statement remark = Statement.builder()
        .id(StatementId.of("turkish-fm-on-early-may"))
        .speaker(Speaker.byCapacity(turkishFm))
        .date(FuzzyDate.parse("2023-04-17~/2023-04-23~"))
        .mode(StatementMode.PARAPHRASE)
        .text("A four-way meeting may take place in early May.")
        .addSources(SourceRef.of(article, 120, 180))
        .build();

    Event attack = Event.builder()
        .id(EventId.of("istanbul-attack-2022-11-13"))
        .category(PloverCategory.ASSAULT)
        .addTargetActors(EventActor.of(turkiye))
        .date(FuzzyDate.parse("2022-11-13"))
        .place(Place.builder().city("Istanbul").state(turkiye).build())
        .magnitudes(Magnitudes.builder().dead(6).injured(81).build())
        .description("An attack on a shopping street in Istanbul.")
        .addSources(SourceRef.of(article, 10, 60))
        .build();

    Chronicle chronicle = Chronicle.builder()
        .addStates(State.builder().id(turkiye).name("Türkiye").addOtherNames("Turkey").build())
        .addOfficials(cavusoglu)
        .addArticles(Article.builder().id(article).build())
        .addStatements(remark)
        .addEvents(attack)
        .build();
    Queries q = chronicle.query();
    q.holders(turkishFm, LocalDate.of(2023, 4, 20));            // Çavuşoğlu, from the reference
    q.statements().byIncludingInferred(cavusoglu.id()).list(); // the remark, by his post
    q.events().inCategory(PloverCategory.ASSAULT).byTarget(turkiye).list(); // the attack
    // README-END
    return List.of(q.holders(turkishFm, LocalDate.of(2023, 4, 20)),
        q.statements().byIncludingInferred(cavusoglu.id()).list(),
        q.events().inCategory(PloverCategory.ASSAULT).byTarget(turkiye).list());
  }
}

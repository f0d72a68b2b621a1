package dev.parley.eventdata.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import dev.parley.core.SourceRef;
import dev.parley.core.State;
import dev.parley.core.StateId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Example tests of the gazetteer, many on sentences of the seed articles. */
class GazetteerTest {
  static final StateId TUR = StateId.of("TUR");
  static final StateId RUS = StateId.of("RUS");
  static final StateId SYR = StateId.of("SYR");
  static final StateId IRN = StateId.of("IRN");

  static final Chronicle CHRONICLE = Chronicle.builder()
      .addState(State.builder().id(TUR).name("Türkiye").addOtherName("Turkey")
          .capital("Ankara").build())
      .addState(State.builder().id(RUS).name("Russia").capital("Moscow").build())
      .addState(State.builder().id(SYR).name("Syria").addOtherName("Syrian Arab Republic")
          .build())
      .addState(State.builder().id(IRN).name("Iran").build())
      .addState(State.builder().id(StateId.of("USA")).name("United States")
          .addOtherName("US").addOtherName("U.S.").build())
      .addOfficial(official("sergey-lavrov", "Sergey Lavrov", "Sergei Lavrov"))
      .addOfficial(official("mevlut-cavusoglu", "Mevlüt Çavuşoğlu"))
      .addOfficial(official("hossein-amirabdollahian", "Hossein Amirabdollahian",
          "Hossein Amir-Abdollahian", "Hossein Abdollahian"))
      .addOfficial(official("bashar-al-assad", "Bashar al-Assad"))
      .addOfficial(official("ibrahim-kalin", "İbrahim Kalın"))
      .addOfficial(official("sergei-shoigu", "SERGEI SHOIGU"))
      .addOrganization(Organization.builder().id(OrganizationId.of("russia-ministry-of-defence"))
          .name("Russian Defense Ministry").kind(OrganizationKind.MINISTRY).build())
      .addOrganization(Organization.builder().id(OrganizationId.of("nato"))
          .name("NATO").kind(OrganizationKind.INTERNATIONAL_ORGANIZATION).build())
      .build();

  static final Gazetteer GAZETTEER = Gazetteer.of(CHRONICLE);

  static Official official(String id, String name, String... others) {
    return Official.builder().id(OfficialId.of(id)).name(name).addOtherNames(others).build();
  }

  static String show(List<Mention> mentions) {
    return mentions.stream()
        .map(m -> m.text() + "=" + m.actor().toRefString() + "/" + m.reason())
        .collect(Collectors.joining(", "));
  }

  @Test
  void transliterationFoldsDiacriticsAndTurkishI() {
    List<Mention> found = GAZETTEER.find(
        "Mevlut Cavusoglu met Ibrahim Kalin; MEVLÜT ÇAVUŞOĞLU and İbrahim Kalın later.");
    assertEquals("Mevlut Cavusoglu=official:mevlut-cavusoglu/NAME, "
        + "Ibrahim Kalin=official:ibrahim-kalin/NAME, "
        + "MEVLÜT ÇAVUŞOĞLU=official:mevlut-cavusoglu/NAME, "
        + "İbrahim Kalın=official:ibrahim-kalin/NAME", show(found));
  }

  @Test
  void seedSentenceWithVariantsDemonymsAndSurname() {
    String text = "Russian Foreign Minister Sergei Lavrov hosted his Turkish, Iranian and Syrian "
        + "counterparts, Mevlut Cavusoglu, Hossein Amir-Abdollahian and Faisal Mekdad. Lavrov "
        + "said Moscow would help.";
    assertEquals("Russian=state:RUS/DEMONYM, Sergei Lavrov=official:sergey-lavrov/OTHER_NAME, "
        + "Turkish=state:TUR/DEMONYM, Iranian=state:IRN/DEMONYM, Syrian=state:SYR/DEMONYM, "
        + "Mevlut Cavusoglu=official:mevlut-cavusoglu/NAME, "
        + "Hossein Amir-Abdollahian=official:hossein-amirabdollahian/OTHER_NAME, "
        + "Lavrov=official:sergey-lavrov/SURNAME, Moscow=state:RUS/CAPITAL",
        show(GAZETTEER.find(text)));
  }

  @Test
  void surnameBeforeAnyFullMentionIsNotFound() {
    String text = "Lavrov arrived. Then Sergey Lavrov spoke, and Lavrov left.";
    List<Mention> found = GAZETTEER.find(text);
    assertEquals("Sergey Lavrov=official:sergey-lavrov/NAME, "
        + "Lavrov=official:sergey-lavrov/SURNAME", show(found));
    assertEquals(text.indexOf("Lavrov left"), found.get(1).start());
  }

  @Test
  void alPrefixedSurnameIsFoundWithAndWithoutTheArticle() {
    String text = "Bashar al-Assad met envoys; al-Assad and Assad both appear.";
    assertEquals("Bashar al-Assad=official:bashar-al-assad/NAME, "
        + "al-Assad=official:bashar-al-assad/SURNAME, Assad=official:bashar-al-assad/SURNAME",
        show(GAZETTEER.find(text)));
  }

  @Test
  void longestMatchWins() {
    assertEquals("Russian Defense Ministry=organization:russia-ministry-of-defence/NAME, "
        + "Syrian Arab Republic=state:SYR/OTHER_NAME",
        show(GAZETTEER.find("The Russian Defense Ministry said the Syrian Arab Republic agreed.")));
  }

  @Test
  void wholeWordsOnly() {
    assertEquals("", show(GAZETTEER.find("Iranianism? Turkeys, Syriana, Moscowite, USA, NATOs")));
    assertEquals("Iran=state:IRN/NAME", show(GAZETTEER.find("(Iran)")));
  }

  @Test
  void caseRules() {
    // A mixed-case name needs its case or capitals only.
    assertEquals("TURKEY=state:TUR/OTHER_NAME",
        show(GAZETTEER.find("a turkey for dinner; TURKEY VOTES")));
    // Capitals-only names of up to three letters need capitals; longer ones a capital first.
    assertEquals("US=state:USA/OTHER_NAME, Nato=organization:nato/NAME, "
        + "Sergei Shoigu=official:sergei-shoigu/NAME",
        show(GAZETTEER.find("let us see: US and Nato, then Sergei Shoigu; nato no")));
  }

  @Test
  void offsetsAreCodePoints() {
    String text = "\uD83D\uDE00 Türkiye \uD835\uDD38 Iran";
    List<Mention> found = GAZETTEER.find(text);
    assertEquals(2, found.get(0).start());
    assertEquals(9, found.get(0).end());
    assertEquals(12, found.get(1).start());
    SourceRef ref = found.get(1).toSourceRef(ArticleId.of("a"));
    assertEquals("Iran", ref.resolve(text));
    assertEquals("12\t16\tstate\tIRN\tIran", found.get(1).toString());
  }

  @Test
  void addedDemonymsExtendTheTableAndDefaultsCanBeLeftOut() {
    Gazetteer g = Gazetteer.builder().add(CHRONICLE).withoutDefaultDemonyms()
        .addDemonym(TUR, "Türk").build();
    assertEquals("Turk=state:TUR/DEMONYM", show(g.find("Turk and Turkish")));
  }

  @Test
  void demonymsOnlyForStatesTheChroniclesHold() {
    assertEquals("", show(GAZETTEER.find("Chinese and French diplomats")));
  }

  @Test
  void sharedSurnameGoesToTheOfficialMentionedLast() {
    Chronicle c = Chronicle.builder()
        .addOfficial(official("a-smith", "Anna Smith"))
        .addOfficial(official("b-smith", "Bob Smith"))
        .build();
    List<Mention> found = Gazetteer.of(c).find("Anna Smith, Bob Smith. Smith said. Anna Smith; Smith");
    List<ActorRef> actors = found.stream().map(Mention::actor).toList();
    assertEquals(List.of(OfficialId.of("a-smith"), OfficialId.of("b-smith"),
        OfficialId.of("b-smith"), OfficialId.of("a-smith"), OfficialId.of("a-smith")), actors);
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(NullPointerException.class, () -> GAZETTEER.find(null));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Gazetteer.builder().addDemonym(TUR, " "));
    assertTrue(e.getMessage().contains("TUR"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new Mention(3, 5, TUR, "abc", MentionReason.NAME));
    assertThrows(IllegalArgumentException.class,
        () -> new Mention(3, 3, TUR, "", MentionReason.NAME));
  }
}

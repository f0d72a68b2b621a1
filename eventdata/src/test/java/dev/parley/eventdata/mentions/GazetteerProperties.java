package dev.parley.eventdata.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.Chronicle;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.OrganizationKind;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Laws of the mention finder, on gazetteers of random names (words of letters a–p with Turkish
 * and other diacritics) and texts of random filler (letters q–z, digits, punctuation, spaces and
 * astral characters) that cannot spell a name.
 */
class GazetteerProperties {

  /** A random gazetteer: officials with one to three words each, no two folding alike. */
  record World(List<Official> officials, Gazetteer gazetteer) {}

  @Provide
  Arbitrary<World> worlds() {
    Arbitrary<String> word = Combinators.combine(
            Arbitraries.of('A', 'B', 'Ç', 'D', 'E', 'F', 'G', 'H', 'İ', 'K', 'L', 'M', 'N', 'O',
                'Ö', 'P'),
            Arbitraries.strings().withChars("abcçdefgğhıiklmnoöpşü").ofMinLength(2).ofMaxLength(7))
        .as((first, rest) -> first + rest);
    Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map(ws -> String.join(" ", ws));
    return name.list().ofMinSize(1).ofMaxSize(8).uniqueElements(Folding::fold)
        .filter(GazetteerProperties::noSurnameIsAName)
        .map(names -> {
          List<Official> officials = new ArrayList<>();
          for (int i = 0; i < names.size(); i++) {
            officials.add(Official.builder().id(OfficialId.of("o" + i)).name(names.get(i))
                .build());
          }
          return new World(officials,
              Gazetteer.of(Chronicle.builder().addAllOfficials(officials).build()));
        });
  }

  /** Keeps the laws about one name at a time free of another official's full name. */
  private static boolean noSurnameIsAName(List<String> names) {
    List<String> folded = names.stream().map(Folding::fold).toList();
    for (String n : folded) {
      String last = n.substring(n.lastIndexOf(' ') + 1);
      for (String other : folded) {
        if (!other.equals(n) && (other.equals(last) || other.contains(" " + last)
            || other.startsWith(last + " "))) {
          return false;
        }
      }
    }
    return true;
  }

  @Provide
  Arbitrary<String> fillers() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.strings().withChars("qrstuvwxyz0123456789").ofMinLength(1).ofMaxLength(6),
        Arbitraries.of(" ", "  ", ", ", ". ", "\n", "\uD83D\uDE00", "\uD835\uDD38", "“", "’s "));
    return piece.list().ofMaxSize(8).map(ps -> String.join("", ps));
  }

  @Provide
  Arbitrary<List<String>> fillerLists() {
    return fillers().list().ofMaxSize(12);
  }

  private static int points(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String asciiFolded(String name) {
    String noDots = name.replace('ı', 'i').replace('İ', 'I');
    return Normalizer.normalize(noDots, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "");
  }

  @Property(tries = 300)
  void everyNameInTextIsFoundAtItsCodePointSpan(@ForAll("worlds") World world,
      @ForAll("fillers") String before, @ForAll("fillers") String after,
      @ForAll boolean transliterate) {
    for (Official o : world.officials()) {
      String name = transliterate ? asciiFolded(o.name()) : o.name();
      String text = before + " " + name + " " + after;
      int start = points(before) + 1;
      assertEquals(List.of(new Mention(start, start + points(name), o.id(), name,
          MentionReason.NAME)), world.gazetteer().find(text), text);
    }
  }

  @Property(tries = 300)
  void noMentionInsideALongerWord(@ForAll("worlds") World world,
      @ForAll("fillers") String before, @ForAll("fillers") String after,
      @ForAll boolean gluedBefore) {
    for (Official o : world.officials()) {
      String text = before + " " + (gluedBefore ? "x" + o.name() + " " : o.name() + "7 ") + after;
      assertTrue(world.gazetteer().find(text).stream()
          .noneMatch(m -> m.actor().equals(o.id()) && m.reason() == MentionReason.NAME), text);
    }
  }

  @Property(tries = 300)
  void surnameCountsOnlyAfterAFullMention(@ForAll("worlds") World world,
      @ForAll("fillers") String filler) {
    for (Official o : world.officials()) {
      String name = o.name();
      int space = name.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      String surname = name.substring(space + 1);
      String text = surname + " " + filler + " " + name + " " + filler + " " + surname;
      List<Mention> found = world.gazetteer().find(text);
      int last = points(text) - points(surname);
      assertEquals(List.of(
          new Mention(points(surname + " " + filler + " "),
              points(surname + " " + filler + " " + name), o.id(), name, MentionReason.NAME),
          new Mention(last, last + points(surname), o.id(), surname, MentionReason.SURNAME)),
          found, text);
    }
  }

  @Property(tries = 300)
  void longestMatchWinsOverANameInsideIt(@ForAll("worlds") World world,
      @ForAll("fillers") String before) {
    // Each official's name with a further word is an organization's name: the organization wins.
    Chronicle.Builder b = Chronicle.builder().addAllOfficials(world.officials());
    for (Official o : world.officials()) {
      b.addOrganization(Organization.builder().id(OrganizationId.of("org-" + o.id().value()))
          .name(o.name() + " Qrs").kind(OrganizationKind.MINISTRY).build());
    }
    Gazetteer g = Gazetteer.of(b.build());
    for (Official o : world.officials()) {
      String orgName = o.name() + " Qrs";
      String text = before + " " + orgName;
      int start = points(before) + 1;
      assertEquals(List.of(new Mention(start, start + points(orgName),
          OrganizationId.of("org-" + o.id().value()), orgName, MentionReason.NAME)), g.find(text),
          text);
    }
  }

  @Property(tries = 200)
  void mentionsAreInOrderDisjointAndSpellTheirText(@ForAll("worlds") World world,
      @ForAll("fillerLists") List<String> fillers) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < fillers.size(); i++) {
      text.append(fillers.get(i)).append(' ')
          .append(world.officials().get(i % world.officials().size()).name()).append(' ');
    }
    String s = text.toString();
    List<Mention> found = world.gazetteer().find(s);
    int previousEnd = 0;
    for (Mention m : found) {
      assertTrue(m.start() >= previousEnd, s);
      int from = s.offsetByCodePoints(0, m.start());
      assertEquals(m.text(), s.substring(from, s.offsetByCodePoints(from, m.end() - m.start())));
      previousEnd = m.end();
    }
    assertEquals(fillers.size(),
        found.stream().filter(m -> m.reason() == MentionReason.NAME).count(), s);
  }
}

package dev.parley.eventdata.actors;

import static java.util.Objects.requireNonNull;

import dev.parley.core.Chronicle;
import dev.parley.core.ExtensionValue;
import dev.parley.core.Identifier;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Organization;
import dev.parley.core.OrganizationId;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.Reference;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import dev.parley.eventdata.ImportReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads CAMEO actor dictionaries in the PETRARCH/TABARI {@code .actors} format into an {@link
 * ActorDictionary}.
 *
 * <h2>The format</h2>
 *
 * An entry is a phrase at the start of a line ({@code SERGEY_LAVROV_  # CountryInfo.txt}), with
 * underscores for spaces; {@code +} lines add name variants ({@code +SERGEI_LAVROV}); indented
 * lines hold code blocks {@code [CODE]} or {@code [CODE restriction]}, where the restriction is
 * {@code >date} (from the day on), {@code <date} (up to the day) or {@code date-date}, dates of
 * six ({@code YYMMDD}, see {@link DictionaryDates} for the two-digit year rule) or eight digits
 * ({@code YYYYMMDD}); {@code #} starts a comment. A country's code may stand on its first line
 * ({@code AFGHANISTAN_  [AFG]}). Phrases at the start of a line that come before the entry's first
 * code block belong to that entry, as PETRARCH reads them. White space after {@code >} or
 * {@code <} is allowed ({@code > 140608}).
 *
 * <h2>What entries become</h2>
 *
 * <ul>
 *   <li><b>States</b>: an entry with a bare three-letter code ({@code [AFG]}, {@code [ARM
 *       >911221]}) is a state, id the code (the last bare code where there are several: {@code
 *       [USRARM <900823] … [ARM >911221]} is Armenia); an entry with a six-letter code on its first
 *       line whose last three letters are not a sector ({@code GUAM_ [USAGUM]}) is a dependent
 *       territory, also a state, id those last three letters. Later entries with the code of a
 *       state already read (cities such as {@code LEIPZIG_ … [DEU >901003]}, {@code
 *       RUSSIAN_SFSR}) add their phrases to that state. Every phrase but the first becomes an
 *       other name: the dictionary lists cities and regions among a country's phrases without
 *       telling them apart, and all of them are kept. Every code becomes an identifier
 *       {@code cameo:CODE}. The capital is not marked in the format and is left empty.
 *   <li><b>Officials</b>: an entry whose first line's comment names {@code CountryInfo.txt} (the
 *       Phoenix dictionary's people), or any other entry whose name has none of the words that
 *       mark an institution (army, ministry, council, party, … see {@link #INSTITUTION_WORDS}).
 *       Each dated code becomes a {@link Tenure}: the party is the state named by the code's
 *       first three letters; the post is the office the line's comment names ({@code #
 *       Foreign Minister}: {@link PostRole#FOREIGN_MINISTER}; see the list in {@code Offices}),
 *       else {@link PostRole#OTHER} titled by the code's sector ({@code "Government (CAMEO
 *       RUSGOV)"}); the term is {@code from/..} for {@code >from}, {@code /until} (start not
 *       known) for {@code <until}, {@code from/until} for {@code from-until}. Each tenure carries a
 *       {@link Reference}: work {@link #work()}, file the dictionary's file name, says the line as
 *       written, accessed {@link #accessed()}. Tenures of the same office that overlap are merged
 *       into one tenure over both terms with both references (the dictionary often repeats a
 *       sector for two posts held at once). Undated codes, which in the format apply whenever no
 *       dated one does, are not tenures: they are kept in the official's extension {@code
 *       cameoCodes} (a list of codes).
 *   <li><b>Organizations</b>: the other entries (national institutions such as {@code
 *       PEOPLES_LIBERATION_ARMY [CHNMIL]}), kind from the first code's sector (MIL armed forces,
 *       SPY intelligence agency, GOV/LEG/JUD/COP government body, REB armed group, PTY party, MED
 *       media, IGO international organization), state from its first three letters where that
 *       is a state read, term from the first code's dates; every code an identifier.
 * </ul>
 *
 * Nothing is dropped silently: lines are counted by kind in the {@link ImportReport} (unit
 * "lines"), with the counts of entries, states, territories, officials, organizations, tenures
 * and merges; lines that cannot be read, entries without a code, codes {@code ---} ("not
 * coded"), tenures whose country is not a state read ({@code IGO…}, {@code USR…}) and overlapping
 * tenures that cannot be merged are listed with their line number and the reason. A {@linkplain
 * #strict() strict} reader throws {@link ActorDictionaryException} at the first line it cannot
 * read instead.
 *
 * <p>Readers are immutable and thread-safe.
 */
public final class ActorDictionaryReader {
  /**
   * Words of an entry's name (split at underscores, spaces, hyphens) that mark it as an
   * institution rather than a person, for entries not marked {@code CountryInfo.txt}.
   */
  public static final Set<String> INSTITUTION_WORDS = Set.of("ARMY", "FORCE", "FORCES",
      "MINISTRY", "DEPARTMENT", "COUNCIL", "PARTY", "CONGRESS", "ASSEMBLY", "SERVICE", "SERVICES",
      "COURT", "AGENCY", "BUREAU", "OFFICE", "INTELLIGENCE", "GUARD", "AUTHORITY", "GOVERNMENT",
      "COMMISSION", "ADMINISTRATION", "MILITARY", "FRONT", "MOVEMENT", "ALLIANCE", "BRIGADE",
      "COALITION", "DECLARATION", "OBSERVATORY", "UNIVERSITY", "TEAM", "COMMUNITY", "RESERVE",
      "HOUSE", "PALACE", "STREET", "KREMLIN", "KNESSET", "MOSSAD", "DGSE", "BUNDESRAT",
      "REICHSTAG", "VOLKSKAMMER", "SABHA", "RIFLES", "PESHMERGA", "ERGENEKON", "YARD",
      "HEADQUARTERS", "POLITBURO", "SOVIET", "STATE", "REPUBLIC", "TANK", "RIOT", "SHIN",
      "JAISH", "JAYSH", "JABHAT", "SHAM", "PRESIDENT", "SECRETARY", "MINISTER", "DIRECTOR",
      "ATTORNEY", "REPRESENTATIVE", "AMBASSADOR", "SECURITY", "DIRECTORATE");

  private static final String COUNTRY_INFO = "countryinfo";

  private final boolean strict;
  private final Optional<String> work;
  private final Optional<LocalDate> accessed;

  private ActorDictionaryReader(boolean strict, Optional<String> work,
      Optional<LocalDate> accessed) {
    this.strict = strict;
    this.work = work;
    this.accessed = accessed;
  }

  /**
   * A lenient reader: lines it cannot read are reported and skipped, the rest is read.
   *
   * @return the reader
   */
  public static ActorDictionaryReader lenient() {
    return new ActorDictionaryReader(false, Optional.empty(), Optional.empty());
  }

  /**
   * This reader, but strict: the first line it cannot read throws {@link
   * ActorDictionaryException} with the line number. Codes that read but do not map (a country
   * that is not a state, {@code ---}) are still only reported.
   *
   * @return a strict reader with the same work and access date
   */
  public ActorDictionaryReader strict() {
    return new ActorDictionaryReader(true, work, accessed);
  }

  /**
   * This reader, naming the dictionary {@code work} in the references of the tenures it reads.
   * Without it, the work is the file name without the extension {@code .txt}.
   *
   * @param work the dictionary's name, such as {@code "Phoenix country actor dictionary"}
   * @return a reader with that work
   * @throws IllegalArgumentException if {@code work} is blank
   */
  public ActorDictionaryReader withWork(String work) {
    if (work.isBlank()) {
      throw new IllegalArgumentException("work must not be blank: '" + work + "'");
    }
    return new ActorDictionaryReader(strict, Optional.of(work.strip()), accessed);
  }

  /**
   * This reader, giving {@code day} as the day the dictionary was read in the references of the
   * tenures. Without it, {@link #read(Path)} gives the file's last-modified day (UTC) and {@link
   * #read(String, String)} today (UTC); pass a day for reproducible output.
   *
   * @param day the access day
   * @return a reader with that day
   */
  public ActorDictionaryReader withAccessed(LocalDate day) {
    return new ActorDictionaryReader(strict, work, Optional.of(requireNonNull(day, "day")));
  }

  /**
   * Whether this reader is strict.
   *
   * @return whether unreadable lines throw
   */
  public boolean isStrict() {
    return strict;
  }

  /**
   * The work named in references, where one was given.
   *
   * @return the work
   */
  public Optional<String> work() {
    return work;
  }

  /**
   * The access day named in references, where one was given.
   *
   * @return the day
   */
  public Optional<LocalDate> accessed() {
    return accessed;
  }

  /**
   * Reads a dictionary file (UTF-8).
   *
   * @param file the file
   * @return the dictionary
   * @throws IOException if the file cannot be read
   * @throws ActorDictionaryException if this reader is strict and a line cannot be read
   */
  public ActorDictionary read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    LocalDate day = accessed.isPresent() ? accessed.get()
        : LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
    return read(text, file.getFileName().toString(), day);
  }

  /**
   * Reads a dictionary's text.
   *
   * @param text the dictionary's text
   * @param fileName the file name its references give, such as {@code
   *     "Phoenix.Countries.actors.txt"}
   * @return the dictionary
   * @throws ActorDictionaryException if this reader is strict and a line cannot be read
   * @throws IllegalArgumentException if {@code fileName} is blank
   */
  public ActorDictionary read(String text, String fileName) {
    return read(text, fileName, accessed.orElseGet(() -> LocalDate.now(ZoneOffset.UTC)));
  }

  private ActorDictionary read(String text, String fileName, LocalDate day) {
    requireNonNull(text, "text");
    if (fileName.isBlank()) {
      throw new IllegalArgumentException("fileName must not be blank");
    }
    ImportReport.Builder report = ImportReport.builder("lines");
    List<DictionaryEntry> entries = new EntryParser(report, strict).parse(text);
    String workName = work.orElse(fileName.endsWith(".txt")
        ? fileName.substring(0, fileName.length() - 4) : fileName);
    Chronicle chronicle = new Mapping(report, fileName, workName, day).map(entries);
    return new ActorDictionary(fileName, entries, chronicle, report.build());
  }

  /** Maps entries to a chronicle. */
  private static final class Mapping {
    private final ImportReport.Builder report;
    private final String file;
    private final String work;
    private final LocalDate day;
    private final Map<StateId, StateDraft> states = new LinkedHashMap<>();
    private final Set<String> officialIds = new HashSet<>();
    private final Set<String> organizationIds = new HashSet<>();

    Mapping(ImportReport.Builder report, String file, String work, LocalDate day) {
      this.report = report;
      this.file = file;
      this.work = work;
      this.day = day;
    }

    Chronicle map(List<DictionaryEntry> entries) {
      // Pass 1: which entries are states, and which entry names each state: the first whose own
      // first line carries the state's code (RUSSIAN_FEDERATION_ [RUS]), else the first.
      Map<StateId, List<DictionaryEntry>> stateEntries = new LinkedHashMap<>();
      Map<DictionaryEntry, List<RoleCode>> usableCodes = new HashMap<>();
      List<DictionaryEntry> others = new ArrayList<>();
      for (DictionaryEntry e : entries) {
        List<RoleCode> usable = usableCodes(e);
        if (usable.isEmpty()) {
          report.skip("line " + e.line(), "entry '" + e.name()
              + "' has only the code --- (not coded); not an actor");
          continue;
        }
        usableCodes.put(e, usable);
        Optional<StateId> state = stateCode(e, usable);
        if (state.isPresent()) {
          stateEntries.computeIfAbsent(state.get(), k -> new ArrayList<>()).add(e);
        } else {
          others.add(e);
        }
      }
      for (Map.Entry<StateId, List<DictionaryEntry>> s : stateEntries.entrySet()) {
        List<DictionaryEntry> list = s.getValue();
        DictionaryEntry first = list.stream()
            .filter(e -> e.codes().get(0).line() == e.line()
                && s.getKey().value().equals(e.codes().get(0).code()))
            .findFirst().orElse(list.get(0));
        StateDraft draft = new StateDraft(first, usableCodes.get(first));
        for (DictionaryEntry e : list) {
          if (e != first) {
            draft.merge(e, usableCodes.get(e));
            report.count("entries merged into a state");
          }
        }
        states.put(s.getKey(), draft);
        report.count(isBareCountry(usableCodes.get(first)) ? "states" : "territories");
      }
      Chronicle.Builder chronicle = Chronicle.builder();
      for (Map.Entry<StateId, StateDraft> s : states.entrySet()) {
        chronicle.addStates(s.getValue().build(s.getKey()));
      }
      for (DictionaryEntry e : others) {
        List<RoleCode> usable = usableCodes.get(e);
        if (isOfficial(e)) {
          chronicle.addOfficials(official(e, usable));
          report.count("officials");
        } else {
          chronicle.addOrganizations(organization(e, usable));
          report.count("organizations");
        }
      }
      return chronicle.build();
    }

    private static boolean isBareCountry(List<RoleCode> codes) {
      return codes.stream().anyMatch(c -> c.code().length() == 3);
    }

    /** The entry's codes other than {@code ---}, which are reported. */
    private List<RoleCode> usableCodes(DictionaryEntry e) {
      List<RoleCode> usable = new ArrayList<>(e.codes().size());
      for (RoleCode c : e.codes()) {
        if (c.code().equals("---")) {
          if (e.codes().size() > 1) {
            report.skip("line " + c.line(), "code --- (not coded) in '" + c.raw()
                + "' of entry '" + e.name() + "'; the entry's other codes are read");
          }
          continue;
        }
        usable.add(c);
      }
      return usable;
    }

    private Optional<StateId> stateCode(DictionaryEntry e, List<RoleCode> usable) {
      StateId bare = null;
      for (RoleCode c : usable) {
        if (c.code().length() == 3) {
          bare = StateId.of(c.code());
        }
      }
      if (bare != null) {
        return Optional.of(bare);
      }
      RoleCode first = e.codes().get(0);
      String code = first.code();
      if (first.line() == e.line() && code.length() == 6
          && !Sectors.isSector(code.substring(3)) && !Sectors.isSector(code.substring(0, 3))) {
        return Optional.of(StateId.of(code.substring(3)));
      }
      return Optional.empty();
    }

    private static boolean isOfficial(DictionaryEntry e) {
      if (e.comment().map(c -> c.toLowerCase(Locale.ROOT).contains(COUNTRY_INFO)).orElse(false)) {
        return true;
      }
      String name = e.name().toUpperCase(Locale.ROOT);
      int n = name.length();
      for (int i = 0; i < n; ) {
        while (i < n && isWordBreak(name.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !isWordBreak(name.charAt(i))) {
          i++;
        }
        if (i > start && INSTITUTION_WORDS.contains(name.substring(start, i))) {
          return false;
        }
      }
      return true;
    }

    private static boolean isWordBreak(char c) {
      return c == '_' || c == '-' || c == '.' || Character.isWhitespace(c);
    }

    private Official official(DictionaryEntry e, List<RoleCode> codes) {
      NameSet names = names(e.phrases());
      Official.Builder b = Official.builder()
          .id(OfficialId.of(uniqueId(officialIds, names.name, e.line(), "official")))
          .name(names.name)
          .addAllOtherNames(names.others);
      List<TenureDraft> tenures = new ArrayList<>();
      List<ExtensionValue> undated = new ArrayList<>();
      for (RoleCode c : codes) {
        if (!c.isDated()) {
          undated.add(ExtensionValue.of(c.code()));
          report.count("undated codes kept in extensions");
          continue;
        }
        StateId party = partyOf(c);
        if (party == null) {
          continue;
        }
        Post post = c.comment().flatMap(cm -> Offices.fromComment(cm, party))
            .orElseGet(() -> Post.builder().role(PostRole.OTHER).party(party)
                .title(Sectors.title(c.code())).build());
        if (c.comment().isPresent() && post.title().map(t -> t.endsWith(")")
            && t.contains("(CAMEO ")).orElse(false)) {
          report.count("comments naming no office");
        }
        add(tenures, new TenureDraft(post, c));
      }
      for (TenureDraft t : tenures) {
        b.addTenures(t.build());
        report.count("tenures");
      }
      if (!undated.isEmpty()) {
        b.putExtension("cameoCodes", ExtensionValue.ofList(undated));
      }
      return b.build();
    }

    private StateId partyOf(RoleCode c) {
      String country = c.country();
      StateId id = country.length() == 3 && !country.equals("---") ? StateId.of(country) : null;
      if (id == null || !states.containsKey(id)) {
        report.skip("line " + c.line(), "code " + c.code() + " in '" + c.raw()
            + "': country " + country + " is not a state in the dictionary; no tenure");
        return null;
      }
      return id;
    }

    /**
     * Adds a tenure, merging it with the tenures of the same office it overlaps (and, as the
     * merged term grows, with those the merged one then overlaps).
     */
    private void add(List<TenureDraft> tenures, TenureDraft t) {
      for (int i = 0; i < tenures.size(); i++) {
        TenureDraft other = tenures.get(i);
        if (other.post.office().equals(t.post.office()) && overlap(other.term(), t.term())) {
          if (other.absorb(t)) {
            report.count("tenures merged");
            tenures.remove(i);
            add(tenures, other);
          } else {
            report.skip("line " + t.codes.get(0).line(), "'" + t.codes.get(0).raw()
                + "' overlaps the tenure from line " + other.codes.get(0).line()
                + " in the same office and the two cannot be joined in one term; no tenure");
          }
          return;
        }
      }
      tenures.add(t);
    }

    /** As {@code Chronicle} judges overlap: the certain spans meet beyond a shared day. */
    static boolean overlap(FuzzyDate a, FuzzyDate b) {
      if (a.certainStart().isAfter(a.certainEnd()) || b.certainStart().isAfter(b.certainEnd())) {
        return false;
      }
      LocalDate start = a.certainStart().isAfter(b.certainStart())
          ? a.certainStart() : b.certainStart();
      LocalDate end = a.certainEnd().isBefore(b.certainEnd()) ? a.certainEnd() : b.certainEnd();
      return start.isBefore(end);
    }

    private Organization organization(DictionaryEntry e, List<RoleCode> codes) {
      NameSet names = names(e.phrases());
      RoleCode first = codes.get(0);
      Organization.Builder b = Organization.builder()
          .id(OrganizationId.of(uniqueId(organizationIds, names.name, e.line(), "organization")))
          .name(names.name)
          .addAllOtherNames(names.others)
          .kind(Sectors.kind(first.code()));
      String country = first.country();
      if (country.length() == 3 && states.containsKey(StateId.of(country))) {
        b.state(StateId.of(country));
      } else {
        report.count("organizations without a state");
      }
      if (first.isDated()) {
        b.term(TenureDraft.term(first.from().orElse(null), first.until().orElse(null)));
      }
      codes.stream().map(c -> Identifier.of("cameo", c.code())).distinct()
          .forEach(b::addIdentifiers);
      return b.build();
    }

    private String uniqueId(Set<String> used, String name, int line, String fallback) {
      String base = Names.slug(name);
      if (base.isEmpty()) {
        base = fallback + "-line-" + line;
      }
      String id = base;
      for (int n = 2; !used.add(id); n++) {
        id = base + "-" + n;
      }
      return id;
    }

    private final class TenureDraft {
      final Post post;
      final List<RoleCode> codes = new ArrayList<>(2);
      LocalDate from;
      LocalDate until;

      TenureDraft(Post post, RoleCode code) {
        this.post = post;
        this.codes.add(code);
        this.from = code.from().orElse(null);
        this.until = code.until().orElse(null);
      }

      FuzzyDate term() {
        return term(from, until);
      }

      static FuzzyDate term(LocalDate from, LocalDate until) {
        if (from == null) {
          return FuzzyDate.unknownStart(FuzzyDate.of(until));
        }
        if (until == null) {
          return FuzzyDate.openEnd(FuzzyDate.of(from));
        }
        return FuzzyDate.interval(FuzzyDate.of(from), FuzzyDate.of(until));
      }

      /** Joins {@code other} in: false when the joined term has no date at either end. */
      boolean absorb(TenureDraft other) {
        LocalDate f = from == null || other.from == null ? null
            : from.isBefore(other.from) ? from : other.from;
        LocalDate u = until == null || other.until == null ? null
            : until.isAfter(other.until) ? until : other.until;
        if (f == null && u == null) {
          return false;
        }
        from = f;
        until = u;
        codes.addAll(other.codes);
        return true;
      }

      Tenure build() {
        Tenure.Builder b = Tenure.builder().post(post).term(term());
        codes.sort(java.util.Comparator.comparingInt(RoleCode::line));
        for (RoleCode c : codes) {
          b.addReferences(Reference.builder().work(work).file(file).says(c.raw())
              .accessed(day).build());
        }
        return b.build();
      }
    }

    private final class StateDraft {
      final String name;
      final Set<String> others = new LinkedHashSet<>();
      final Set<String> codes = new LinkedHashSet<>();

      StateDraft(DictionaryEntry e, List<RoleCode> usable) {
        NameSet names = names(e.phrases());
        this.name = names.name;
        this.others.addAll(names.others);
        usable.forEach(c -> codes.add(c.code()));
      }

      void merge(DictionaryEntry e, List<RoleCode> usable) {
        for (String p : e.phrases()) {
          String n = Names.display(p);
          if (!n.equals(name)) {
            others.add(n);
          }
        }
        usable.forEach(c -> codes.add(c.code()));
      }

      State build(StateId id) {
        State.Builder b = State.builder().id(id).name(name).addAllOtherNames(others);
        codes.forEach(c -> b.addIdentifiers(Identifier.of("cameo", c)));
        return b.build();
      }
    }

    private NameSet names(List<String> phrases) {
      String name = Names.display(phrases.get(0));
      Set<String> others = new LinkedHashSet<>();
      for (int i = 1; i < phrases.size(); i++) {
        String n = Names.display(phrases.get(i));
        if (n.isEmpty() || n.equals(name) || !others.add(n)) {
          report.count("repeated name variants");
        }
      }
      return new NameSet(name, List.copyOf(others));
    }

    private record NameSet(String name, List<String> others) {}
  }

  /** For tests: the overlap rule. */
  static boolean overlap(FuzzyDate a, FuzzyDate b) {
    return Mapping.overlap(a, b);
  }
}

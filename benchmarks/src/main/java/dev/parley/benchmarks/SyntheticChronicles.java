package dev.parley.benchmarks;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.MeetingStatus;
import dev.parley.core.Official;
import dev.parley.core.OfficialId;
import dev.parley.core.Participant;
import dev.parley.core.ParticipantRole;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.StancePosition;
import dev.parley.core.State;
import dev.parley.core.StateId;
import dev.parley.core.Statement;
import dev.parley.core.StatementChannel;
import dev.parley.core.StatementId;
import dev.parley.core.StatementMode;
import dev.parley.core.StatusChange;
import dev.parley.core.time.FuzzyDate;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic generator of large, valid, realistically skewed chronicles for the benchmarks.
 *
 * <p>A chronicle of {@code n} meetings has 50 ordinary states ({@code AAA} .. {@code ABX}),
 * {@code max(100, n / 20)} ordinary officials whose attendance follows a Zipf law (a few attend
 * very many meetings), meetings of 2 to 6 participants dated 2000–2025 (days, months, years and
 * short intervals), about {@code n / 2} statements and {@code n / 10} stances on a vocabulary of
 * 50 issues, all sourced to a handful of articles.
 *
 * <p>It also holds a fixed <em>probe</em> whose answers do not depend on {@code n}, so that an
 * indexed query's time can be compared across corpus sizes:
 *
 * <ul>
 *   <li>the official {@link #PROBE} attends exactly {@value #PROBE_MEETINGS} meetings, spread
 *       over the years;
 *   <li>the states {@link #PROBE_STATE_A} and {@link #PROBE_STATE_B} take part in exactly
 *       {@value #PAIR_MEETINGS} meetings, always together, on fixed dates: {@value
 *       #PAIR_MEETINGS_IN_RANGE} of them fall within {@link #RANGE_FROM} .. {@link #RANGE_TO};
 *   <li>{@link #PROBE} is the only holder of stances on {@link #PROBE_ISSUE} besides ordinary
 *       holders, with {@value #PROBE_STANCES} stances on it, of which {@value
 *       #PROBE_STANCES_ON_DAY} certainly hold on {@link #STANCE_DAY}.
 * </ul>
 *
 * <p>Values that repeat (dates, posts, participants, places, sources, status changes, ids of
 * issues) are shared between records, as a loader that interns them would; a chronicle of one
 * million meetings takes well under a gigabyte of heap.
 */
public final class SyntheticChronicles {
  /** The probe official: attends exactly {@value #PROBE_MEETINGS} meetings at every size. */
  public static final OfficialId PROBE = OfficialId.of("probe");

  /** One state of the probe pair. */
  public static final StateId PROBE_STATE_A = StateId.of("PRA");

  /** The other state of the probe pair. */
  public static final StateId PROBE_STATE_B = StateId.of("PRB");

  /** The issue of the probe's stances. */
  public static final IssueId PROBE_ISSUE = IssueId.of("ceasefire");

  /** The day on which the probe's stances are asked for. */
  public static final LocalDate STANCE_DAY = LocalDate.of(2015, 6, 15);

  /** The first day of the range of the pair query. */
  public static final LocalDate RANGE_FROM = LocalDate.of(2010, 1, 1);

  /** The last day of the range of the pair query. */
  public static final LocalDate RANGE_TO = LocalDate.of(2019, 12, 31);

  /** Meetings the probe official attends. */
  public static final int PROBE_MEETINGS = 100;

  /** Meetings between the two probe states. */
  public static final int PAIR_MEETINGS = 100;

  /** Meetings between the two probe states that may fall within the range. */
  public static final int PAIR_MEETINGS_IN_RANGE = 39;

  /** The probe's stances on {@link #PROBE_ISSUE}. */
  public static final int PROBE_STANCES = 8;

  /** The probe's stances on {@link #PROBE_ISSUE} that certainly hold on {@link #STANCE_DAY}. */
  public static final int PROBE_STANCES_ON_DAY = 4;

  /** The smallest corpus: the probe and the pair need meetings of their own. */
  public static final int MIN_MEETINGS = 2 * (PROBE_MEETINGS + PAIR_MEETINGS);

  private static final int STATES = 50;
  private static final int ARTICLES = 5;
  private static final int SPANS_PER_ARTICLE = 400;
  private static final double ZIPF_EXPONENT = 1.0;

  private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);
  private static final int DAYS = (int) (LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
  private static final int MAX_INTERVAL_DAYS = 6;

  private static final String[] ISSUES = {
    "ceasefire", "sanctions", "border-security", "refugee-returns", "humanitarian-access",
    "prisoner-exchange", "constitutional-reform", "elections", "counter-terrorism",
    "energy-transit", "gas-prices", "grain-exports", "maritime-boundaries", "airspace",
    "nuclear-programme", "arms-control", "troop-withdrawal", "buffer-zone", "peacekeeping",
    "reconstruction", "debt-relief", "trade-agreement", "tariffs", "visa-regime",
    "diaspora-rights", "water-sharing", "dam-construction", "pipeline-route", "port-access",
    "minority-rights", "hostages", "chemical-weapons", "missile-defence", "military-exercises",
    "intelligence-sharing", "extradition", "cyber-attacks", "disinformation", "climate-finance",
    "fishing-rights", "transit-corridor", "recognition", "normalisation", "embassy-reopening",
    "security-guarantees", "de-escalation-zones", "mine-clearance", "war-crimes-tribunal",
    "frozen-assets", "oil-exports",
  };

  private static final String[] FRAMEWORKS = {
    "Astana process", "Geneva talks", "Normandy format", "Minsk group", "Quartet",
  };

  private static final String[] TEXTS = {
    "We support an immediate and lasting ceasefire.",
    "The talks were constructive and frank.",
    "No agreement is possible while troops remain on our territory.",
    "We call on all parties to show restraint.",
    "Our position has not changed.",
    "Sanctions must be lifted before any further step.",
    "We agreed to meet again next month.",
    "The humanitarian situation demands urgent action.",
    "Security guarantees are a precondition for a settlement.",
    "We welcome the progress made by the working groups.",
  };

  private static final PostRole[] ROLES = {
    PostRole.HEAD_OF_STATE, PostRole.HEAD_OF_GOVERNMENT, PostRole.FOREIGN_MINISTER,
    PostRole.DEFENSE_MINISTER, PostRole.DEPUTY_FOREIGN_MINISTER, PostRole.INTELLIGENCE_CHIEF,
    PostRole.SPECIAL_ENVOY, PostRole.AMBASSADOR,
  };

  private static final StancePosition[] PLAIN_POSITIONS = {
    StancePosition.SUPPORTS, StancePosition.OPPOSES, StancePosition.DEMANDS,
    StancePosition.NEUTRAL,
  };

  private static final StatementChannel[] CHANNELS = StatementChannel.values();

  private SyntheticChronicles() {}

  /**
   * Generates a chronicle; the same arguments always give an equal chronicle.
   *
   * @param meetings the number of meetings, at least {@link #MIN_MEETINGS}
   * @param seed the seed of the pseudo-random choices
   * @return the chronicle
   * @throws IllegalArgumentException if {@code meetings} is too small
   */
  public static Chronicle generate(int meetings, long seed) {
    ChronicleAssembler chronicle = ChronicleAssembler.create();
    Records records = new Records(meetings, seed, true);
    for (Entity<?> r = records.next(); r != null; r = records.next()) {
      chronicle.add(r);
    }
    return chronicle.build();
  }

  /**
   * The records of {@link #generate(int, long) generate(meetings, seed)}, one at a time, in the
   * chronicle's canonical order (kind by kind, each by id), without ever holding the chronicle:
   * for corpora larger than the heap. Holds the values records share (ids, posts, participants,
   * dates, about {@code meetings / 20} officials) but none of the meetings, statements and
   * stances already returned.
   *
   * @param meetings the number of meetings, at least {@link #MIN_MEETINGS}
   * @param seed the seed of the pseudo-random choices
   * @return the records, a new sequence at each call
   * @throws IllegalArgumentException if {@code meetings} is too small
   */
  public static Records records(int meetings, long seed) {
    return new Records(meetings, seed, false);
  }

  /** The id of the {@code i}th ordinary state: AAA, AAB, .., AAZ, ABA, .. */
  static String stateCode(int i) {
    return new String(new char[] {
      (char) ('A' + i / (26 * 26)), (char) ('A' + i / 26 % 26), (char) ('A' + i % 26)});
  }

  /** {@code prefix} followed by {@code value} in {@code width} zero-padded digits. */
  static String padded(String prefix, int value, int width) {
    char[] digits = new char[width];
    int v = value;
    for (int i = width - 1; i >= 0; i--) {
      digits[i] = (char) ('0' + v % 10);
      v /= 10;
    }
    if (v != 0) {
      throw new IllegalArgumentException(value + " has more than " + width + " digits");
    }
    return prefix + new String(digits);
  }

  /**
   * The records of one synthetic chronicle, produced one at a time by {@link #next()}: states,
   * officials, issues and articles (made up front, a few thousand), then meetings, statements
   * and stances, each made when asked for.
   */
  public static final class Records {
    private final int meetingCount;
    private final int officialCount;
    private final int statementCount;
    private final int stanceCount;
    private final SplittableRandom random;
    /** Whether to keep the meetings' ids, so that statements share them, as a loader would. */
    private final boolean shareMeetingIds;

    private final StateId[] states = new StateId[STATES];
    private final Place[] places = new Place[STATES];
    private final IssueId[] issues = new IssueId[ISSUES.length];
    private final SourceRef[] sources = new SourceRef[ARTICLES * SPANS_PER_ARTICLE];
    private final OfficialId[] officials;
    private final Participant[] members;
    private final Participant[] hosts;
    private final Speaker[] speakers;
    private final Participant[][] unnamed = new Participant[STATES][ROLES.length];
    private final Speaker[] anonymous = new Speaker[STATES];
    private final double[] zipfCumulative;

    private final FuzzyDate[] days = new FuzzyDate[DAYS];
    private final FuzzyDate[] months = new FuzzyDate[26 * 12];
    private final FuzzyDate[] years = new FuzzyDate[26];
    private final FuzzyDate[][] intervals = new FuzzyDate[DAYS][];
    private final Map<FuzzyDate, StatusChange[]> statusChanges = new HashMap<>();
    private final MeetingId[] meetingIds;

    private final List<State> stateRecords = new ArrayList<>();
    private final List<Official> officialRecords;
    private final List<Issue> issueRecords = new ArrayList<>();
    private final List<Article> articleRecords = new ArrayList<>();

    private final int stride;
    private final Participant probe;
    private final Participant pairA;
    private final Participant pairB;
    private final int[] chosen = new int[6];

    /** The kind being produced, in canonical order, and the index within it. */
    private int phase;
    private int index;

    Records(int meetingCount, long seed, boolean shareMeetingIds) {
      if (meetingCount < MIN_MEETINGS) {
        throw new IllegalArgumentException(
            "meetings must be at least " + MIN_MEETINGS + ": " + meetingCount);
      }
      this.meetingCount = meetingCount;
      this.officialCount = Math.max(100, meetingCount / 20);
      this.statementCount = meetingCount / 2;
      this.stanceCount = meetingCount / 10;
      this.random = new SplittableRandom(seed);
      this.shareMeetingIds = shareMeetingIds;
      this.meetingIds = shareMeetingIds ? new MeetingId[meetingCount] : null;
      this.officials = new OfficialId[officialCount];
      this.members = new Participant[officialCount];
      this.hosts = new Participant[officialCount];
      this.speakers = new Speaker[officialCount];
      this.zipfCumulative = new double[officialCount];

      for (int a = 0; a < ARTICLES; a++) {
        ArticleId id = ArticleId.of("article-" + a);
        articleRecords.add(Article.builder()
            .id(id)
            .publisher("Publisher " + a)
            .headline("Synthetic article " + a)
            .published(day(random.nextInt(DAYS)))
            .build());
        for (int s = 0; s < SPANS_PER_ARTICLE; s++) {
          int start = s * 200 + random.nextInt(100);
          sources[a * SPANS_PER_ARTICLE + s] =
              SourceRef.of(id, start, start + 20 + random.nextInt(180));
        }
      }

      for (int i = 0; i < STATES; i++) {
        states[i] = StateId.of(stateCode(i));
        places[i] = Place.of("City " + stateCode(i), states[i]);
        stateRecords.add(State.builder().id(states[i]).name("State " + stateCode(i)).build());
        for (int r = 0; r < ROLES.length; r++) {
          unnamed[i][r] = Participant.byCapacity(Post.of(ROLES[r], states[i]));
        }
      }
      stateRecords.add(State.builder().id(PROBE_STATE_A).name("Probe State A").build());
      stateRecords.add(State.builder().id(PROBE_STATE_B).name("Probe State B").build());

      for (int i = 0; i < ISSUES.length; i++) {
        issues[i] = IssueId.of(ISSUES[i]);
        Issue.Builder issue = Issue.builder().id(issues[i]).label(ISSUES[i].replace('-', ' '));
        if (i >= 40) {
          issue.parent(issues[i % 10]); // a shallow hierarchy: 40..49 under 0..9
        }
        issueRecords.add(issue.build());
      }
      issueRecords.sort(Comparator.comparing(Issue::id));

      officialRecords = officials();
      stride = meetingCount / Math.max(PROBE_MEETINGS, PAIR_MEETINGS);
      probe = Participant.builder()
          .actor(PROBE).capacity(Post.of(PostRole.SPECIAL_ENVOY, states[0])).build();
      pairA = Participant.builder()
          .actor(pairMinister())
          .capacity(Post.of(PostRole.FOREIGN_MINISTER, PROBE_STATE_A))
          .role(ParticipantRole.HOST)
          .build();
      pairB = Participant.byCapacity(Post.of(PostRole.FOREIGN_MINISTER, PROBE_STATE_B));
    }

    /**
     * The next record.
     *
     * @return the record, or null after the last
     */
    public Entity<?> next() {
      while (true) {
        switch (phase) {
          case 0:
            if (index < stateRecords.size()) {
              return stateRecords.get(index++);
            }
            break;
          case 1:
            if (index < officialRecords.size()) {
              return officialRecords.get(index++);
            }
            break;
          case 2:
            if (index < issueRecords.size()) {
              return issueRecords.get(index++);
            }
            break;
          case 3:
            if (index < articleRecords.size()) {
              return articleRecords.get(index++);
            }
            break;
          case 4:
            if (index < meetingCount) {
              return meeting(index++);
            }
            break;
          case 5:
            if (index < statementCount) {
              return statement(index++);
            }
            break;
          case 6:
            if (index < stanceCount + PROBE_STANCES + 4) {
              return stance(index++);
            }
            break;
          default:
            return null;
        }
        phase++;
        index = 0;
      }
    }

    private List<Official> officials() {
      List<Official> records = new ArrayList<>(officialCount + 2);
      double total = 0;
      for (int i = 0; i < officialCount; i++) {
        officials[i] = OfficialId.of(padded("o-", i, 7));
        StateId state = states[i % STATES];
        Post post = Post.of(ROLES[i / STATES % ROLES.length], state);
        members[i] = Participant.builder().actor(officials[i]).capacity(post).build();
        hosts[i] = Participant.builder()
            .actor(officials[i]).capacity(post).role(ParticipantRole.HOST).build();
        speakers[i] = Speaker.of(officials[i]);
        records.add(Official.builder().id(officials[i]).name("Official " + i).build());
        total += 1.0 / Math.pow(i + 1, ZIPF_EXPONENT);
        zipfCumulative[i] = total;
      }
      records.add(Official.builder().id(PROBE).name("Probe Official").build());
      records.add(Official.builder().id(pairMinister()).name("Probe State A Minister").build());
      records.sort(Comparator.comparing(Official::id));
      return records;
    }

    private static OfficialId pairMinister() {
      return OfficialId.of("pra-minister");
    }

    /** An ordinary official, drawn by the Zipf law: rank 0 is the most frequent. */
    private int zipf() {
      double u = random.nextDouble() * zipfCumulative[officialCount - 1];
      int i = Arrays.binarySearch(zipfCumulative, u);
      return Math.min(i >= 0 ? i : -i - 1, officialCount - 1);
    }

    private MeetingId meetingId(int m) {
      if (!shareMeetingIds) {
        return MeetingId.of(padded("m-", m, 7));
      }
      if (meetingIds[m] == null) {
        meetingIds[m] = MeetingId.of(padded("m-", m, 7));
      }
      return meetingIds[m];
    }

    private Meeting meeting(int m) {
      Meeting.Builder meeting = Meeting.builder().id(meetingId(m));
      int k = m / stride;
      FuzzyDate date;
      int others;
      int fixed = 0;
      boolean hosted = false;
      String framework = null;
      if (m % stride == 0 && k < PROBE_MEETINGS) {
        // The probe's k-th meeting: fixed date, the probe and 1..4 ordinary officials.
        date = day((int) ((long) k * DAYS / PROBE_MEETINGS) + 11);
        others = 1 + random.nextInt(4);
        meeting.addParticipant(probe);
        fixed = 1;
        meeting.place(places[0]);
        hosted = true;
      } else if (m % stride == stride / 2 && k < PAIR_MEETINGS) {
        // The pair's k-th meeting: fixed date, both probe states and 0..2 ordinary officials.
        date = day(pairDayOffset(k));
        others = random.nextInt(3);
        meeting.addParticipants(pairA, pairB);
        fixed = 2;
        framework = "Probe talks";
        hosted = true;
      } else {
        date = randomDate();
        others = 2 + random.nextInt(5);
      }
      int named = drawDistinct(chosen, others);
      for (int p = 0; p < others; p++) {
        int o = chosen[p];
        if (p >= named) {
          // Known only by capacity: "the foreign minister of AAC".
          meeting.addParticipant(
              unnamed[random.nextInt(STATES)][random.nextInt(ROLES.length)]);
        } else {
          meeting.addParticipant(p == 0 && !hosted ? hosts[o] : members[o]);
        }
      }
      if (!hosted && random.nextInt(4) != 0) {
        meeting.place(places[chosen[0] % STATES]);
      }
      if (framework == null && random.nextInt(5) == 0) {
        framework = FRAMEWORKS[random.nextInt(FRAMEWORKS.length)];
      }
      if (framework != null) {
        meeting.framework(framework);
      }
      int topics = random.nextInt(3);
      int first = random.nextInt(issues.length);
      for (int t = 0; t < topics; t++) {
        meeting.addTopic(issues[(first + t * 7) % issues.length]);
      }
      return meeting
          .title(title(fixed + others))
          .date(date)
          .addStatusChange(statusChange(date))
          .addSource(source())
          .build();
    }

    /**
     * Fills {@code chosen[0..count)} with distinct Zipf-drawn officials; returns how many are
     * named.
     */
    private int drawDistinct(int[] chosen, int count) {
      for (int p = 0; p < count; p++) {
        int o;
        boolean repeat;
        do {
          o = zipf();
          repeat = false;
          for (int q = 0; q < p; q++) {
            repeat |= chosen[q] == o;
          }
        } while (repeat);
        chosen[p] = o;
      }
      // About one participant in ten is known only by capacity, never the first.
      int named = count;
      while (named > 1 && random.nextInt(10) == 0) {
        named--;
      }
      return named;
    }

    private static String title(int participants) {
      switch (participants) {
        case 1:
        case 2:
          return "Bilateral talks";
        case 3:
          return "Trilateral talks";
        case 4:
          return "Quadrilateral talks";
        default:
          return "Multilateral talks";
      }
    }

    /** The pair's k-th meeting's day, the same at every size. */
    static int pairDayOffset(int k) {
      return k * 94 + 40;
    }

    private SourceRef source() {
      return sources[random.nextInt(sources.length)];
    }

    private StatusChange statusChange(FuzzyDate date) {
      int draw = random.nextInt(100);
      MeetingStatus status = draw < 90 ? MeetingStatus.HELD
          : draw < 95 ? MeetingStatus.PLANNED
          : draw < 98 ? MeetingStatus.POSTPONED
          : MeetingStatus.CANCELLED;
      StatusChange[] byStatus =
          statusChanges.computeIfAbsent(date, d -> new StatusChange[MeetingStatus.values().length]);
      StatusChange change = byStatus[status.ordinal()];
      if (change == null) {
        change = StatusChange.builder().status(status).reported(date).addSource(source()).build();
        byStatus[status.ordinal()] = change;
      }
      return change;
    }

    /** 75% days, 12% months, 3% years, 10% intervals of 2 to 7 days. */
    private FuzzyDate randomDate() {
      int draw = random.nextInt(100);
      if (draw < 75) {
        return day(random.nextInt(DAYS));
      }
      if (draw < 87) {
        int i = random.nextInt(months.length);
        if (months[i] == null) {
          months[i] = FuzzyDate.of(YearMonth.of(2000 + i / 12, 1 + i % 12));
        }
        return months[i];
      }
      if (draw < 90) {
        int i = random.nextInt(years.length);
        if (years[i] == null) {
          years[i] = FuzzyDate.of(Year.of(2000 + i));
        }
        return years[i];
      }
      int start = random.nextInt(DAYS - MAX_INTERVAL_DAYS);
      int length = 1 + random.nextInt(MAX_INTERVAL_DAYS);
      if (intervals[start] == null) {
        intervals[start] = new FuzzyDate[MAX_INTERVAL_DAYS + 1];
      }
      if (intervals[start][length] == null) {
        intervals[start][length] = FuzzyDate.interval(day(start), day(start + length));
      }
      return intervals[start][length];
    }

    private FuzzyDate day(int offset) {
      if (days[offset] == null) {
        days[offset] = FuzzyDate.of(FIRST_DAY.plusDays(offset));
      }
      return days[offset];
    }

    private Statement statement(int s) {
      Statement.Builder statement = Statement.builder().id(StatementId.of(padded("st-", s, 7)));
      if (random.nextInt(20) == 0) {
        int state = random.nextInt(STATES);
        if (anonymous[state] == null) {
          anonymous[state] = Speaker.anonymous(states[state], "a senior official");
        }
        statement.speaker(anonymous[state]);
      } else {
        statement.speaker(speakers[zipf()]);
      }
      int mode = random.nextInt(5);
      if (mode < 2) {
        statement.mode(StatementMode.QUOTE).text(TEXTS[random.nextInt(TEXTS.length)]);
      } else if (mode < 4) {
        statement.mode(StatementMode.PARAPHRASE).text(TEXTS[random.nextInt(TEXTS.length)]);
      } else {
        statement.mode(StatementMode.UNRECORDED);
      }
      if (random.nextInt(10) < 3) {
        statement.meeting(meetingId(random.nextInt(meetingCount)));
      }
      int topics = random.nextInt(3);
      int first = random.nextInt(issues.length);
      for (int t = 0; t < topics; t++) {
        statement.addIssue(issues[(first + t * 11) % issues.length]);
      }
      return statement
          .date(day(random.nextInt(DAYS)))
          .channel(CHANNELS[random.nextInt(CHANNELS.length)])
          .addSource(source())
          .build();
    }

    /** The ordinary stances, then the probe's (their ids sort after the ordinary ones'). */
    private Stance stance(int s) {
      if (s >= stanceCount) {
        return probeStance(s - stanceCount);
      }
      ActorRef holder = random.nextInt(10) < 3
          ? states[random.nextInt(STATES)]
          : officials[zipf()];
      int issue = random.nextInt(issues.length);
      Stance.Builder stance = Stance.builder()
          .id(StanceId.of(padded("stance-", s, 7)))
          .holder(holder)
          .issue(issues[issue]);
      if (random.nextInt(20) == 0) {
        stance.position(StancePosition.CONDITIONAL)
            .addCondition(issues[(issue + 1 + random.nextInt(issues.length - 1)) % issues.length]);
      } else {
        stance.position(PLAIN_POSITIONS[random.nextInt(PLAIN_POSITIONS.length)]);
      }
      int start = random.nextInt(DAYS - 1);
      FuzzyDate validity = random.nextInt(4) == 0
          ? FuzzyDate.openEnd(day(start))
          : FuzzyDate.interval(day(start), day(start + 1 + random.nextInt(DAYS - 1 - start)));
      if (random.nextBoolean()) {
        stance.addEvidence(StatementId.of(padded("st-", random.nextInt(statementCount), 7)));
      }
      return stance.validity(validity).addSource(source()).build();
    }

    /**
     * The probe's {@code i}th stance: 8 on {@link #PROBE_ISSUE} ("stance-probe-*" sort after
     * "stance-0000000" .. "stance-9999999"), then 4 on other issues, which the query must leave
     * out.
     */
    private Stance probeStance(int i) {
      if (i < PROBE_STANCES) {
        String[] onIssue = {
          "2001-03-01/2004-11-30", // ended before the day
          "2005/2016",             // certain 2005-12-31 .. 2016-01-01: holds
          "2014-02-10/..",         // open end: holds
          "2015-06",               // may include the day, not certainly
          "2015-06-15",            // the day itself: holds
          "2016-01-01/2020-12-31", // began after the day
          "2015-01-01/2015-12-31", // holds
          "2010-05-01/",           // unknown end: certain on its first day only
        };
        StancePosition[] positions = {
          StancePosition.OPPOSES, StancePosition.SUPPORTS, StancePosition.DEMANDS,
          StancePosition.NEUTRAL, StancePosition.SUPPORTS, StancePosition.OPPOSES,
          StancePosition.SUPPORTS, StancePosition.DEMANDS,
        };
        return Stance.builder()
            .id(StanceId.of("stance-probe-" + i))
            .holder(PROBE)
            .issue(PROBE_ISSUE)
            .position(positions[i])
            .validity(FuzzyDate.parse(onIssue[i]))
            .addSource(sources[i])
            .build();
      }
      int other = i - PROBE_STANCES;
      return Stance.builder()
          .id(StanceId.of("stance-probe-other-" + other))
          .holder(PROBE)
          .issue(issues[1 + other])
          .position(StancePosition.SUPPORTS)
          .validity(FuzzyDate.parse("2015"))
          .addSource(sources[10 + other])
          .build();
    }
  }

  /**
   * Generates a chronicle and prints how long it took.
   *
   * @param args the number of meetings (default 1,000,000) and the seed (default 42)
   */
  public static void main(String[] args) {
    int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    long start = System.nanoTime();
    Chronicle chronicle = generate(meetings, seed);
    long elapsed = System.nanoTime() - start;
    System.out.printf("%s in %.1f s%n", chronicle, elapsed / 1e9);
  }
}

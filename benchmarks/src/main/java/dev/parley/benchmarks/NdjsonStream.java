package dev.parley.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Entity;
import dev.parley.core.Identifier;
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
import dev.parley.core.Tenure;
import dev.parley.core.time.FuzzyDate;
import dev.parley.io.ndjson.NdjsonReader;
import dev.parley.io.ndjson.NdjsonWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Streams a corpus far larger than the heap through Parley's NDJSON reader and writer, and
 * checks that nothing is lost on the way.
 *
 * <pre>
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.NdjsonStream 1000000
 * </pre>
 *
 * <ol>
 *   <li><b>write</b>: produces the records of a chronicle of {@code n} meetings one at a time
 *       (the shapes of {@link SyntheticChronicles}: ~{@code n/20} Zipf-distributed officials,
 *       meetings of 2 to 6 participants, {@code n/2} statements, {@code n/10} stances; no
 *       chronicle is ever held) and writes them with {@link NdjsonWriter} to a temporary file;
 *   <li><b>read</b>: reads the file back with {@link NdjsonReader#read()} record by record,
 *       checks each against the same record produced again from the same seed (equal by value;
 *       for meetings, the participant count too), counts the kinds, and writes every record
 *       again to a second file;
 *   <li><b>compare</b>: the two files must be byte for byte the same (the output is canonical).
 * </ol>
 *
 * <p>Prints records, bytes and seconds for each phase, and the heap each used: the peak of the
 * heap in use after a collection (the live data) and the sum of the heap pools' peaks. Exits
 * with status 1 if a check fails. The files are deleted at the end.
 */
public final class NdjsonStream {
  private static final int BUFFER = 1 << 16;

  private NdjsonStream() {}

  /**
   * Runs the three phases.
   *
   * @param args the number of meetings (default 1,000,000) and the seed (default 42)
   * @throws IOException if a temporary file cannot be written or read
   */
  public static void main(String[] args) throws IOException {
    int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    Heap heap = new Heap();
    System.out.printf("NdjsonStream: %,d meetings, seed %d, max heap %,d MB, %s %s%n",
        meetings, seed, Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));

    Path dir = Files.createTempDirectory("parley-ndjson-");
    Path first = dir.resolve("records.ndjson");
    Path second = dir.resolve("again.ndjson");
    boolean ok = true;
    try {
      // 1. Produce and write.
      heap.reset();
      long start = System.nanoTime();
      Kinds written = new Kinds();
      try (NdjsonWriter out = NdjsonWriter.to(
          new BufferedOutputStream(Files.newOutputStream(first), BUFFER))) {
        Records records = new Records(meetings, seed);
        for (Entity<?> r = records.next(); r != null; r = records.next()) {
          out.write(r);
          written.add(r);
        }
      }
      long bytes = Files.size(first);
      report("write", written.total, bytes, System.nanoTime() - start, heap);
      System.out.println("  records: " + written);

      // 2. Read, check, write again.
      heap.reset();
      start = System.nanoTime();
      long reading = 0;
      long producing = 0;
      long writing = 0;
      Kinds read = new Kinds();
      long participants = 0;
      Records expected = new Records(meetings, seed);
      try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(first));
          NdjsonWriter out = NdjsonWriter.to(
              new BufferedOutputStream(Files.newOutputStream(second), BUFFER))) {
        while (true) {
          long t0 = System.nanoTime();
          Optional<Entity<?>> r = in.read();
          long t1 = System.nanoTime();
          Entity<?> want = expected.next();
          long t2 = System.nanoTime();
          reading += t1 - t0;
          producing += t2 - t1;
          if (r.isEmpty()) {
            check(want == null, "the file ends early, before " + want);
            break;
          }
          Entity<?> record = r.get();
          check(record.equals(want), "line " + in.lineNumber() + " reads as " + record
              + ", expected " + want);
          if (record instanceof Meeting) {
            int count = ((Meeting) record).participants().size();
            check(count >= 2 && count <= 6 && count == ((Meeting) want).participants().size(),
                "line " + in.lineNumber() + ": " + count + " participants");
            participants += count;
          }
          read.add(record);
          long t3 = System.nanoTime();
          out.write(record);
          writing += System.nanoTime() - t3;
        }
      }
      check(read.equals(written), "read " + read + ", wrote " + written);
      long total = System.nanoTime() - start;
      report("read", read.total, bytes, total, heap);
      System.out.printf("  of which reading %.1f s (%.1f MB/s, %,.0f records/s), producing the"
          + " expected records %.1f s, writing again %.1f s; %,d participants in %,d meetings%n",
          reading / 1e9, bytes / 1e6 / (reading / 1e9), read.total / (reading / 1e9),
          producing / 1e9, writing / 1e9, participants, read.meetings);

      // 3. Compare.
      heap.reset();
      start = System.nanoTime();
      long mismatch = Files.mismatch(first, second);
      check(mismatch == -1, "the files differ from byte " + mismatch);
      report("compare", read.total, Files.size(second), System.nanoTime() - start, heap);
      System.out.println("OK: the second file is byte for byte the first");
    } catch (IllegalStateException e) {
      ok = false;
      System.out.println("FAILED: " + e.getMessage());
    } finally {
      Files.deleteIfExists(first);
      Files.deleteIfExists(second);
      Files.deleteIfExists(dir);
    }
    if (!ok) {
      System.exit(1);
    }
  }

  private static void report(String phase, long records, long bytes, long nanos, Heap heap) {
    double seconds = nanos / 1e9;
    System.out.printf("%-8s %,d records, %,d bytes, %.1f s (%.1f MB/s, %,.0f records/s);"
        + " heap: live after GC peak %,.1f MB, pools' peaks %,.1f MB%n",
        phase, records, bytes, seconds, bytes / 1e6 / seconds, records / seconds,
        heap.liveAfterGc() / 1048576.0, heap.poolPeaks() / 1048576.0);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  /** Counts of records by kind. */
  private static final class Kinds {
    long total;
    long states;
    long officials;
    long issues;
    long articles;
    long meetings;
    long statements;
    long stances;
    long others;

    void add(Entity<?> r) {
      total++;
      if (r instanceof State) {
        states++;
      } else if (r instanceof Official) {
        officials++;
      } else if (r instanceof Issue) {
        issues++;
      } else if (r instanceof Article) {
        articles++;
      } else if (r instanceof Meeting) {
        meetings++;
      } else if (r instanceof Statement) {
        statements++;
      } else if (r instanceof Stance) {
        stances++;
      } else {
        others++;
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Kinds && toString().equals(o.toString());
    }

    @Override
    public int hashCode() {
      return toString().hashCode();
    }

    @Override
    public String toString() {
      return String.format("%,d (states %,d, officials %,d, issues %,d, articles %,d,"
          + " meetings %,d, statements %,d, stances %,d, other %,d)", total, states, officials,
          issues, articles, meetings, statements, stances, others);
    }
  }

  /**
   * The heap a phase used: the largest heap in use just after a collection (what the phase
   * kept alive), from the collectors' notifications, and the sum of the heap pools' peaks
   * (an upper bound, young generation included).
   */
  private static final class Heap {
    private final List<MemoryPoolMXBean> pools = new ArrayList<>();
    private final AtomicLong liveAfterGc = new AtomicLong();

    Heap() {
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pools.add(pool);
        }
      }
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener((n, handback) -> {
          if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
            long used = 0;
            for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
              used += u.getUsed();
            }
            liveAfterGc.accumulateAndGet(used, Math::max);
          }
        }, null, null);
      }
    }

    void reset() {
      System.gc();
      for (MemoryPoolMXBean pool : pools) {
        pool.resetPeakUsage();
      }
      liveAfterGc.set(0);
    }

    long poolPeaks() {
      long sum = 0;
      for (MemoryPoolMXBean pool : pools) {
        sum += pool.getPeakUsage().getUsed();
      }
      return sum;
    }

    long liveAfterGc() {
      return liveAfterGc.get();
    }
  }

  /**
   * The records of a synthetic chronicle of {@code n} meetings, one at a time, in the canonical
   * order (kind by kind, by id): what {@link SyntheticChronicles} generates, without its probe,
   * and with a tenure for every tenth official. Holds the shared values (ids, posts,
   * participants, dates) but never the records already returned. The same arguments give the
   * same records.
   */
  static final class Records {
    private static final int STATES = 50;
    private static final int ARTICLES = 5;
    private static final int SPANS_PER_ARTICLE = 400;
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final int DAYS =
        (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
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

    private final int meetingCount;
    private final int officialCount;
    private final int statementCount;
    private final int stanceCount;
    private final SplittableRandom random;

    private final List<Article> articles = new ArrayList<>();
    private final List<State> stateRecords = new ArrayList<>();
    private final List<Issue> issueRecords = new ArrayList<>();
    private final StateId[] states = new StateId[STATES];
    private final Place[] places = new Place[STATES];
    private final IssueId[] issues = new IssueId[ISSUES.length];
    private final SourceRef[] sources = new SourceRef[ARTICLES * SPANS_PER_ARTICLE];
    private final Participant[][] unnamed = new Participant[STATES][ROLES.length];
    private final Speaker[] anonymous = new Speaker[STATES];
    private final OfficialId[] officials;
    private final Post[] posts;
    private final Participant[] members;
    private final Participant[] hosts;
    private final Speaker[] speakers;
    private final double[] zipfCumulative;
    private final FuzzyDate[] days = new FuzzyDate[DAYS];
    private final FuzzyDate[] months = new FuzzyDate[26 * 12];
    private final FuzzyDate[] years = new FuzzyDate[26];
    private final FuzzyDate[][] intervals = new FuzzyDate[DAYS][];
    private final int[] chosen = new int[6];

    /** The kind being produced, in document order, and the index within it. */
    private int phase;
    private int index;

    Records(int meetingCount, long seed) {
      if (meetingCount < 1) {
        throw new IllegalArgumentException("meetings must be positive: " + meetingCount);
      }
      this.meetingCount = meetingCount;
      this.officialCount = Math.max(100, meetingCount / 20);
      this.statementCount = meetingCount / 2;
      this.stanceCount = meetingCount / 10;
      this.random = new SplittableRandom(seed);
      this.officials = new OfficialId[officialCount];
      this.posts = new Post[officialCount];
      this.members = new Participant[officialCount];
      this.hosts = new Participant[officialCount];
      this.speakers = new Speaker[officialCount];
      this.zipfCumulative = new double[officialCount];

      for (int a = 0; a < ARTICLES; a++) {
        ArticleId id = ArticleId.of("article-" + a);
        articles.add(Article.builder()
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
        String code = SyntheticChronicles.stateCode(i);
        states[i] = StateId.of(code);
        places[i] = Place.of("City " + code, states[i]);
        stateRecords.add(State.builder().id(states[i]).name("State " + code).build());
        for (int r = 0; r < ROLES.length; r++) {
          unnamed[i][r] = Participant.byCapacity(Post.of(ROLES[r], states[i]));
        }
      }
      for (int i = 0; i < ISSUES.length; i++) {
        issues[i] = IssueId.of(ISSUES[i]);
        Issue.Builder issue = Issue.builder().id(issues[i]).label(ISSUES[i].replace('-', ' '));
        if (i >= 40) {
          issue.parent(issues[i % 10]);
        }
        issueRecords.add(issue.build());
      }
      issueRecords.sort(Comparator.comparing(Issue::id));
      double total = 0;
      for (int i = 0; i < officialCount; i++) {
        officials[i] = OfficialId.of(SyntheticChronicles.padded("o-", i, 7));
        posts[i] = Post.of(ROLES[i / STATES % ROLES.length], states[i % STATES]);
        members[i] = Participant.builder().actor(officials[i]).capacity(posts[i]).build();
        hosts[i] = Participant.builder()
            .actor(officials[i]).capacity(posts[i]).role(ParticipantRole.HOST).build();
        speakers[i] = Speaker.of(officials[i]);
        total += 1.0 / (i + 1);
        zipfCumulative[i] = total;
      }
    }

    /** The next record, or null after the last. */
    Entity<?> next() {
      while (true) {
        switch (phase) {
          case 0:
            if (index < stateRecords.size()) {
              return stateRecords.get(index++);
            }
            break;
          case 1:
            if (index < officialCount) {
              return official(index++);
            }
            break;
          case 2:
            if (index < issueRecords.size()) {
              return issueRecords.get(index++);
            }
            break;
          case 3:
            if (index < articles.size()) {
              return articles.get(index++);
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
            if (index < stanceCount) {
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

    private Official official(int i) {
      Official.Builder official = Official.builder().id(officials[i]).name("Official " + i);
      if (i % 10 == 0) {
        int start = random.nextInt(DAYS - 400);
        official.addIdentifier(Identifier.of("wikidata", "Q" + (1000 + i)))
            .addTenure(Tenure.builder()
                .post(posts[i])
                .term(random.nextBoolean()
                    ? FuzzyDate.openEnd(day(start))
                    : FuzzyDate.interval(day(start), day(start + 1 + random.nextInt(399))))
                .addReference(Identifier.of("wikidata", "Q" + (1000 + i)))
                .build());
      }
      return official.build();
    }

    private int zipf() {
      double u = random.nextDouble() * zipfCumulative[officialCount - 1];
      int i = Arrays.binarySearch(zipfCumulative, u);
      return Math.min(i >= 0 ? i : -i - 1, officialCount - 1);
    }

    private Meeting meeting(int m) {
      Meeting.Builder meeting = Meeting.builder().id(MeetingId.of(SyntheticChronicles.padded(
          "m-", m, 7)));
      int others = 2 + random.nextInt(5);
      for (int p = 0; p < others; p++) {
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
      int named = others;
      while (named > 1 && random.nextInt(10) == 0) {
        named--;
      }
      for (int p = 0; p < others; p++) {
        meeting.addParticipant(p >= named
            ? unnamed[random.nextInt(STATES)][random.nextInt(ROLES.length)]
            : p == 0 ? hosts[chosen[p]] : members[chosen[p]]);
      }
      if (random.nextInt(4) != 0) {
        meeting.place(places[chosen[0] % STATES]);
      }
      if (random.nextInt(5) == 0) {
        meeting.framework(FRAMEWORKS[random.nextInt(FRAMEWORKS.length)]);
      }
      int topics = random.nextInt(3);
      int first = random.nextInt(issues.length);
      for (int t = 0; t < topics; t++) {
        meeting.addTopic(issues[(first + t * 7) % issues.length]);
      }
      FuzzyDate date = randomDate();
      return meeting
          .title(title(others))
          .date(date)
          .addStatusChange(statusChange(date))
          .addSource(source())
          .build();
    }

    private static String title(int participants) {
      switch (participants) {
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

    private SourceRef source() {
      return sources[random.nextInt(sources.length)];
    }

    private StatusChange statusChange(FuzzyDate date) {
      int draw = random.nextInt(100);
      MeetingStatus status = draw < 90 ? MeetingStatus.HELD
          : draw < 95 ? MeetingStatus.PLANNED
          : draw < 98 ? MeetingStatus.POSTPONED
          : MeetingStatus.CANCELLED;
      return StatusChange.builder().status(status).reported(date).addSource(source()).build();
    }

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
      Statement.Builder statement =
          Statement.builder().id(StatementId.of(SyntheticChronicles.padded("st-", s, 7)));
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
        statement.meeting(MeetingId.of(
            SyntheticChronicles.padded("m-", random.nextInt(meetingCount), 7)));
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

    private Stance stance(int s) {
      ActorRef holder = random.nextInt(10) < 3
          ? states[random.nextInt(STATES)]
          : officials[zipf()];
      int issue = random.nextInt(issues.length);
      Stance.Builder stance = Stance.builder()
          .id(StanceId.of(SyntheticChronicles.padded("stance-", s, 7)))
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
      if (random.nextBoolean() && statementCount > 0) {
        stance.addEvidence(StatementId.of(
            SyntheticChronicles.padded("st-", random.nextInt(statementCount), 7)));
      }
      return stance.validity(validity).addSource(source()).build();
    }
  }
}

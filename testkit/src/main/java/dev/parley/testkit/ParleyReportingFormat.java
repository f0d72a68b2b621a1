package dev.parley.testkit;

import dev.parley.core.Article;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.Issue;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.Stance;
import dev.parley.core.State;
import dev.parley.core.Statement;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.SampleReportingFormat;

/**
 * Prints Parley samples readably when a property fails: a {@link Chronicle} as its Parley JSON
 * document, a record (state, official, organization, meeting, statement, stance, issue, article)
 * as its NDJSON line. Registered with jqwik through {@code
 * META-INF/services/net.jqwik.api.SampleReportingFormat} and the module's {@code provides}
 * clause, so a downstream property's failure report shows it with nothing to configure.
 *
 * <p><b>Where the JSON comes from.</b> The writer lives in {@code parley-io}, which depends on
 * this kit for its own tests; the kit therefore cannot depend on it at compile time. When {@code
 * parley-io} is on the class path (or module path) at run time, this format calls its public API
 * ({@code dev.parley.io.json.ChronicleJson.writeString(Chronicle)} and {@code
 * dev.parley.io.ndjson.NdjsonWriter}), found once by name through {@link
 * MethodHandles#publicLookup()}. Without it, or should the writer fail on a sample, the format
 * prints a compact summary instead: one line per record with its id and the fields that say what
 * happened (a meeting's date, status and participants; a statement's speaker, date and mode; a
 * stance's holder, position and issue), headed by a note that names the missing artifact.
 *
 * <p>Reporting never throws: it runs while jqwik reports a failure.
 */
public final class ParleyReportingFormat implements SampleReportingFormat {

  /** The first line of the summary printed without {@code parley-io}. */
  static final String SUMMARY_NOTE =
      "(a summary: add dev.parley:parley-io to the test class path to see the JSON document)";

  private static final Writers WRITERS = Writers.find();

  /** Creates the format; jqwik does so through {@link java.util.ServiceLoader}. */
  public ParleyReportingFormat() {}

  /**
   * Whether {@code value} is a chronicle or one of its records.
   *
   * @param value a sample value
   * @return whether this format reports it
   */
  @Override
  public boolean appliesTo(Object value) {
    return value instanceof Chronicle || value instanceof Entity;
  }

  /**
   * The label of the report: the Parley type's name ({@code Chronicle}, {@code Meeting}), not
   * the generated implementation's.
   *
   * @param value a chronicle or record
   * @return the type's name
   */
  @Override
  public Optional<String> label(Object value) {
    return Optional.of(publicTypeName(value));
  }

  /**
   * Reports {@code value} as Parley JSON, or as a summary without {@code parley-io}.
   *
   * @param value a chronicle or record
   * @return a plain label holding the report's text
   */
  @Override
  public Object report(Object value) {
    return SampleReportingFormat.plainLabel(text(value, WRITERS));
  }

  /** The report's text with the given writers; the tests pass {@link Writers#NONE}. */
  static String text(Object value, Writers writers) {
    Optional<String> json = writers.json(value);
    if (json.isPresent()) {
      return json.get();
    }
    if (value instanceof Chronicle) {
      return SUMMARY_NOTE + "\n" + summary((Chronicle) value);
    }
    return value.toString();
  }

  /** Whether {@code parley-io}'s writers were found; for tests. */
  static boolean jsonAvailable() {
    return WRITERS.available();
  }

  private static String publicTypeName(Object value) {
    for (Class<?> c = value.getClass(); c != null; c = c.getSuperclass()) {
      if (!c.getSimpleName().startsWith("Immutable")) {
        return c.getSimpleName();
      }
    }
    return value.getClass().getSimpleName();
  }

  /** One line per record, grouped by kind; kinds without records are left out. */
  static String summary(Chronicle c) {
    List<String> lines = new ArrayList<>();
    section(lines, "states", c.states(), State::name);
    section(lines, "officials", c.officials(), ParleyReportingFormat::official);
    section(lines, "organizations", c.organizations(), Organization::name);
    section(lines, "meetings", c.meetings(), ParleyReportingFormat::meeting);
    section(lines, "statements", c.statements(), ParleyReportingFormat::statement);
    section(lines, "stances", c.stances(), ParleyReportingFormat::stance);
    section(lines, "issues", c.issues(), Issue::label);
    section(lines, "articles", c.articles(), a -> a.headline().orElse(""));
    if (lines.isEmpty()) {
      lines.add("no records");
    }
    return String.join("\n", lines);
  }

  private static <R extends Entity<?>> void section(
      List<String> lines, String kind, List<R> records, Function<R, String> describe) {
    if (records.isEmpty()) {
      return;
    }
    lines.add(kind + ":");
    for (R r : records) {
      String description = describe.apply(r);
      lines.add("  " + r.id().value() + (description.isEmpty() ? "" : ": " + description));
    }
  }

  private static String official(Official o) {
    String tenures = o.tenures().stream()
        .map(t -> post(t.post()) + " " + t.term())
        .collect(Collectors.joining(", "));
    return o.name() + (tenures.isEmpty() ? "" : " (" + tenures + ")");
  }

  private static String meeting(Meeting m) {
    String participants = m.participants().stream()
        .map(ParleyReportingFormat::participant)
        .collect(Collectors.joining(", "));
    return m.date() + " " + m.status() + " \"" + m.title() + "\" with " + participants;
  }

  private static String participant(Participant p) {
    StringBuilder s = new StringBuilder();
    p.actor().ifPresent(a -> s.append(a.toRefString()));
    p.capacity().ifPresent(post -> s.append(s.length() == 0 ? "" : " as ").append(post(post)));
    p.represents().ifPresent(r -> s.append(" for ").append(r.toRefString()));
    return s.toString();
  }

  private static String post(Post p) {
    return p.role() + " of " + p.party().toRefString() + p.title().map(t -> " \"" + t + "\"")
        .orElse("");
  }

  private static String statement(Statement s) {
    String speaker = s.speaker().actor().map(a -> a.toRefString())
        .orElseGet(() -> "anonymous" + s.speaker().affiliation()
            .map(a -> " of " + a.toRefString()).orElse(""));
    return s.date() + " " + speaker + " " + s.mode()
        + s.meeting().map(m -> " at meeting " + m).orElse("")
        + s.text().map(t -> ": \"" + t + "\"").orElse("");
  }

  private static String stance(Stance s) {
    return s.holder().toRefString() + " " + s.position() + " " + s.issue()
        + (s.conditions().isEmpty() ? "" : " if " + s.conditions())
        + " " + s.validity()
        + (s.evidence().isEmpty() ? "" : " evidence " + s.evidence());
  }

  /** {@code parley-io}'s writers, if present at run time. */
  static final class Writers {
    /** No writers: the summary. */
    static final Writers NONE = new Writers(null, null, null, null);

    private final MethodHandle document; // (Chronicle) -> String
    private final MethodHandle ndjsonTo; // (OutputStream) -> NdjsonWriter
    private final MethodHandle ndjsonWrite; // (NdjsonWriter, Entity) -> NdjsonWriter
    private final MethodHandle ndjsonClose; // (NdjsonWriter) -> void

    private Writers(
        MethodHandle document,
        MethodHandle ndjsonTo,
        MethodHandle ndjsonWrite,
        MethodHandle ndjsonClose) {
      this.document = document;
      this.ndjsonTo = ndjsonTo;
      this.ndjsonWrite = ndjsonWrite;
      this.ndjsonClose = ndjsonClose;
    }

    static Writers find() {
      try {
        ClassLoader loader = ParleyReportingFormat.class.getClassLoader();
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        Class<?> json = Class.forName("dev.parley.io.json.ChronicleJson", false, loader);
        Class<?> ndjson = Class.forName("dev.parley.io.ndjson.NdjsonWriter", false, loader);
        return new Writers(
            lookup.findStatic(
                json, "writeString", MethodType.methodType(String.class, Chronicle.class)),
            lookup.findStatic(ndjson, "to", MethodType.methodType(ndjson, OutputStream.class)),
            lookup.findVirtual(ndjson, "write", MethodType.methodType(ndjson, Entity.class)),
            lookup.findVirtual(ndjson, "close", MethodType.methodType(void.class)));
      } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
        return NONE; // parley-io is absent, or not of a version with this API
      }
    }

    boolean available() {
      return document != null;
    }

    /** The JSON of a chronicle or record, or empty without writers or if writing fails. */
    Optional<String> json(Object value) {
      if (!available()) {
        return Optional.empty();
      }
      try {
        if (value instanceof Chronicle) {
          return Optional.of(((String) document.invoke((Chronicle) value)).stripTrailing());
        }
        if (value instanceof Entity) {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          Object writer = ndjsonTo.invoke((OutputStream) out);
          Object unused = ndjsonWrite.invoke(writer, (Entity<?>) value);
          ndjsonClose.invoke(writer);
          return Optional.of(out.toString(StandardCharsets.UTF_8).stripTrailing());
        }
        return Optional.empty();
      } catch (VirtualMachineError e) {
        throw e;
      } catch (Throwable e) { // the report of a failure must not fail: the summary instead
        return Optional.empty();
      }
    }
  }
}

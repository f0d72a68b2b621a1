package dev.parley.testkit;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorRef;
import dev.parley.core.Article;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Entity;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.EventId;
import dev.parley.core.Identifier;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Magnitudes;
import dev.parley.core.Meeting;
import dev.parley.core.MeetingId;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.Participant;
import dev.parley.core.Place;
import dev.parley.core.Post;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.StanceId;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.core.StatementId;
import dev.parley.core.StatusChange;
import dev.parley.core.Tenure;
import dev.parley.core.TypedId;
import dev.parley.core.Violation;
import dev.parley.core.time.FuzzyDate;

/**
 * Laws every Parley value obeys, as assertions to call from downstream properties, in the manner
 * of guava-testlib's {@code EqualsTester}. Each throws an {@link AssertionError} that says which
 * law failed and for which values.
 *
 * <pre>{@code
 * @Property
 * void myCopiesAreValues(@ForAll Meeting meeting) {
 *   ParleyLaws.checkValueSemantics(meeting, MyMapper.copy(meeting));
 * }
 *
 * @Property
 * void equalsIsConsistent(@ForAll Stance a, @ForAll Stance b) {
 *   ParleyLaws.checkEqualsConsistency(a, b);
 * }
 * }</pre>
 */
public final class ParleyLaws {
  private ParleyLaws() {}

  /**
   * Checks that {@code value} and {@code equalCopy} behave as equal values: each equals itself
   * and the other, their hash codes and {@code toString}s agree, and neither equals {@code null}
   * or an object of another type.
   *
   * @param value a value
   * @param equalCopy a value that should be equal to it, made another way (a copy, a value read
   *     back from JSON, ...)
   * @param <T> the values' type
   * @throws AssertionError if a law fails
   * @throws NullPointerException if an argument is null
   */
  public static <T> void checkValueSemantics(T value, T equalCopy) {
    requireNonNull(value, "value");
    requireNonNull(equalCopy, "equalCopy");
    law(value.equals(value), "equals is not reflexive", value, value);
    law(value.equals(equalCopy), "the values are not equal", value, equalCopy);
    law(equalCopy.equals(value), "equals is not symmetric", equalCopy, value);
    law(value.hashCode() == equalCopy.hashCode(), "equal values have different hash codes",
        value, equalCopy);
    law(value.toString().equals(equalCopy.toString()),
        "equal values have different toString()", value, equalCopy);
    law(!value.equals(null), "a value equals null", value, null);
    law(!value.equals(new Object()), "a value equals an Object", value, "new Object()");
  }

  /**
   * Checks that {@code value} equals a copy of itself rebuilt through its builder or factory
   * ({@link #rebuild}): value semantics, and that the value passes its type's validation again.
   *
   * @param value a Parley value
   * @param <T> the value's type
   * @throws AssertionError if a law fails
   * @throws IllegalArgumentException if {@code value} is not of a type {@link #rebuild} knows
   */
  public static <T> void checkValueSemantics(T value) {
    checkValueSemantics(value, rebuild(value));
  }

  /**
   * Checks that {@code equals} is consistent for two arbitrary values: symmetric, and when they
   * are equal, with equal hash codes and {@code toString}s.
   *
   * @param a a value
   * @param b another value of the same type
   * @param <T> the values' type
   * @throws AssertionError if a law fails
   * @throws NullPointerException if an argument is null
   */
  public static <T> void checkEqualsConsistency(T a, T b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    law(a.equals(b) == b.equals(a), "equals is not symmetric", a, b);
    if (a.equals(b)) {
      checkValueSemantics(a, b);
    }
  }

  /**
   * An encoding that may fail on bad input, such as a JSON reader.
   *
   * @param <A> what is encoded or decoded
   * @param <B> the result
   */
  @FunctionalInterface
  public interface Codec<A, B> {
    /**
     * Encodes or decodes {@code value}.
     *
     * @param value the input
     * @return the output
     * @throws Exception if the input cannot be encoded or decoded
     */
    B apply(A value) throws Exception;
  }

  /**
   * Checks the round-trip laws of a serialized form, such as Parley's JSON: decoding an encoded
   * value gives an equal value, and encoding is canonical: encoding the decoded value again
   * gives the same bytes.
   *
   * <pre>{@code
   * @Property
   * void jsonRoundTrips(@ForAll Chronicle chronicle) {
   *   ParleyLaws.checkRoundTrip(chronicle, ChronicleJson::write, ChronicleJson::read);
   * }
   * }</pre>
   *
   * @param value the value
   * @param encode writes a value to bytes
   * @param decode reads bytes back to a value
   * @param <T> the value's type
   * @throws AssertionError if a law fails, or decoding the encoded value fails
   * @throws NullPointerException if an argument is null
   */
  public static <T> void checkRoundTrip(T value, Codec<? super T, byte[]> encode,
      Codec<byte[], ? extends T> decode) {
    requireNonNull(value, "value");
    byte[] bytes = apply(encode, value, "encoding");
    T back = apply(decode, bytes, "decoding what was encoded");
    checkValueSemantics(value, back);
    byte[] again = apply(encode, back, "encoding again");
    if (!java.util.Arrays.equals(bytes, again)) {
      throw new AssertionError("encoding is not canonical: the value read back encodes to"
          + " other bytes:\n  " + new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
          + "\n  " + new String(again, java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static <A, B> B apply(Codec<? super A, ? extends B> codec, A input, String step) {
    try {
      return codec.apply(input);
    } catch (Exception e) {
      throw new AssertionError(step + " failed: " + e, e);
    }
  }

  /**
   * Rebuilds a Parley value from its parts through its public builder (or factory for ids and
   * dates), which runs the type's validation again.
   *
   * @param value a Parley value: an entity, a value type, an id or a date
   * @param <T> the value's type
   * @return an equal value, built anew
   * @throws IllegalArgumentException if {@code value} is not a Parley type with a builder, or
   *     fails its validation
   * @throws NullPointerException if {@code value} is null
   */
  @SuppressWarnings("unchecked")
  public static <T> T rebuild(T value) {
    requireNonNull(value, "value");
    Object copy;
    if (value instanceof Entity) {
      copy = rebuildRecord((Entity<?>) value);
    } else if (value instanceof Participant) {
      copy = Participant.builder().from((Participant) value).build();
    } else if (value instanceof StatusChange) {
      copy = StatusChange.builder().from((StatusChange) value).build();
    } else if (value instanceof Tenure) {
      copy = Tenure.builder().from((Tenure) value).build();
    } else if (value instanceof Post) {
      copy = Post.builder().from((Post) value).build();
    } else if (value instanceof Place) {
      copy = Place.builder().from((Place) value).build();
    } else if (value instanceof EventActor) {
      copy = EventActor.builder().from((EventActor) value).build();
    } else if (value instanceof Magnitudes) {
      copy = Magnitudes.builder().from((Magnitudes) value).build();
    } else if (value instanceof Speaker) {
      copy = Speaker.builder().from((Speaker) value).build();
    } else if (value instanceof SourceRef) {
      copy = SourceRef.builder().from((SourceRef) value).build();
    } else if (value instanceof Identifier) {
      Identifier i = (Identifier) value;
      copy = Identifier.of(i.scheme(), i.value());
    } else if (value instanceof Violation) {
      Violation v = (Violation) value;
      copy = Violation.of(v.kind(), v.id(), v.field(), v.message());
    } else if (value instanceof Chronicle) {
      copy = Chronicle.builder().from((Chronicle) value).build();
    } else if (value instanceof ActorRef) {
      copy = ActorRef.parse(((ActorRef) value).toRefString());
    } else if (value instanceof TypedId) {
      copy = rebuildId((TypedId<?>) value);
    } else if (value instanceof FuzzyDate) {
      copy = FuzzyDate.parse(value.toString());
    } else {
      throw new IllegalArgumentException(
          "not a Parley type with a builder: " + value.getClass().getName());
    }
    return (T) copy;
  }

  /** A record, through its kind's builder. */
  private static Entity<?> rebuildRecord(Entity<?> record) {
    return switch (record.recordKind()) {
      case STATE -> State.builder().from((State) record).build();
      case ORGANIZATION -> Organization.builder().from((Organization) record).build();
      case OFFICIAL -> Official.builder().from((Official) record).build();
      case ISSUE -> Issue.builder().from((Issue) record).build();
      case ARTICLE -> Article.builder().from((Article) record).build();
      case MEETING -> Meeting.builder().from((Meeting) record).build();
      case STATEMENT -> Statement.builder().from((Statement) record).build();
      case STANCE -> Stance.builder().from((Stance) record).build();
      case EVENT -> Event.builder().from((Event) record).build();
    };
  }

  /** Ids that are not actor references: the actor kinds go through {@link ActorRef#parse}. */
  private static Object rebuildId(TypedId<?> id) {
    String text = id.value();
    if (id instanceof MeetingId) {
      return MeetingId.of(text);
    } else if (id instanceof StatementId) {
      return StatementId.of(text);
    } else if (id instanceof StanceId) {
      return StanceId.of(text);
    } else if (id instanceof IssueId) {
      return IssueId.of(text);
    } else if (id instanceof EventId) {
      return EventId.of(text);
    }
    return ArticleId.of(text);
  }

  private static void law(boolean holds, String law, Object first, Object second) {
    if (!holds) {
      throw new AssertionError(law + ":\n  " + first + "\n  " + second);
    }
  }

}

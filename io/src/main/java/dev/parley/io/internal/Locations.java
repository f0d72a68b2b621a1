package dev.parley.io.internal;

import dev.parley.core.RecordKind;
import dev.parley.io.ParleyJsonException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.TokenStreamLocation;

/** Where a reader is: line, column and JSON path, and exceptions that say so. */
public final class Locations {
  private Locations() {}

  /** A point of the input: line and column (from 1) and the JSON path of the value there. */
  public record Location(int line, int column, String path) {
    /** The same location, with {@code suffix} appended to the path. */
    public Location child(String suffix) {
      return new Location(line, column, path + suffix);
    }
  }

  /** The location of the parser's current token. */
  public static Location of(JsonParser p) {
    TokenStreamLocation at = p.currentTokenLocation();
    return new Location(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
        path(p.streamReadContext()));
  }

  /** The JSONPath of the value a context is at: {@code $.meetings[0].date}. */
  public static String path(TokenStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray() && c.hasCurrentIndex() && c.getCurrentIndex() >= 0) {
        segments.push("[" + c.getCurrentIndex() + "]");
      } else if (c.inObject() && c.currentName() != null) {
        segments.push(name(c.currentName()));
      }
    }
    return "$" + String.join("", segments);
  }

  /** A path segment for a property: {@code .name}, or {@code ['odd name']}. */
  public static String name(String property) {
    return isSimple(property)
        ? "." + property
        : "['" + property.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Whether a name is {@code [A-Za-z_][A-Za-z0-9_]*}. */
  private static boolean isSimple(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }

  /**
   * The location {@code at} (captured cheaply while reading), with the path of where the parser
   * is now: reading builds no path unless it fails.
   */
  public static Location at(TokenStreamLocation at, JsonParser p) {
    return new Location(Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
        path(p.streamReadContext()));
  }

  /**
   * The location at the {@linkplain #pack packed} line and column {@code at}, with the path of
   * the parser's current context.
   */
  public static Location at(long at, JsonParser p) {
    return new Location(Math.max((int) (at >> 32), 0), Math.max((int) at, 0),
        path(p.streamReadContext()));
  }

  /** A line and a column in one number, which {@link #at(long, JsonParser)} unpacks. */
  public static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  /** The exception to throw for bad input at {@code at}. */
  public static BadInput fail(Location at, String reason, Throwable cause) {
    return new BadInput(new ParleyJsonException(reason, at.line(), at.column(), at.path(), cause));
  }

  /** The exception to throw for bad input at the parser's current token. */
  public static BadInput fail(JsonParser p, String reason) {
    return fail(of(p), reason, null);
  }

  /**
   * A chronicle's violations as bad input, reported at the first one's record and field; the
   * reason lists up to ten more.
   *
   * @param starts where each record starts
   */
  public static BadInput violations(dev.parley.core.InvalidChronicleException e,
      RecordStarts starts) {
    java.util.List<dev.parley.core.Violation> all = e.violations();
    java.util.function.BiFunction<String, String, Location> locate = starts.locator();
    java.util.List<ParleyJsonException> each = new java.util.ArrayList<>(all.size());
    for (dev.parley.core.Violation v : all) {
      Location at = field(locate.apply(v.kind(), v.id()), v.field());
      each.add(new ParleyJsonException(v.message(), at.line(), at.column(), at.path(), null));
    }
    dev.parley.core.Violation first = all.get(0);
    Location fieldAt = field(locate.apply(first.kind(), first.id()), first.field());
    StringBuilder reason = new StringBuilder(first.message());
    if (all.size() > 1) {
      reason.append(" (").append(all.size() - 1).append(" more: ");
      all.stream().skip(1).limit(10).forEach(v -> reason.append(v).append("; "));
      reason.setLength(reason.length() - 2);
      reason.append(all.size() > 11 ? "; ...)" : ")");
    }
    return new BadInput(new ParleyJsonException(reason.toString(), fieldAt.line(),
        fieldAt.column(), fieldAt.path(), e, each));
  }

  /** The location of {@code field} of the record at {@code at}. */
  private static Location field(Location at, String field) {
    return at.child(field.startsWith("[") ? field : "." + field);
  }

  /**
   * Turns an exception of Jackson's into one of Parley's. The location is Jackson's; for errors
   * Jackson gives none (its limits), the start of the string being read, or else where reading
   * stopped. The path is the field being read; an error while reading a field's name (its
   * length, a duplicate) is the enclosing object's.
   *
   * @param inName whether the reader was reading a field name
   */
  public static BadInput fromJackson(JacksonException e, JsonParser p, boolean inName) {
    TokenStreamLocation at = e.getLocation();
    if ((at == null || at.getLineNr() <= 0) && p != null) {
      at = !inName && p.currentToken() == JsonToken.VALUE_STRING
          ? p.currentTokenLocation() : p.currentLocation();
    }
    String path = p == null ? "$" : inName ? objectPath(p.streamReadContext())
        : path(p.streamReadContext());
    int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
    int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
    return new BadInput(new ParleyJsonException(plain(e), line, column, path, e));
  }

  /** The path of the object a context is in, without the field it was at. */
  private static String objectPath(TokenStreamContext c) {
    return c != null && c.inObject() ? path(c.getParent()) : path(c);
  }

  /**
   * The path at which a byte lies: the input before it is parsed, and where that parse ends
   * (inside a string value, a name, or between values) says where the byte is. A byte where a
   * value should follow a field's name (and colon) lies at that field.
   */
  public static String pathAt(JsonFactory factory, byte[] bytes, int offset, int at) {
    boolean inName = false;
    String nameBefore = null;
    JsonParser p;
    try {
      p = factory.createParser(tools.jackson.core.ObjectReadContext.empty(), bytes, offset,
          at - offset);
    } catch (JacksonException e) {
      return "$"; // the readers check the encoding Jackson guesses from the first bytes first
    }
    try {
      while (true) {
        JsonToken before = p.currentToken();
        TokenStreamContext c = p.streamReadContext();
        inName = c.inObject() && before != JsonToken.PROPERTY_NAME;
        nameBefore = c.currentName();
        JsonToken t = p.nextToken();
        if (t == null) {
          return path(p.streamReadContext());
        }
        if (t == JsonToken.VALUE_STRING) {
          inName = false;
          p.getString();
        }
      }
    } catch (JacksonException e) {
      // Reading a name, the parser names the field once the whole name is read.
      boolean nameRead = !Objects.equals(nameBefore, p.streamReadContext().currentName());
      return inName && !nameRead
          ? objectPath(p.streamReadContext()) : path(p.streamReadContext());
    } finally {
      p.close();
    }
  }

  /**
   * How Jackson states a limit it enforces: the value's size, the limit, and the limit's name.
   * Only the numbers are taken from it; the words are Parley's.
   */
  private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed"
      + " \\((\\d+), from `StreamReadConstraints\\.(\\w+)\\(\\)`\\)");

  /** Jackson's message in plain words, without its location and source excerpt. */
  static String plain(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null) {
      return "malformed JSON";
    }
    if (e instanceof StreamConstraintsException) {
      String limit = limit(message);
      if (limit != null) {
        return limit;
      }
    }
    int cut = message.indexOf("\n at [");
    message = cut >= 0 ? message.substring(0, cut) : message;
    message = message.replaceAll("\\s*\\(start marker at \\[Source:[^\\]]*\\]\\)", "")
        .replaceAll("\\s*\\[Source:[^\\]]*\\]", "");
    if (message.contains("Unexpected end-of-input")) {
      return "the input ends in the middle of a value (truncated?): " + message;
    }
    return message.strip();
  }

  /** A limit of the parser's that the input broke, in Parley's words; null if not known. */
  private static String limit(String message) {
    Matcher m = LIMIT.matcher(message);
    if (!m.find()) {
      return null;
    }
    String size = m.group(1);
    String max = m.group(2);
    return switch (m.group(3)) {
      case "getMaxNumberLength" -> "a number of " + size + " digits, over the limit of " + max;
      case "getMaxStringLength" -> "a string of " + size + " characters, over the limit of "
          + max + " (ReadOptions.withMaxStringLength)";
      case "getMaxNameLength" -> "a field name of " + size + " characters, over the limit of "
          + max + " (ReadOptions.withMaxStringLength)";
      case "getMaxNestingDepth" -> "nesting depth " + size + ", over the limit of " + max
          + " levels (ReadOptions.withMaxNestingDepth)";
      case "getMaxDocumentLength" -> "the document is longer than the limit of " + max
          + " bytes (ReadOptions.withMaxDocumentLength)";
      default -> null;
    };
  }

  /** Every record kind's label, for messages: "state, organization, ...". */
  public static String kindLabels() {
    return java.util.Arrays.stream(RecordKind.values()).map(RecordKind::label)
        .collect(java.util.stream.Collectors.joining(", "));
  }
}

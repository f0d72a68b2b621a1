package dev.parley.eventdata.actors;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One code block of a dictionary entry, {@code [CODE]} or {@code [CODE date-restriction]}, as
 * written: on an indented line under the entry, or after the name on the entry's first line.
 *
 * <p>The restriction says when the code applies: {@link Restriction#NONE} always (the entry's
 * default code), {@link Restriction#FROM} from a day on ({@code >date}), {@link
 * Restriction#UNTIL} up to a day ({@code <date}), {@link Restriction#BETWEEN} from one day to
 * another ({@code date-date}).
 *
 * @param line the 1-based line the block is on
 * @param code the CAMEO code, such as {@code RUSGOV}: three letters of country (or {@code IGO},
 *     {@code IMG} …) followed by sector codes of three letters each; {@code ---} means "not
 *     coded"
 * @param restriction the kind of date restriction
 * @param from the first day, for {@code FROM} and {@code BETWEEN}
 * @param until the last day, for {@code UNTIL} and {@code BETWEEN}
 * @param comment the text after {@code #} on the line, trimmed, where there is one
 * @param raw the line as written, without its indentation and line break
 */
public record RoleCode(int line, String code, Restriction restriction, Optional<LocalDate> from,
    Optional<LocalDate> until, Optional<String> comment, String raw) {

  /** The kinds of date restriction. */
  public enum Restriction {
    /** No dates: the code applies whenever no dated code does. */
    NONE,
    /** {@code >date}: from the day on, without end. */
    FROM,
    /** {@code <date}: up to the day; when it started is not said. */
    UNTIL,
    /** {@code date-date}: from the first day to the second. */
    BETWEEN
  }

  /**
   * Checks the parts.
   *
   * @param line the line
   * @param code the code
   * @param restriction the restriction
   * @param from the first day
   * @param until the last day
   * @param comment the comment
   * @param raw the raw line
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the days present do not fit the restriction, or {@code
   *     from} is after {@code until}
   */
  public RoleCode {
    requireNonNull(code, "code");
    requireNonNull(restriction, "restriction");
    requireNonNull(from, "from");
    requireNonNull(until, "until");
    requireNonNull(comment, "comment");
    requireNonNull(raw, "raw");
    boolean wantFrom = restriction == Restriction.FROM || restriction == Restriction.BETWEEN;
    boolean wantUntil = restriction == Restriction.UNTIL || restriction == Restriction.BETWEEN;
    if (from.isPresent() != wantFrom || until.isPresent() != wantUntil) {
      throw new IllegalArgumentException("restriction " + restriction + " of '" + raw
          + "' does not fit from=" + from + ", until=" + until);
    }
    if (from.isPresent() && until.isPresent() && from.get().isAfter(until.get())) {
      throw new IllegalArgumentException(
          "'" + raw + "': start " + from.get() + " is after end " + until.get());
    }
  }

  /**
   * The first three letters of the code: the country, or a non-state prefix such as {@code IGO}.
   *
   * @return the prefix, or the whole code when it is shorter
   */
  public String country() {
    return code.length() >= 3 ? code.substring(0, 3) : code;
  }

  /**
   * What follows the country in the code: the sector codes, such as {@code GOV} or {@code
   * GOVBUS}.
   *
   * @return the sector part, empty for a bare country code
   */
  public String sector() {
    return code.length() > 3 ? code.substring(3) : "";
  }

  /**
   * Whether the code carries dates.
   *
   * @return whether the restriction is not {@link Restriction#NONE}
   */
  public boolean isDated() {
    return restriction != Restriction.NONE;
  }
}

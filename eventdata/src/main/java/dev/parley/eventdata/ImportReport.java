package dev.parley.eventdata;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What an import made of its input: how many input items became what, and every item that was not
 * mapped, with where it was and why. Nothing an importer reads is dropped silently: each item is
 * either counted under an outcome or listed in {@link #skipped()}.
 *
 * <p>Instances are immutable; importers build them with {@link #builder(String)}.
 */
public final class ImportReport {
  /**
   * One input item that was not mapped (or mapped only in part).
   *
   * @param where where it was: a record id ({@code "record GSR-123"}) or a line ({@code "line
   *     12"})
   * @param reason why, worded for a person, naming the bad value
   */
  public record Skipped(String where, String reason) {
    /**
     * Checks the parts.
     *
     * @param where where the item was
     * @param reason why it was not mapped
     */
    public Skipped {
      requireNonNull(where, "where");
      requireNonNull(reason, "reason");
    }

    /** {@return {@code where: reason}, the line a command line prints} */
    @Override
    public String toString() {
      return where + ": " + reason;
    }
  }

  private final String unit;
  private final int read;
  private final Map<String, Integer> counts;
  private final List<Skipped> skipped;

  private ImportReport(Builder b) {
    this.unit = b.unit;
    this.read = b.read;
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(b.counts));
    this.skipped = List.copyOf(b.skipped);
  }

  /**
   * Starts a report.
   *
   * @param unit what the input items are called, plural ({@code "records"}, {@code "lines"})
   * @return a new builder
   */
  public static Builder builder(String unit) {
    return new Builder(unit);
  }

  /** {@return how many input items were read} */
  public int read() {
    return read;
  }

  /** {@return how many items became what, in the order the outcomes were first counted} */
  public Map<String, Integer> counts() {
    return counts;
  }

  /**
   * {@return how many items were counted under an outcome}
   *
   * @param outcome the outcome, as given to {@link Builder#count(String)}
   */
  public int count(String outcome) {
    return counts.getOrDefault(outcome, 0);
  }

  /** {@return the items not mapped, in input order} */
  public List<Skipped> skipped() {
    return skipped;
  }

  /**
   * {@return one summary line}, for example {@code "120 records: 80 events, 12 meetings, 3
   * skipped"}
   */
  public String summary() {
    StringJoiner j = new StringJoiner(", ", read + " " + unit + ": ", "");
    j.setEmptyValue(read + " " + unit);
    counts.forEach((k, v) -> j.add(v + " " + k));
    j.add(skipped.size() + " skipped");
    return j.toString();
  }

  @Override
  public String toString() {
    return summary();
  }

  /** Builds an {@link ImportReport}; not thread-safe. */
  public static final class Builder {
    private final String unit;
    private int read;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final List<Skipped> skipped = new ArrayList<>();

    private Builder(String unit) {
      this.unit = requireNonNull(unit, "unit");
    }

    /**
     * Counts one input item read.
     *
     * @return this builder
     */
    public Builder read() {
      read++;
      return this;
    }

    /**
     * Counts one thing made under an outcome.
     *
     * @param outcome what was made, plural ({@code "events"})
     * @return this builder
     */
    public Builder count(String outcome) {
      counts.merge(requireNonNull(outcome, "outcome"), 1, Integer::sum);
      return this;
    }

    /**
     * Lists an item that was not mapped.
     *
     * @param where where it was
     * @param reason why
     * @return this builder
     */
    public Builder skip(String where, String reason) {
      skipped.add(new Skipped(where, reason));
      return this;
    }

    /** {@return the report} */
    public ImportReport build() {
      return new ImportReport(this);
    }
  }
}

package dev.parley.io.ndjson;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import dev.parley.core.Chronicle;
import dev.parley.core.ChronicleAssembler;
import dev.parley.core.Entity;
import dev.parley.core.InvalidChronicleException;
import dev.parley.core.internal.ReaderSupport;
import dev.parley.core.internal.ReferenceLedger;
import dev.parley.io.ParleyJsonException;
import dev.parley.io.ReadOptions;
import dev.parley.io.internal.BadInput;
import dev.parley.io.internal.Json;
import dev.parley.core.RecordKind;
import dev.parley.io.internal.Locations;
import dev.parley.io.internal.Locations.Location;
import dev.parley.io.internal.ReadCaches;
import dev.parley.io.internal.RecordReader;
import dev.parley.io.internal.RecordStarts;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.async.ByteArrayFeeder;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads Parley records from NDJSON, one line at a time: memory use is bounded by the longest
 * line ({@link ReadOptions#maxRecordLength()}), whatever the stream's length.
 *
 * <pre>{@code
 * try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(path))) {
 *   for (Optional<Entity<?>> r = in.read(); r.isPresent(); r = in.read()) {
 *     if (r.get() instanceof Meeting) { ... }
 *   }
 * }
 * }</pre>
 *
 * <p>Each line is one JSON object with a {@code kind} field ({@code state}, {@code
 * organization}, {@code official}, {@code issue}, {@code article}, {@code meeting}, {@code
 * statement}, {@code stance}, {@code event}; usually first, anywhere accepted) and the record's fields as in a
 * document. Blank lines are skipped. A bad line throws a {@link ParleyJsonException} with its
 * line number, the column, and the path within the line's record; the records before it have
 * been returned already. Not thread-safe.
 *
 * <p><b>The last line.</b> A stream whose writer was cut short (a crash, a full disk) may end
 * in the middle of a line. Such a <em>truncated</em> last line, the beginning of a record
 * without its end and without a line end, is never read as a record: it is refused with its
 * line number, or, with {@link ReadOptions#withTruncatedLastLineSkipped(boolean)}, skipped, so
 * that every record before it is read, and reported by {@link #truncatedLastLine()}. A last line
 * that holds a whole record but no {@code \n} is read like any other: nothing of it is missing.
 */
public final class NdjsonReader implements Closeable {
  private final InputStream in;
  private final ReadOptions options;
  private byte[] buffer = new byte[64 * 1024];
  private int start;
  private int end;
  private boolean eof;
  private int lineNumber;
  private int recordLine;
  /** The offset in the stream of {@code buffer[0]}. */
  private long bufferOffset;
  /** The truncated last line, once skipped. */
  private TruncatedLine truncated;
  /** The parsers of lines. */
  private final JsonFactory factory;
  /** Parses this reader's lines on the calling thread. */
  private final LineParser lines;

  private NdjsonReader(InputStream in, ReadOptions options) {
    this.in = in;
    this.options = options;
    this.factory = Json.factory(options);
    // Records handed out one by one until readChronicle() or validate() asks for an assembler.
    this.lines = new LineParser(factory, ReadCaches.forRecords(options), options);
  }

  /**
   * Returns a reader of {@code in} with the {@linkplain ReadOptions#defaults() default options};
   * closing the reader closes the stream.
   *
   * @param in the NDJSON input, UTF-8
   * @return the reader
   * @throws NullPointerException if {@code in} is null
   */
  public static NdjsonReader from(InputStream in) {
    return from(in, ReadOptions.defaults());
  }

  /**
   * Returns a reader of {@code in}; closing the reader closes the stream.
   *
   * @param in the NDJSON input, UTF-8
   * @param options strictness and limits
   * @return the reader
   * @throws NullPointerException if an argument is null
   */
  public static NdjsonReader from(InputStream in, ReadOptions options) {
    return new NdjsonReader(requireNonNull(in, "in"), requireNonNull(options, "options"));
  }

  /**
   * Reads the next record.
   *
   * @return the record, or empty at the end of the stream (or at a truncated last line, when
   *     the options {@linkplain ReadOptions#withTruncatedLastLineSkipped(boolean) skip it})
   * @throws ParleyJsonException if the next non-blank line is not a valid record (or is a
   *     truncated last line, or the stream does not start as UTF-8, or a line is longer than the
   *     limit)
   * @throws IOException if the stream fails
   */
  public Optional<Entity<?>> read() throws IOException {
    long line = nextRecordLine();
    if (line < 0) {
      return Optional.empty();
    }
    return Optional.of(lines.parse(buffer, (int) (line >>> 32), (int) line, recordLine));
  }

  /**
   * Finds the next record's line, skipping blank lines: returns its offset in the buffer (high
   * half) and length (low half), with {@link #recordLine} set; -1 at the end of the stream or at
   * a truncated last line that the options skip. The line stays in the buffer until the next
   * call.
   */
  private long nextRecordLine() throws IOException {
    while (true) {
      int lineEnd = nextLine();
      if (lineEnd < 0) {
        return -1;
      }
      int from = start;
      int to = lineEnd > from && buffer[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
      // Only the stream's last line can lack its '\n': nextLine() ends it at the end of the data.
      boolean unterminated = lineEnd == end;
      start = Math.min(lineEnd + 1, end);
      if (isBlank(from, to)) {
        continue;
      }
      checkFirstBytes(from, to);
      if (unterminated && isCutShort(from, to)) {
        truncated(from, to, lineEnd);
        return -1;
      }
      recordLine = lineNumber;
      return (long) from << 32 | (to - from);
    }
  }

  /**
   * The truncated last line that was skipped, once {@link #read()} has reached it; empty if
   * there was none or it has not been reached yet, and always empty when the options refuse
   * truncated lines (see {@link ReadOptions#withTruncatedLastLineSkipped(boolean)}).
   *
   * <pre>{@code
   * Chronicle whole = in.readChronicle();
   * in.truncatedLastLine().ifPresent(t -> repair(path, t.offset())); // cut the file there
   * }</pre>
   *
   * @return the skipped line, or empty
   */
  public Optional<TruncatedLine> truncatedLastLine() {
    return Optional.ofNullable(truncated);
  }

  /**
   * The line number of the record last returned by {@link #read()}, from 1; 0 before any.
   *
   * @return the line number
   */
  public int lineNumber() {
    return recordLine;
  }

  /**
   * Reads every remaining record and builds them into a chronicle, whose referential problems
   * are reported at the line of the record concerned.
   *
   * <p>The records share one instance of each id and date they refer to, and of each post,
   * place, participant, speaker and event actor met again in them: a value whose fields equal
   * those of one read before is that one, neither built nor checked again. A short text (up to
   * 64 characters: a title, a city) that records repeat is kept once too, as long as it stays
   * among the last few hundred texts read. A 100,000-meeting chronicle holds about 62 MB rather
   * than 102 MB.
   *
   * @return the chronicle
   * @throws ParleyJsonException if a line is not a valid record, or the records do not form a
   *     valid chronicle
   * @throws IOException if the stream fails
   */
  public Chronicle readChronicle() throws IOException {
    // Each record is checked as it is added, while it is still in the processor's caches;
    // its references, by the ids the line parser noted in its ledger.
    ChronicleAssembler chronicle = lines.caches.assembler();
    RecordStarts starts = new RecordStarts();
    for (Optional<Entity<?>> r = read(); r.isPresent(); r = read()) {
      Entity<?> record = r.get();
      starts.onLine(record.recordKind(), record, recordLine);
      chronicle.add(record);
    }
    return build(chronicle, starts);
  }

  /**
   * Reads every remaining record and builds them into a chronicle, as {@link #readChronicle()}
   * does, parsing the lines on {@code threads} threads of its own: the calling thread reads the
   * stream, hands batches of lines (about a mebibyte each) to the threads, and adds the parsed
   * records to the chronicle in the order of their lines. Once the last is in, the references
   * each thread noted are looked up at once, on the threads and the calling thread. The result,
   * and the problem reported when there is one, are those of {@link #readChronicle()}: the first
   * bad line's, or the chronicle's violations at their lines. For a large stream on a machine
   * with several cores; memory beyond the chronicle's is the batches in flight (two per thread),
   * and, per thread, one copy of each id, date and small value the records share (the records
   * refer to those copies). The threads end before this method returns, whether it succeeds or
   * fails.
   *
   * <pre>{@code
   * Chronicle c = in.readChronicle(Runtime.getRuntime().availableProcessors());
   * }</pre>
   *
   * @param threads the number of parsing threads; 1 parses on the calling thread, as {@link
   *     #readChronicle()}
   * @return the chronicle
   * @throws IllegalArgumentException if {@code threads} is less than 1
   * @throws ParleyJsonException if a line is not a valid record, or the records do not form a
   *     valid chronicle
   * @throws java.io.InterruptedIOException if the calling thread is interrupted while it waits
   *     for a batch
   * @throws IOException if the stream fails
   */
  public Chronicle readChronicle(int threads) throws IOException {
    return readChronicle(threads, Batch.LINES);
  }

  /** {@link #readChronicle(int)} with batches of at most {@code batchLines} lines (for tests). */
  Chronicle readChronicle(int threads, int batchLines) throws IOException {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    if (threads == 1) {
      return readChronicle();
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new ThreadFactory() {
      private final AtomicInteger count = new AtomicInteger();

      @Override
      public Thread newThread(Runnable r) {
        Thread t = new Thread(r, "parley-ndjson-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      }
    });
    // The parsing threads' line parsers note references in ledgers of their own, which become
    // parts of this one once every line is parsed; the chronicle is built with the pool's help,
    // the parts looked up at once.
    ReferenceLedger references = new ReferenceLedger();
    ChronicleAssembler chronicle = ReaderSupport.assembler(references, pool);
    RecordStarts starts = new RecordStarts();
    Queue<LineParser> parsers = new ConcurrentLinkedQueue<>();
    ArrayDeque<Future<Batch>> inFlight = new ArrayDeque<>();
    try {
      Batch batch = new Batch(batchLines);
      while (true) {
        long line;
        try {
          line = nextRecordLine();
        } catch (ParleyJsonException e) {
          // The lines before this one come first: one of them may be bad too.
          while (!inFlight.isEmpty()) {
            addAll(inFlight.removeFirst(), chronicle, starts);
          }
          if (batch.size > 0) {
            addAll(CompletableFuture.completedFuture(batch.parse(parsers, factory, options)),
                chronicle, starts);
          }
          throw e;
        }
        if (line < 0) {
          break;
        }
        batch.add(buffer, (int) (line >>> 32), (int) line, recordLine);
        if (batch.isFull()) {
          Batch full = batch;
          inFlight.addLast(pool.submit(() -> full.parse(parsers, factory, options)));
          batch = new Batch(batchLines);
          while (inFlight.size() > threads * 2) {
            addAll(inFlight.removeFirst(), chronicle, starts);
          }
        }
      }
      if (batch.size > 0) {
        Batch last = batch;
        inFlight.addLast(pool.submit(() -> last.parse(parsers, factory, options)));
      }
      while (!inFlight.isEmpty()) {
        addAll(inFlight.removeFirst(), chronicle, starts);
      }
      // Every batch was parsed, and its parser put back in the queue.
      for (LineParser parser : parsers) {
        references.addAll(parser.caches.ledger());
      }
      return build(chronicle, starts);
    } finally {
      stop(pool);
    }
  }

  /**
   * Stops the parsing threads: batches not yet started are dropped, and a batch being parsed
   * (after a bad line, say) is waited for, so that no thread outlives the call; an interrupt
   * while waiting is kept for the caller.
   */
  private static void stop(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The chronicle of the records read; its violations reported at their records' lines. */
  private static Chronicle build(ChronicleAssembler chronicle, RecordStarts starts)
      throws ParleyJsonException {
    try {
      return chronicle.build();
    } catch (InvalidChronicleException e) {
      throw Locations.violations(e, starts).exception();
    }
  }

  /** Waits for a batch and adds its records in order; throws its bad line's problem. */
  private static void addAll(Future<Batch> parsed, ChronicleAssembler chronicle,
      RecordStarts starts) throws IOException {
    Batch batch;
    try {
      batch = parsed.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while reading NDJSON");
      io.initCause(e);
      throw io;
    } catch (ExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw new IllegalStateException("parsing a batch of lines failed", e.getCause());
    }
    for (int i = 0; i < batch.parsed; i++) {
      Entity<?> record = batch.records[i];
      starts.onLine(record.recordKind(), record, batch.lines[i]);
      chronicle.add(record);
    }
    if (batch.failure != null) {
      throw batch.failure;
    }
  }

  /** Lines copied out of the reader's buffer, parsed on another thread. */
  private static final class Batch {
    private static final int BYTES = 1 << 20;
    private static final int LINES = 8192;
    private byte[] data = new byte[BYTES + (BYTES >> 3)];
    private int length;
    private final int[] offsets;
    private final int[] lengths;
    private final int[] lines;
    private int size;
    private Entity<?>[] records;
    private int parsed;
    private ParleyJsonException failure;

    Batch(int maxLines) {
      offsets = new int[maxLines];
      lengths = new int[maxLines];
      lines = new int[maxLines];
    }

    void add(byte[] buffer, int offset, int lineLength, int lineNumber) {
      if (length + lineLength > data.length) {
        data = Arrays.copyOf(data, Math.max(data.length * 2, length + lineLength));
      }
      System.arraycopy(buffer, offset, data, length, lineLength);
      offsets[size] = length;
      lengths[size] = lineLength;
      lines[size] = lineNumber;
      length += lineLength;
      size++;
    }

    boolean isFull() {
      return size == lines.length || length >= BYTES;
    }

    /** Parses every line, stopping at the first bad one; returns this batch. */
    Batch parse(Queue<LineParser> parsers, JsonFactory factory, ReadOptions options) {
      LineParser parser = parsers.poll();
      if (parser == null) {
        parser = new LineParser(factory, ReadCaches.forChronicle(options), options);
      }
      records = new Entity<?>[size];
      try {
        parser.startBatch(data, length);
        for (; parsed < size; parsed++) {
          records[parsed] = parser.parseInBatch(offsets[parsed], lengths[parsed], lines[parsed]);
        }
      } catch (ParleyJsonException e) {
        failure = e;
      } finally {
        parser.endBatch();
        parsers.add(parser);
      }
      data = null;
      return this;
    }
  }

  /**
   * Reads every remaining line and reports every problem, where {@link #readChronicle()} stops
   * at the first: each bad line (the reader goes on with the next one), then the violations of
   * the chronicle that the good lines make, each at its record's line and field. A record that
   * refers to one on a bad line is reported too, as a dangling reference. Reading stops early
   * only where no later line can be found: at a line over the length limit.
   *
   * <pre>{@code
   * try (NdjsonReader in = NdjsonReader.from(Files.newInputStream(path))) {
   *   in.validate().forEach(p -> System.err.println(p.getMessage()));
   * }
   * }</pre>
   *
   * @return the problems in the order found, each with line, column and path; empty when the
   *     stream is a valid chronicle
   * @throws IOException if the stream fails
   */
  public List<ParleyJsonException> validate() throws IOException {
    List<ParleyJsonException> problems = new ArrayList<>();
    ChronicleAssembler chronicle = lines.caches.assembler();
    RecordStarts starts = new RecordStarts();
    while (true) {
      Optional<Entity<?>> r;
      long before = bufferOffset + start;
      try {
        r = read();
      } catch (ParleyJsonException e) {
        problems.add(e);
        if (bufferOffset + start == before) {
          break; // no later line can be found
        }
        continue;
      }
      if (r.isEmpty()) {
        break;
      }
      Entity<?> record = r.get();
      starts.onLine(record.recordKind(), record, recordLine);
      chronicle.add(record);
    }
    try {
      chronicle.build();
    } catch (InvalidChronicleException e) {
      problems.addAll(Locations.violations(e, starts).exception().problems());
    }
    return List.copyOf(problems);
  }

  /**
   * Whether the line is the beginning of a JSON object that stops before the object's end, as a
   * write cut short leaves it. Jackson's non-blocking parser reads what there is and asks for
   * more where a blocking one would fail at the end of the input; a line that is malformed
   * before it stops, or that holds a whole object, is not cut short.
   */
  private boolean isCutShort(int from, int to) {
    int first = from;
    while (first < to && (buffer[first] == ' ' || buffer[first] == '\t')) {
      first++;
    }
    if (first == to || buffer[first] != '{') {
      return false;
    }
    // With Jackson's duplicate detection: a line with a repeated name is bad, not cut short.
    JsonParser p = factory.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()
        .createNonBlockingByteArrayParser(ObjectReadContext.empty());
    try {
      ((ByteArrayFeeder) p.nonBlockingInputFeeder()).feedInput(buffer, first, to);
      for (JsonToken t = p.nextToken(); t != JsonToken.NOT_AVAILABLE; t = p.nextToken()) {
        if (t == JsonToken.END_OBJECT && p.streamReadContext().inRoot()) {
          return false;
        }
      }
      return true;
    } catch (JacksonException e) {
      return false;
    } finally {
      p.close();
    }
  }

  /** Skips or refuses the truncated last line {@code [from, to)} ({@code lineEnd} with CR). */
  private void truncated(int from, int to, int lineEnd) throws ParleyJsonException {
    if (options.isTruncatedLastLineSkipped()) {
      truncated = new TruncatedLine(lineNumber, bufferOffset + from, lineEnd - from);
      return;
    }
    throw new ParleyJsonException("the last line is truncated: the stream ends inside its record"
        + " (a write cut short?); to read the records before it, use"
        + " ReadOptions.withTruncatedLastLineSkipped(true)", lineNumber, to - from + 1,
        Locations.pathAt(factory, buffer, from, to), null);
  }

  /**
   * Closes the stream.
   *
   * @throws IOException if the stream fails
   */
  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Finds the end of the next line in the buffer, reading more as needed; returns the index of
   * its '\n' (or of the end of the data for a last line without one), or -1 at the end.
   */
  private int nextLine() throws IOException {
    int scanFrom = start;
    while (true) {
      int i = Json.indexOfNewline(buffer, scanFrom, end);
      if (i >= 0) {
        lineNumber++;
        checkLength(i - start);
        return i;
      }
      if (end - start > options.maxRecordLength()) {
        lineNumber++;
        checkLength(end - start);
      }
      if (eof) {
        if (start < end) {
          lineNumber++;
          return end;
        }
        return -1;
      }
      int scanned = end - start; // fill() moves the line to the front of the buffer
      fill();
      scanFrom = start + scanned;
    }
  }

  private void checkLength(int length) throws ParleyJsonException {
    if (length > options.maxRecordLength()) {
      throw new ParleyJsonException("the line is longer than the limit of "
          + options.maxRecordLength() + " bytes", lineNumber, 1, "$", null);
    }
  }

  /** Moves the unread bytes to the front, grows the buffer if full, reads more. */
  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      bufferOffset += start;
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int n = in.read(buffer, end, buffer.length - end);
    if (n < 0) {
      eof = true;
    } else {
      end += n;
    }
  }

  /** Refuses a line that does not start as UTF-8, as Jackson would guess its encoding. */
  private void checkFirstBytes(int from, int to) throws ParleyJsonException {
    String notUtf8 = Json.notUtf8(buffer, from, to - from,
        lineNumber == 1 ? "the input" : "the line");
    if (notUtf8 != null) {
      throw new ParleyJsonException(notUtf8, lineNumber, 1, "$", null);
    }
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = buffer[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Parses lines into records, one at a time, with the caches that carry repeated texts from
   * line to line: one per thread.
   */
  static final class LineParser {
    private final JsonFactory factory;
    private final ReadOptions options;
    /** The values of texts that records repeat, remembered from line to line. */
    private final ReadCaches caches;
    private final Json.Utf8Check utf8 = new Json.Utf8Check();
    private byte[] buffer;
    private int lineNumber;
    /** The reader of the line being parsed, for where an error of Jackson's struck. */
    private RecordReader current;
    /** The batch being parsed ({@link #startBatch}), its length, and whether it is UTF-8. */
    private byte[] batch;
    private int batchLength;
    private boolean batchIsUtf8;
    /** The parser running through the batch's lines, or null; where in the batch it started. */
    private JsonParser batchParser;
    private int batchParserStart;

    LineParser(JsonFactory factory, ReadCaches caches, ReadOptions options) {
      this.factory = factory;
      this.options = options;
      this.caches = caches;
    }

    /**
     * Starts a batch: lines {@link #parseInBatch parsed} until {@link #endBatch()} lie one after
     * the other, with nothing between them, in {@code data[0, length)}.
     */
    void startBatch(byte[] data, int length) {
      batch = data;
      batchLength = length;
      // One check of the whole batch; if it fails, each line is checked (and parsed) alone.
      batchIsUtf8 = utf8.firstInvalid(data, 0, length) < 0
          && options.maxDocumentLength() >= length;
    }

    /**
     * Parses the batch's line {@code [offset, offset + length)}, numbered {@code lineNumber}.
     * A line whose {@code kind} comes first is read by one parser that runs on through the
     * batch's lines, so that no parser is made for each line; any other line, and any line that
     * fails there, is read by {@link #parse(byte[], int, int, int)} alone, which reports its
     * problem as it would have without a batch.
     */
    Entity<?> parseInBatch(int offset, int length, int lineNumber) throws ParleyJsonException {
      if (batchIsUtf8) {
        Entity<?> record = inBatch(offset, length);
        if (record != null) {
          return record;
        }
        closeBatchParser();
      }
      return parse(batch, offset, length, lineNumber);
    }

    /** Ends a batch, releasing its parser. */
    void endBatch() {
      closeBatchParser();
      batch = null;
    }

    /**
     * The record of the line {@code batch[offset, offset + length)} read with the batch's parser,
     * or null if it could not be read there: a line whose {@code kind} is not first, a problem,
     * or content after the record. The parser is then left in an unknown place, to be closed.
     */
    private Entity<?> inBatch(int offset, int length) {
      try {
        if (batchParser == null) {
          batchParser = factory.createParser(ObjectReadContext.empty(), batch, offset,
              batchLength - offset);
          batchParserStart = offset;
        }
        JsonParser p = batchParser;
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        RecordReader records = new RecordReader(p, options, true, caches);
        if (records.nextField() != JsonToken.PROPERTY_NAME || !p.currentName().equals("kind")) {
          return null;
        }
        records.atFieldName();
        Entity<?> record = records.recordAfterKind(records.kind(), 0L);
        // The record must end on its line, with nothing but blanks after it.
        long end = batchParserStart + p.currentLocation().getByteOffset();
        int lineEnd = offset + length;
        if (end > lineEnd) {
          return null;
        }
        for (int i = (int) end; i < lineEnd; i++) {
          byte b = batch[i];
          if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
            return null;
          }
        }
        return record;
      } catch (RuntimeException e) {
        return null; // read again alone, which reports it where the line has it
      }
    }

    private void closeBatchParser() {
      if (batchParser != null) {
        JsonParser p = batchParser;
        batchParser = null;
        p.close();
      }
    }

    /** Parses the line {@code buffer[offset, offset + length)}, numbered {@code lineNumber}. */
    Entity<?> parse(byte[] buffer, int offset, int length, int lineNumber)
        throws ParleyJsonException {
      this.buffer = buffer;
      this.lineNumber = lineNumber;
      try {
        return parse(offset, length);
      } finally {
        this.buffer = null;
      }
    }

    /** Parses one line into a record; errors report this line. */
    private Entity<?> parse(int offset, int length) throws ParleyJsonException {
      int invalid = utf8.firstInvalid(buffer, offset, length);
      if (invalid >= 0) {
        throw new ParleyJsonException(String.format("invalid UTF-8: byte 0x%02X is not part of a"
            + " well-formed UTF-8 sequence", buffer[invalid] & 0xFF), lineNumber,
            invalid - offset + 1, Locations.pathAt(factory, buffer, offset, invalid),
            null);
      }
      JsonParser p = null;
      current = null;
      try {
        p = factory.createParser(ObjectReadContext.empty(), buffer, offset, length);
        return record(p, offset, length);
      } catch (BadInput e) {
        throw onThisLine(e.exception());
      } catch (JacksonException e) {
        JsonParser at = current != null ? current.parser() : p;
        throw onThisLine(Locations.fromJackson(e, at, current != null && current.inName())
            .exception());
      } catch (RuntimeException e) {
        throw new ParleyJsonException("could not read the record (internal error: " + e + ")",
            lineNumber, 0, "$", e);
      } finally {
        if (p != null) {
          p.close();
        }
      }
    }

    /**
     * Reads the line's record with {@code p}. A line whose {@code kind} comes first, as the
     * writer writes it, is read in one pass; otherwise the kind is found first, and the line read
     * again knowing it.
     */
    private Entity<?> record(JsonParser p, int offset, int length) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw Locations.fail(p, "expected a record (an object), found "
            + RecordReader.describe(p.currentToken()));
      }
      RecordReader records = new RecordReader(p, options, true, caches);
      long start = records.startLocation();
      current = records;
      if (records.nextField() == JsonToken.PROPERTY_NAME && p.currentName().equals("kind")) {
        records.atFieldName();
        return endOfLine(p, records.recordAfterKind(records.kind(), start));
      }
      RecordKind kind = findKind(offset, length);
      JsonParser again = factory.createParser(ObjectReadContext.empty(), buffer, offset, length);
      try {
        again.nextToken();
        RecordReader second = new RecordReader(again, options, true, caches);
        current = second;
        return endOfLine(again, second.record(kind, second.startLocation()));
      } finally {
        again.close();
      }
    }

    /** The record read with {@code p}, once nothing but blanks is found after it on the line. */
    private static Entity<?> endOfLine(JsonParser p, Entity<?> record) {
      if (p.nextToken() != null) {
        throw Locations.fail(p, "unexpected content after the record (one record per line)");
      }
      return record;
    }

    /** Finds the line's kind, skipping the other fields' values. */
    private RecordKind findKind(int offset, int length) {
      JsonParser scan = factory.createParser(ObjectReadContext.empty(), buffer, offset, length);
      try {
        scan.nextToken();
        while (scan.nextToken() == JsonToken.PROPERTY_NAME) {
          String name = scan.currentName();
          scan.nextToken();
          if (name.equals("kind")) {
            return new RecordReader(scan, options, true).kind();
          }
          scan.skipChildren();
        }
        throw Locations.fail(new Location(1, 1, "$"), "the record has no 'kind' field; expected"
            + " one of: " + Locations.kindLabels(), null);
      } finally {
        scan.close();
      }
    }

    private ParleyJsonException onThisLine(ParleyJsonException e) {
      return new ParleyJsonException(e.reason(), lineNumber, e.column(), e.path(), e.getCause());
    }
  }
}

package dev.parley.eventdata.cameo;

import static java.util.Objects.requireNonNull;

import dev.parley.core.PloverCategory;
import dev.parley.eventdata.plover.PloverCategoryName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CAMEO to PLOVER conversion table of the PLOVER manual, for users holding CAMEO-coded
 * rows: each CAMEO event code (root codes 01 to 20 and their three- and four-digit sub-codes) to
 * a PLOVER category, mode and contexts.
 *
 * <p><b>Where to get the table.</b> Parley does not ship the table: it is the file {@code
 * CAMEO2PLOVER-2021.txt} of the Open Event Data Alliance's PLOVER repository
 * (https://github.com/openeventdata/PLOVER, draft 0.8 of 17 September 2021), licensed under
 * Creative Commons Attribution-ShareAlike 4.0 International. Download it and give its path to
 * {@link #read(Path)}:
 *
 * <pre>{@code
 * CameoPloverTable table = CameoPloverTable.read(Path.of("CAMEO2PLOVER-2021.txt"));
 * table.lookup("0311");   // AGREE, contexts [economic]
 * table.lookup("0315");   // no row: falls back to 031, AGREE, contexts [diplomatic]
 * table.lookup("010");    // empty: PLOVER drops CAMEO 01 and 02 (statements, appeals)
 * table.cameoCodes(PloverCategory.CONSULT, "visit");   // [042, 043]
 * }</pre>
 *
 * <p><b>The table's form.</b> A row is {@code CODE: CATEGORY, mode, context # comment}, where
 * mode and context may be blank and contexts are separated by semicolons ({@code crime;
 * corruption}); blanks around each value are dropped. A line {@code NN: CATEGORY} with a
 * two-digit code and nothing else is a section heading, not a row; blank lines, {@code #}
 * comments and lines of only {@code ~}, {@code -} or {@code =} are skipped. The table files some
 * rows under another section's heading (such as {@code 0813} under RETREAT, or {@code 191} under
 * COERCE): a row stands for its own code wherever it is. A code written twice with the same
 * conversion is read once ({@code 175} is); written twice with different conversions, the table
 * is refused. The table's category names are resolved by {@link PloverCategoryName}: its {@code
 * REQUEST} (CAMEO 10) is Parley's {@link PloverCategory#DEMAND}, as in the manual's own
 * translation table; {@link CameoPloverRow#ploverName()} keeps the name as written.
 *
 * <p><b>Lookup.</b> {@link #lookup(String)} returns the code's own row where the table has one;
 * otherwise the row of its parent code (the code without its last digit), and so on up; a
 * two-digit root code with no row of its own stands for its {@code NN0} row ("not specified
 * below", as CAMEO numbers it): {@code 04} is looked up as {@code 040}. Root codes 01 and 02
 * (public statements and appeals) have no rows, as PLOVER drops them, and look up to nothing.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class CameoPloverTable {
  private static final Pattern CODE_LINE = Pattern.compile("(\\d+)\\s*:(.*)");
  private static final Pattern CODE = Pattern.compile("\\d{2,4}");
  private static final Pattern CATEGORY = Pattern.compile("[A-Za-z]+");
  private static final Pattern PLOVER_NAME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
  private static final Pattern SEPARATOR = Pattern.compile("[~=-]+");

  private final Map<String, CameoPloverRow> rows;

  private CameoPloverTable(Map<String, CameoPloverRow> rows) {
    this.rows = Collections.unmodifiableMap(new TreeMap<>(rows));
  }

  /**
   * Reads the table from a file, in UTF-8.
   *
   * @param file the table, such as {@code CAMEO2PLOVER-2021.txt}
   * @return the table
   * @throws CameoTableException if a line cannot be read as the class description says
   * @throws IOException if the file cannot be read
   * @throws NullPointerException if {@code file} is null
   */
  public static CameoPloverTable read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.getFileName().toString());
    }
  }

  /**
   * Reads the table from a reader, which stays open.
   *
   * @param in the table's text
   * @param source the table's name for error messages, such as its file name
   * @return the table
   * @throws CameoTableException if a line cannot be read as the class description says
   * @throws IOException if the reader fails
   * @throws NullPointerException if an argument is null
   */
  public static CameoPloverTable read(Reader in, String source) throws IOException {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in
        : new BufferedReader(in);
    Map<String, CameoPloverRow> rows = new TreeMap<>();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("#") || SEPARATOR.matcher(trimmed).matches()) {
        continue;
      }
      Optional<CameoPloverRow> row = parse(trimmed, source, number);
      if (row.isEmpty()) {
        continue;
      }
      CameoPloverRow r = row.get();
      CameoPloverRow before = rows.putIfAbsent(r.cameoCode(), r);
      if (before != null && !before.sameMapping(r)) {
        throw new CameoTableException(source, number, "CAMEO code " + r.cameoCode()
            + " is converted differently on line " + before.line() + " and here");
      }
    }
    return new CameoPloverTable(rows);
  }

  /** Reads one line; empty for a section heading. */
  private static Optional<CameoPloverRow> parse(String line, String source, int number)
      throws CameoTableException {
    Matcher m = CODE_LINE.matcher(line);
    if (!m.matches()) {
      throw new CameoTableException(source, number, "expected 'CODE: CATEGORY, mode, context',"
          + " found '" + line + "'");
    }
    String code = m.group(1);
    if (!CODE.matcher(code).matches()) {
      throw new CameoTableException(source, number, "CAMEO code '" + code
          + "' must have two to four digits");
    }
    int root = Integer.parseInt(code.substring(0, 2));
    if (root < 1 || root > 20) {
      throw new CameoTableException(source, number, "CAMEO code '" + code
          + "' must have a root code from 01 to 20");
    }
    String body = m.group(2);
    String comment = "";
    int hash = body.indexOf('#');
    if (hash >= 0) {
      comment = body.substring(hash + 1).strip();
      body = body.substring(0, hash);
    }
    String[] fields = body.split(",", -1);
    if (fields.length > 3) {
      throw new CameoTableException(source, number, "expected at most three fields (category,"
          + " mode, context), found " + fields.length + " in '" + body.strip() + "'");
    }
    String name = fields[0].strip();
    if (!CATEGORY.matcher(name).matches()) {
      throw new CameoTableException(source, number, "category '" + name
          + "' must be a word of letters");
    }
    Optional<PloverCategoryName> category = PloverCategoryName.resolve(name);
    if (category.isEmpty()) {
      throw new CameoTableException(source, number, "category '" + name
          + "' is not a PLOVER category Parley knows");
    }
    if (fields.length == 1 && code.length() == 2) {
      return Optional.empty();
    }
    Optional<String> mode = Optional.empty();
    if (fields.length > 1 && !fields[1].isBlank()) {
      mode = Optional.of(checkName(fields[1].strip(), "mode", source, number));
    }
    LinkedHashSet<String> contexts = new LinkedHashSet<>();
    if (fields.length > 2) {
      for (String c : fields[2].split(";", -1)) {
        if (!c.isBlank()) {
          contexts.add(checkName(c.strip(), "context", source, number));
        }
      }
    }
    return Optional.of(new CameoPloverRow(code, category.get().name(), category.get().category(),
        mode, new ArrayList<>(contexts), comment, number));
  }

  private static String checkName(String value, String what, String source, int number)
      throws CameoTableException {
    if (!PLOVER_NAME.matcher(value).matches()) {
      throw new CameoTableException(source, number, what + " '" + value
          + "' must be lower-case words of a-z and 0-9 joined by hyphens or underscores");
    }
    return value;
  }

  /**
   * Converts a CAMEO event code, falling back to its parent codes as the class description says.
   *
   * @param cameoCode a CAMEO event code of two to four digits, such as {@code "0311"}
   * @return the row that converts it (its {@link CameoPloverRow#cameoCode()} says which code's
   *     row it is); empty for codes under 01 and 02, which PLOVER drops, and for codes under a
   *     root the table lacks
   * @throws NullPointerException if {@code cameoCode} is null
   * @throws IllegalArgumentException if {@code cameoCode} is not two to four digits
   */
  public Optional<CameoPloverRow> lookup(String cameoCode) {
    requireNonNull(cameoCode, "cameoCode");
    if (!CODE.matcher(cameoCode).matches()) {
      throw new IllegalArgumentException("CAMEO code '" + cameoCode
          + "' must have two to four digits");
    }
    for (String c = cameoCode; ; c = c.substring(0, c.length() - 1)) {
      CameoPloverRow row = rows.get(c);
      if (row != null) {
        return Optional.of(row);
      }
      if (c.length() == 2) {
        return Optional.ofNullable(rows.get(c + "0"));
      }
    }
  }

  /**
   * The table's own row for a code, without falling back.
   *
   * @param cameoCode a CAMEO event code
   * @return the row; empty when the table has no row for exactly this code
   * @throws NullPointerException if {@code cameoCode} is null
   */
  public Optional<CameoPloverRow> row(String cameoCode) {
    return Optional.ofNullable(rows.get(requireNonNull(cameoCode, "cameoCode")));
  }

  /** {@return every row, in code order (as text: {@code 03} before {@code 030} before {@code 0311})} */
  public List<CameoPloverRow> rows() {
    return List.copyOf(rows.values());
  }

  /**
   * The reverse direction: the CAMEO codes whose rows convert to a category.
   *
   * @param category a PLOVER category
   * @return the codes, in code order; empty if no row converts to it
   * @throws NullPointerException if {@code category} is null
   */
  public List<String> cameoCodes(PloverCategory category) {
    requireNonNull(category, "category");
    return rows.values().stream().filter(r -> r.category() == category)
        .map(CameoPloverRow::cameoCode).toList();
  }

  /**
   * The reverse direction: the CAMEO codes whose rows convert to a category with a mode.
   *
   * @param category a PLOVER category
   * @param mode a PLOVER mode, such as {@code "visit"}
   * @return the codes, in code order; empty if no row converts to both
   * @throws NullPointerException if an argument is null
   */
  public List<String> cameoCodes(PloverCategory category, String mode) {
    requireNonNull(category, "category");
    requireNonNull(mode, "mode");
    return rows.values().stream()
        .filter(r -> r.category() == category && r.mode().equals(Optional.of(mode)))
        .map(CameoPloverRow::cameoCode).toList();
  }

  @Override
  public String toString() {
    return "CameoPloverTable[" + rows.size() + " rows]";
  }
}

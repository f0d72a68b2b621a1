package dev.parley.examples;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ArticleId;
import dev.parley.core.time.FuzzyDate;
import dev.parley.examples.SeedArticle.DateAnchor;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the seed articles: plain-text files as a news site's page was saved, one or more
 * articles per file.
 *
 * <p>The files are UTF-8 (a malformed byte is an error that names the file). Each file is read
 * as follows, and the rules are all there is: nothing else about the layout is assumed.
 *
 * <ul>
 *   <li><b>Articles.</b> A file holds several articles when a later article's headline appears as
 *       pages print one: after two or more blank lines, a line not seen before in the file that
 *       the page repeats within the next {@value #ECHO_WINDOW} lines (a headline above its photo
 *       and again above the text). The file is split before each such line; a file with none is
 *       one article.
 *   <li><b>Headline.</b> A Markdown heading ({@code # ...}) among the first lines; otherwise the
 *       first line, when the article repeats it and it reads as a title (at most
 *       {@value #MAX_HEADLINE} characters, no final full stop, not a date, not a parenthesised
 *       caption).
 *   <li><b>Published date.</b> A date on a line of its own among the first
 *       {@value #HEADER_LINES} lines ({@code April 25, 2023}, {@code December 20,2016}).
 *   <li><b>Byline.</b> A line {@code By ...} among the first lines (Markdown links reduced to
 *       their text).
 *   <li><b>URL.</b> The first {@code http(s)} address in the text.
 *   <li><b>Anchor date.</b> The published date; otherwise the first full date in a photo caption
 *       among the first lines (a line that opens with a parenthesis, {@code (L to R) ...}, or
 *       closes with a parenthesised credit, {@code ... (AFP)}), marked approximate: the article is
 *       about that day, but was not necessarily written on it.
 * </ul>
 *
 * <p>Ids are {@code seed-} and the digits the file name starts with ({@code 003_x.txt} gives
 * {@code seed-003}; a name without leading digits gives its own slug), with {@code a}, {@code b},
 * ... appended when the file holds several articles.
 */
public final class ArticleReader {
  /** How far (in lines) a headline's repetition may follow it. */
  static final int ECHO_WINDOW = 12;
  /** The longest line read as a headline. */
  static final int MAX_HEADLINE = 150;
  /** How many non-blank lines at an article's top may hold its date and byline. */
  static final int HEADER_LINES = 10;

  private static final String MONTH = "(January|February|March|April|May|June|July|August"
      + "|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?"
      + "|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final Pattern FULL_DATE =
      Pattern.compile("\\b" + MONTH + " (\\d{1,2}), ?(\\d{4})\\b");
  private static final Pattern BYLINE = Pattern.compile("By\\s+(.+)");
  private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\\[\\]\"]+");
  private static final Pattern LEADING_DIGITS = Pattern.compile("^(\\d+)");

  private ArticleReader() {}

  /**
   * Reads every {@code .txt} file in {@code dir}, in file name order.
   *
   * @param dir the articles directory
   * @return the articles, file by file
   * @throws IOException if the directory or a file cannot be read, or a file is not UTF-8 (the
   *     message names the file)
   * @throws NullPointerException if {@code dir} is null
   */
  public static List<SeedArticle> readDirectory(Path dir) throws IOException {
    requireNonNull(dir, "dir");
    List<Path> files;
    try (Stream<Path> listing = Files.list(dir)) {
      files = listing
          .filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted()
          .toList();
    }
    List<SeedArticle> articles = new ArrayList<>();
    for (Path file : files) {
      articles.addAll(parse(file.getFileName().toString(), decode(file)));
    }
    return List.copyOf(articles);
  }

  /**
   * Splits one file's text into articles and reads what each states about itself.
   *
   * @param fileName the file's name, which gives the articles' ids
   * @param content the file's text
   * @return the file's articles, in order; one at least
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code content} is blank, or {@code fileName} gives no
   *     usable id
   */
  public static List<SeedArticle> parse(String fileName, String content) {
    requireNonNull(fileName, "fileName");
    requireNonNull(content, "content");
    if (content.isBlank()) {
      throw new IllegalArgumentException("Invalid article file '" + fileName
          + "': it holds no text");
    }
    List<Line> lines = Line.split(content);
    List<Integer> starts = articleStarts(lines);
    String base = idBase(fileName);
    List<SeedArticle> articles = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      int from = lines.get(starts.get(k)).start;
      int to = k + 1 < starts.size() ? lines.get(starts.get(k + 1)).start : content.length();
      String id = starts.size() == 1 ? base : base + (char) ('a' + k);
      articles.add(read(ArticleId.of(id), fileName, content.codePointCount(0, from),
          content.substring(from, to)));
    }
    return List.copyOf(articles);
  }

  private static String decode(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IOException("Cannot read article file " + file + ": not UTF-8 (" + e + ")", e);
    }
  }

  /** The indexes of the lines that begin articles: line 0, then each later headline. */
  private static List<Integer> articleStarts(List<Line> lines) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    Set<String> seen = new HashSet<>();
    int blanks = 0;
    boolean textSinceStart = false;
    for (int i = 0; i < lines.size(); i++) {
      String t = lines.get(i).trimmed;
      if (t.isEmpty()) {
        blanks++;
        continue;
      }
      if (blanks >= 2 && textSinceStart && !seen.contains(t) && repeatedWithin(lines, i)) {
        starts.add(i);
        textSinceStart = false;
      }
      seen.add(t);
      textSinceStart = true;
      blanks = 0;
    }
    return starts;
  }

  private static boolean repeatedWithin(List<Line> lines, int i) {
    String t = lines.get(i).trimmed;
    for (int j = i + 1; j < lines.size() && j <= i + ECHO_WINDOW; j++) {
      if (lines.get(j).trimmed.equals(t)) {
        return true;
      }
    }
    return false;
  }

  private static String idBase(String fileName) {
    Matcher digits = LEADING_DIGITS.matcher(fileName);
    if (digits.find()) {
      return "seed-" + digits.group(1);
    }
    String stem = fileName.replaceFirst("\\.[^.]*$", "").toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (stem.isEmpty()) {
      throw new IllegalArgumentException("Invalid article file '" + fileName
          + "': its name gives no id (use letters or digits)");
    }
    return stem;
  }

  private static SeedArticle read(ArticleId id, String fileName, int offset, String text) {
    List<Line> lines = Line.split(text);
    List<String> header = lines.stream().map(l -> l.trimmed).filter(t -> !t.isEmpty())
        .limit(HEADER_LINES).toList();
    Optional<LocalDate> dateline = header.stream()
        .map(ArticleReader::wholeLineDate).flatMap(Optional::stream).findFirst();
    Optional<DateAnchor> anchor = dateline.map(d -> new DateAnchor(d, false, "dateline"))
        .or(() -> captionDate(header).map(d -> new DateAnchor(d, true, "photo caption")));
    return new SeedArticle(id, fileName, offset, text,
        headline(header, lines),
        dateline.map(FuzzyDate::of),
        header.stream().map(BYLINE::matcher).filter(Matcher::matches).findFirst()
            .map(m -> MARKDOWN_LINK.matcher(m.group(1)).replaceAll("$1").replace("*", "").strip())
            .filter(b -> !b.isEmpty()),
        firstUrl(text),
        anchor);
  }

  private static Optional<String> headline(List<String> header, List<Line> lines) {
    for (String t : header) {
      if (t.startsWith("# ")) {
        return Optional.of(t.replaceFirst("^#+\\s*", ""));
      }
    }
    if (header.isEmpty()) {
      return Optional.empty();
    }
    String first = header.get(0);
    boolean titleLike = first.length() <= MAX_HEADLINE && !first.endsWith(".")
        && !first.startsWith("(") && wholeLineDate(first).isEmpty();
    return titleLike && occurrences(lines, first) > 1 ? Optional.of(first) : Optional.empty();
  }

  /** The first full date in a photo caption among the header lines. */
  private static Optional<LocalDate> captionDate(List<String> header) {
    for (String line : header) {
      if (line.startsWith("(") || line.endsWith(")")) {
        Matcher m = FULL_DATE.matcher(line);
        while (m.find()) {
          Optional<LocalDate> day = toDate(m);
          if (day.isPresent()) {
            return day;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static long occurrences(List<Line> lines, String trimmed) {
    return lines.stream().filter(l -> l.trimmed.equals(trimmed)).count();
  }

  /** The date a line consists of, as in {@code April 25, 2023}. */
  static Optional<LocalDate> wholeLineDate(String line) {
    Matcher m = FULL_DATE.matcher(line.strip());
    return m.matches() ? toDate(m) : Optional.empty();
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(1)),
          Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty(); // "February 30, 2023" is no date
    }
  }

  /** The month number of an English month name or abbreviation, as {@code MONTH} matches. */
  static int month(String name) {
    String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
    return switch (prefix) {
      case "jan" -> 1;
      case "feb" -> 2;
      case "mar" -> 3;
      case "apr" -> 4;
      case "may" -> 5;
      case "jun" -> 6;
      case "jul" -> 7;
      case "aug" -> 8;
      case "sep" -> 9;
      case "oct" -> 10;
      case "nov" -> 11;
      case "dec" -> 12;
      default -> throw new IllegalArgumentException("not a month: " + name);
    };
  }

  /** The month-name alternation, for other readers of English dates. */
  static String monthPattern() {
    return MONTH;
  }

  private static Optional<URI> firstUrl(String text) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      try {
        return Optional.of(new URI(m.group()));
      } catch (URISyntaxException e) {
        // not an address after all; look further
      }
    }
    return Optional.empty();
  }

  /** A line of text, without its terminator, and where it starts (in chars). */
  private record Line(int start, String trimmed) {
    static List<Line> split(String text) {
      List<Line> lines = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        lines.add(new Line(start, text.substring(start, end).strip()));
        if (nl < 0) {
          break;
        }
        start = nl + 1;
      }
      return lines;
    }
  }
}

package dev.parley.eventdata.plover;

import dev.parley.core.ArticleId;
import dev.parley.core.SourceRef;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Locates the tagged spans of a record's markup in its text. The markup is the text with some
 * words wrapped as {@code (TAG: words)}; it matches the text when the two hold the same
 * characters once tags are removed and white space is ignored; tags may nest ({@code (LOC: into
 * (TAR: Kabul))}) and hold parentheses of the text ({@code (SRC: Hezbollah (Party of God))}) (the gold standard records space
 * words differently around tags, as in {@code (EVT: return )}). A difference in any other
 * character (the markup's "this" where the text says "the") is a mismatch.
 */
final class Markup {
  private static final Pattern TAG = Pattern.compile("\\(([A-Z]+(?:/[A-Z]+)*):");

  private Markup() {}

  /** A markup that does not match its text; the message says where and how. */
  static final class MismatchException extends Exception {
    private static final long serialVersionUID = 1L;

    MismatchException(String message) {
      super(message);
    }
  }

  /**
   * Returns the markup's tagged spans as spans of the text, in markup order.
   *
   * @throws MismatchException if the markup does not match the text
   */
  static List<MarkupSpan> locate(String record, String markup, String text, ArticleId article)
      throws MismatchException {
    StringBuilder plain = new StringBuilder();
    List<int[]> tagRanges = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    // Open parentheses: a tag's index in tags, or -1 for a parenthesis of the text itself.
    Deque<Integer> open = new ArrayDeque<>();
    Matcher m = TAG.matcher(markup);
    int pos = 0;
    while (pos < markup.length()) {
      char c = markup.charAt(pos);
      if (c == '(' && m.find(pos) && m.start() == pos) {
        tags.add(m.group(1));
        tagRanges.add(new int[] {-1, -1});
        open.push(tags.size() - 1);
        pos = m.end();
        while (pos < markup.length() && isSpace(markup.charAt(pos))) {
          pos++;
        }
        tagRanges.get(tags.size() - 1)[0] = plain.length();
        continue;
      }
      if (c == '(') {
        open.push(-1);
      } else if (c == ')' && !open.isEmpty()) {
        int t = open.pop();
        if (t >= 0) {
          int end = plain.length();
          while (end > tagRanges.get(t)[0] && isSpace(plain.charAt(end - 1))) {
            end--;
          }
          if (end == tagRanges.get(t)[0]) {
            throw new MismatchException("markup tag (" + tags.get(t) + ": tags no words");
          }
          tagRanges.get(t)[1] = end;
          pos++;
          continue;
        }
      }
      plain.append(c);
      pos++;
    }
    for (Integer t : open) {
      if (t >= 0) {
        throw new MismatchException("markup tag (" + tags.get(t) + ": is not closed");
      }
    }

    // Align the two texts on their non-space characters.
    int[] textAt = new int[plain.length() + 1];
    int i = 0;
    int j = 0;
    while (true) {
      while (i < plain.length() && isSpace(plain.charAt(i))) {
        textAt[i++] = j;
      }
      while (j < text.length() && isSpace(text.charAt(j))) {
        j++;
      }
      if (i == plain.length() || j == text.length()) {
        break;
      }
      if (plain.charAt(i) != text.charAt(j)) {
        throw new MismatchException("markup does not match the text at text character " + j
            + ": the markup has '" + snippet(plain, i) + "' where the text has '"
            + snippet(text, j) + "'");
      }
      textAt[i++] = j++;
    }
    if (i < plain.length()) {
      throw new MismatchException("markup goes on after the text ends: '" + snippet(plain, i)
          + "'");
    }
    if (j < text.length()) {
      throw new MismatchException("text goes on after the markup ends: '" + snippet(text, j)
          + "'");
    }
    List<MarkupSpan> spans = new ArrayList<>(tags.size());
    for (int t = 0; t < tags.size(); t++) {
      int from = textAt[tagRanges.get(t)[0]];
      int to = textAt[tagRanges.get(t)[1] - 1] + 1;
      int start = text.codePointCount(0, from);
      int end = start + text.codePointCount(from, to);
      SourceRef ref = SourceRef.builder().article(article).start(start).end(end)
          .excerpt(text.substring(from, to)).build();
      spans.add(new MarkupSpan(record, tags.get(t), ref));
    }
    return spans;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static String snippet(CharSequence s, int at) {
    return s.subSequence(at, Math.min(s.length(), at + 20)).toString();
  }
}

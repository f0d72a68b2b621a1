package dev.parley.eventdata.mentions;

import static java.util.Objects.requireNonNull;

import dev.parley.core.ActorKind;
import dev.parley.core.ActorRef;
import dev.parley.core.Chronicle;
import dev.parley.core.Named;
import dev.parley.core.Official;
import dev.parley.core.Organization;
import dev.parley.core.State;
import dev.parley.core.StateId;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of the states, officials and organizations of one or more chronicles, and a finder
 * of their mentions in text.
 *
 * <pre>{@code
 * Gazetteer gazetteer = Gazetteer.of(chronicle);
 * for (Mention m : gazetteer.find(article.text())) {
 *   System.out.println(m);   // 120  133  official  sergey-lavrov  Sergei Lavrov
 * }
 * }</pre>
 *
 * <h2>What is looked for</h2>
 *
 * <ul>
 *   <li>Officials: the name and every other name ({@link MentionReason#NAME}, {@link
 *       MentionReason#OTHER_NAME}); transliterations and variants come from the other names.
 *       The last word of each name of two or more words is the official's surname ({@code
 *       Lavrov}; for {@code al-Assad} also {@code Assad}), found ({@link MentionReason#SURNAME})
 *       only after a full mention of that official earlier in the same text, never before or
 *       without one. When two officials share a surname, it goes to the one mentioned in full
 *       most recently.
 *   <li>States: the name, other names, the {@linkplain State#capital() capital} ({@link
 *       MentionReason#CAPITAL}; every use of the capital's name is reported, whether it stands
 *       for the government or the city, and the reason lets a caller tell them apart) and the
 *       demonyms of the {@linkplain Demonyms#defaults() default table} plus any added with
 *       {@link Builder#addDemonym}, for states the chronicles hold.
 *   <li>Organizations: the name and other names.
 * </ul>
 *
 * <h2>How text matches a name</h2>
 *
 * <ul>
 *   <li>Folding: text and names are compared unit by unit after folding diacritics ({@code
 *       Çavuşoğlu} matches {@code Cavusoglu}), the Turkish {@code ı} and {@code İ} to {@code i},
 *       typographic apostrophes and hyphens to ASCII ones, any whitespace (a line break
 *       included) to a space, and case. Names are put in Unicode NFC and their runs of
 *       whitespace made one space; the text is read as given, so a text with decomposed
 *       accents (letter plus combining mark) does not match there.
 *   <li>Case: after folding, case still counts. A name with lower-case letters ({@code
 *       Sergey Lavrov}) matches text with the same letters upper and lower ({@code Sergei
 *       Lavrov} through its other name, not {@code sergey lavrov}), or text in capitals only
 *       ({@code SERGEY LAVROV}, as in headlines). A name in capitals only, as actor
 *       dictionaries write them, matches text in capitals and, when it has more than three
 *       letters, any text whose first letter is a capital ({@code NATO} matches {@code Nato},
 *       {@code LAVROV} matches {@code Lavrov}); a capitals-only name of up to three letters
 *       ({@code US}, {@code UN}) matches only text in capitals.
 *   <li>Words: a match is whole words: the code points before and after it are not letters,
 *       digits or combining marks ({@code Iran} is not found in {@code Iranian}).
 *   <li>Overlaps: of overlapping matches the longest wins, then the leftmost ({@code Russian
 *       Defense Ministry} is one organization mention, not the demonym {@code Russian}); a
 *       surname never overrides a full mention. Where one span is a name of several actors, the
 *       mention goes, in order, to the best reason (the order of {@link MentionReason}), to an
 *       official before an organization before a state, then to the smallest id.
 * </ul>
 *
 * <p>Matching is one pass of an Aho–Corasick automaton over the text, then a check of each
 * match, so that the cost grows with the text and the number of matches, not with the number of
 * names. A gazetteer is immutable and safe to share across threads.
 */
public final class Gazetteer {
  private static final Comparator<Entry> ENTRY_ORDER =
      Comparator.<Entry>comparingInt(e -> e.reason.ordinal())
          .thenComparingInt(e -> kindOrder(e.actor.kind()))
          .thenComparing(e -> e.actor.value());

  private final Automaton automaton;
  private final int[] keyLength;
  private final Entry[][] entries;
  private final int names;

  private Gazetteer(Map<String, List<Entry>> byKey) {
    List<String> keys = new ArrayList<>(byKey.keySet());
    this.automaton = new Automaton(keys);
    this.keyLength = new int[keys.size()];
    this.entries = new Entry[keys.size()][];
    int count = 0;
    for (int k = 0; k < keys.size(); k++) {
      keyLength[k] = keys.get(k).length();
      List<Entry> list = new ArrayList<>(byKey.get(keys.get(k)));
      list.sort(ENTRY_ORDER);
      entries[k] = list.toArray(new Entry[0]);
      count += list.size();
    }
    this.names = count;
  }

  /**
   * A gazetteer of the actors of the given chronicles, with the default demonyms.
   *
   * @param chronicles the chronicles
   * @return the gazetteer
   * @throws NullPointerException if {@code chronicles} or one of them is null
   */
  public static Gazetteer of(Chronicle... chronicles) {
    Builder b = builder();
    for (Chronicle c : chronicles) {
      b.add(c);
    }
    return b.build();
  }

  /**
   * Returns a new builder, with the default demonyms and no chronicle.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * How many (name, actor) pairs the gazetteer looks for, surnames and demonyms included.
   *
   * @return the number of names
   */
  public int size() {
    return names;
  }

  /**
   * Finds the mentions of the gazetteer's actors in a text, by the rules of the {@linkplain
   * Gazetteer class description}.
   *
   * @param text the text
   * @return the mentions, in text order, none overlapping another; immutable
   * @throws NullPointerException if {@code text} is null
   */
  public List<Mention> find(String text) {
    requireNonNull(text, "text");
    Matches full = new Matches();
    Matches surnames = new Matches();
    automaton.scan(text, (key, end) -> {
      int start = end - keyLength[key];
      if (!isBoundary(text, start, end)) {
        return;
      }
      Entry[] keyEntries = entries[key];
      for (int i = 0; i < keyEntries.length; i++) {
        Entry e = keyEntries[i];
        if (e.accepts(text, start)) {
          (e.reason == MentionReason.SURNAME ? surnames : full).add(start, end, key, i);
          return;
        }
      }
    });
    if (full.size == 0) {
      return List.of();
    }
    Matches chosen = chooseLongest(full);
    Matches names = surnames.size == 0 ? chosen : merge(chosen, chooseSurnames(text, chosen, surnames));
    List<Mention> out = new ArrayList<>(names.size);
    int unit = 0;
    int point = 0;
    for (int i = 0; i < names.size; i++) {
      int start = names.starts[i];
      int end = names.ends[i];
      Entry e = entries[names.keys[i]][names.entries[i]];
      point += text.codePointCount(unit, start);
      unit = start;
      int length = text.codePointCount(start, end);
      out.add(new Mention(point, point + length, e.actor, text.substring(start, end), e.reason));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Of overlapping matches, keeps the longest, then the leftmost. Matches are grouped into runs
   * that overlap one another; a run of one (the common case) is kept as it is.
   */
  private static Matches chooseLongest(Matches all) {
    long[] byStart = all.byStart();
    Matches chosen = new Matches();
    int i = 0;
    while (i < byStart.length) {
      int first = Matches.index(byStart[i]);
      int runEnd = all.ends[first];
      int j = i + 1;
      while (j < byStart.length && (int) (byStart[j] >>> 32) < runEnd) {
        runEnd = Math.max(runEnd, all.ends[Matches.index(byStart[j])]);
        j++;
      }
      if (j == i + 1) {
        chosen.add(all, first);
      } else {
        List<Integer> run = new ArrayList<>(j - i);
        for (int k = i; k < j; k++) {
          run.add(Matches.index(byStart[k]));
        }
        run.sort(Comparator.<Integer>comparingInt(m -> all.starts[m] - all.ends[m])
            .thenComparingInt(m -> all.starts[m]));
        List<Integer> kept = new ArrayList<>();
        for (int m : run) {
          boolean free = true;
          for (int k : kept) {
            if (all.starts[m] < all.ends[k] && all.starts[k] < all.ends[m]) {
              free = false;
              break;
            }
          }
          if (free) {
            kept.add(m);
          }
        }
        kept.sort(Comparator.comparingInt(m -> all.starts[m]));
        kept.forEach(m -> chosen.add(all, m));
      }
      i = j;
    }
    return chosen;
  }

  /**
   * Keeps the surname matches that overlap no full mention and no longer or earlier surname, and
   * that follow a full mention of their official; a surname shared by several officials goes to
   * the one mentioned in full most recently.
   */
  private Matches chooseSurnames(String text, Matches full, Matches candidates) {
    long[] byStart = candidates.byStart();
    Matches chosen = new Matches();
    Map<ActorRef, Integer> lastFull = new HashMap<>();
    int next = 0;
    int lastEnd = 0;
    for (long packed : byStart) {
      int c = Matches.index(packed);
      int start = candidates.starts[c];
      int end = candidates.ends[c];
      while (next < full.size && full.starts[next] < start) {
        lastFull.put(entries[full.keys[next]][full.entries[next]].actor, full.starts[next]);
        next++;
      }
      boolean overlaps = start < lastEnd
          || (next > 0 && full.ends[next - 1] > start)
          || (next < full.size && full.starts[next] < end);
      if (overlaps) {
        continue;
      }
      int best = -1;
      int bestAt = -1;
      Entry[] keyEntries = entries[candidates.keys[c]];
      for (int i = 0; i < keyEntries.length; i++) {
        Entry e = keyEntries[i];
        Integer at = e.reason == MentionReason.SURNAME ? lastFull.get(e.actor) : null;
        if (at != null && at > bestAt && e.accepts(text, start)) {
          best = i;
          bestAt = at;
        }
      }
      if (best >= 0) {
        chosen.add(start, end, candidates.keys[c], best);
        lastEnd = end;
      }
    }
    return chosen;
  }

  private static Matches merge(Matches a, Matches b) {
    Matches out = new Matches();
    int i = 0;
    int j = 0;
    while (i < a.size || j < b.size) {
      if (j >= b.size || (i < a.size && a.starts[i] < b.starts[j])) {
        out.add(a, i++);
      } else {
        out.add(b, j++);
      }
    }
    return out;
  }

  private static boolean isBoundary(String text, int start, int end) {
    if (start > 0 && isWordPart(text.codePointBefore(start))) {
      return false;
    }
    return end >= text.length() || !isWordPart(text.codePointAt(end));
  }

  private static boolean isWordPart(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }

  private static int kindOrder(ActorKind kind) {
    switch (kind) {
      case OFFICIAL:
        return 0;
      case ORGANIZATION:
        return 1;
      default:
        return 2;
    }
  }

  /**
   * The number of names looked for, as {@code Gazetteer[N names]}.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Gazetteer[" + names + " names]";
  }

  /** Matches as parallel arrays: span in UTF-16 units, key, and entry within the key. */
  private static final class Matches {
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] keys = new int[16];
    int[] entries = new int[16];
    int size;

    void add(int start, int end, int key, int entry) {
      if (size == starts.length) {
        int n = size * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        keys = Arrays.copyOf(keys, n);
        entries = Arrays.copyOf(entries, n);
      }
      starts[size] = start;
      ends[size] = end;
      keys[size] = key;
      entries[size] = entry;
      size++;
    }

    void add(Matches other, int i) {
      add(other.starts[i], other.ends[i], other.keys[i], other.entries[i]);
    }

    /**
     * The matches' indexes in order of start and, for one start, of length, longest first
     * (matches arrive in order of their ends, so a later index at the same start is longer).
     */
    long[] byStart() {
      long[] order = new long[size];
      for (int i = 0; i < size; i++) {
        order[i] = ((long) starts[i] << 32) | (Integer.MAX_VALUE - i);
      }
      Arrays.sort(order);
      return order;
    }

    static int index(long packed) {
      return Integer.MAX_VALUE - (int) packed;
    }
  }

  /** One name of one actor. */
  private static final class Entry {
    final ActorRef actor;
    final MentionReason reason;
    final String form;
    final boolean capitalsOnly;
    final int letters;

    Entry(ActorRef actor, MentionReason reason, String form) {
      this.actor = actor;
      this.reason = reason;
      this.form = form;
      int count = 0;
      boolean lower = false;
      for (int i = 0; i < form.length(); i++) {
        char ch = form.charAt(i);
        if (Character.isLetter(ch)) {
          count++;
          lower |= Character.isLowerCase(ch);
        }
      }
      this.letters = count;
      this.capitalsOnly = count > 0 && !lower;
    }

    boolean accepts(String text, int start) {
      int n = form.length();
      boolean textLower = false;
      char firstLetter = 0;
      for (int i = 0; i < n; i++) {
        char t = text.charAt(start + i);
        if (Character.isLetter(t)) {
          if (firstLetter == 0) {
            firstLetter = t;
          }
          textLower |= Character.isLowerCase(t);
        }
      }
      if (!textLower) {
        return true;
      }
      if (capitalsOnly) {
        return letters > 3 && !Character.isLowerCase(firstLetter);
      }
      for (int i = 0; i < n; i++) {
        char f = form.charAt(i);
        if (Character.isLetter(f)
            && Character.isUpperCase(f) != Character.isUpperCase(text.charAt(start + i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Entry e
          && e.actor.equals(actor) && e.reason == reason && e.form.equals(form);
    }

    @Override
    public int hashCode() {
      return actor.hashCode() * 31 + form.hashCode();
    }
  }

  /**
   * Builds {@link Gazetteer}s from chronicles and demonyms. A builder is not thread-safe; the
   * gazetteers it builds are.
   */
  public static final class Builder {
    private final List<Chronicle> chronicles = new ArrayList<>();
    private final Map<StateId, List<String>> demonyms = new LinkedHashMap<>();
    private boolean defaultDemonyms = true;

    private Builder() {}

    /**
     * Adds the states, officials and organizations of a chronicle. An actor found in several
     * chronicles is looked for by the names it has in each.
     *
     * @param chronicle the chronicle
     * @return this builder
     * @throws NullPointerException if {@code chronicle} is null
     */
    public Builder add(Chronicle chronicle) {
      chronicles.add(requireNonNull(chronicle, "chronicle"));
      return this;
    }

    /**
     * Adds a demonym for a state, used when a chronicle holds that state.
     *
     * @param state the state
     * @param demonym the demonym, such as {@code Turkish}
     * @return this builder
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code demonym} is blank
     */
    public Builder addDemonym(StateId state, String demonym) {
      requireNonNull(state, "state");
      requireNonNull(demonym, "demonym");
      if (demonym.isBlank()) {
        throw new IllegalArgumentException("Gazetteer demonym for " + state.value()
            + " must not be blank, got '" + demonym + "'");
      }
      demonyms.computeIfAbsent(state, s -> new ArrayList<>()).add(demonym);
      return this;
    }

    /**
     * Leaves out the {@linkplain Demonyms#defaults() default demonyms}; those added with {@link
     * #addDemonym} stay.
     *
     * @return this builder
     */
    public Builder withoutDefaultDemonyms() {
      defaultDemonyms = false;
      return this;
    }

    /**
     * Builds the gazetteer.
     *
     * @return the gazetteer
     */
    public Gazetteer build() {
      Map<String, Set<Entry>> byKey = new LinkedHashMap<>();
      Set<StateId> states = new LinkedHashSet<>();
      List<Official> officials = new ArrayList<>();
      for (Chronicle c : chronicles) {
        for (State s : c.states()) {
          states.add(s.id());
          addNames(byKey, s.id(), s);
          s.capital().ifPresent(cap -> add(byKey, s.id(), MentionReason.CAPITAL, cap));
        }
        for (Official o : c.officials()) {
          officials.add(o);
          addNames(byKey, o.id(), o);
        }
        for (Organization o : c.organizations()) {
          addNames(byKey, o.id(), o);
        }
      }
      Map<StateId, List<String>> table = new LinkedHashMap<>();
      if (defaultDemonyms) {
        table.putAll(Demonyms.defaults());
      }
      demonyms.forEach((s, words) -> table.merge(s, words, (a, b) -> {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
      }));
      table.forEach((state, words) -> {
        if (states.contains(state)) {
          words.forEach(w -> add(byKey, state, MentionReason.DEMONYM, w));
        }
      });
      for (Official o : officials) {
        List<String> all = new ArrayList<>();
        all.add(o.name());
        all.addAll(o.otherNames());
        for (String name : all) {
          for (String surname : surnames(normalize(name))) {
            String key = Folding.fold(surname);
            Set<Entry> existing = byKey.get(key);
            boolean known = existing != null
                && existing.stream().anyMatch(e -> e.actor.equals(o.id())
                    && e.reason != MentionReason.SURNAME);
            if (!known) {
              add(byKey, o.id(), MentionReason.SURNAME, surname);
            }
          }
        }
      }
      Map<String, List<Entry>> lists = new LinkedHashMap<>();
      byKey.forEach((k, v) -> lists.put(k, dropWorseReasons(v)));
      return new Gazetteer(lists);
    }

    private static List<Entry> dropWorseReasons(Set<Entry> entries) {
      Map<List<Object>, Entry> best = new LinkedHashMap<>();
      for (Entry e : entries) {
        best.merge(List.of(e.actor, e.form), e,
            (a, b) -> a.reason.ordinal() <= b.reason.ordinal() ? a : b);
      }
      return new ArrayList<>(best.values());
    }

    private static void addNames(Map<String, Set<Entry>> byKey, ActorRef actor, Named named) {
      add(byKey, actor, MentionReason.NAME, named.name());
      for (String other : named.otherNames()) {
        add(byKey, actor, MentionReason.OTHER_NAME, other);
      }
    }

    private static void add(
        Map<String, Set<Entry>> byKey, ActorRef actor, MentionReason reason, String name) {
      String form = normalize(name);
      if (form.isEmpty()) {
        return;
      }
      byKey.computeIfAbsent(Folding.fold(form), k -> new LinkedHashSet<>())
          .add(new Entry(actor, reason, form));
    }

    private static String normalize(String name) {
      return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** The last word of a name of two words or more, and for {@code al-X} also {@code X}. */
    private static List<String> surnames(String name) {
      int space = name.lastIndexOf(' ');
      if (space < 0) {
        return List.of();
      }
      String last = name.substring(space + 1);
      if (last.chars().noneMatch(Character::isLetter)) {
        return List.of();
      }
      int dash = last.indexOf('-');
      if (dash > 0 && dash < last.length() - 1 && isArticle(last.substring(0, dash))) {
        return List.of(last, last.substring(dash + 1));
      }
      return List.of(last);
    }

    private static boolean isArticle(String word) {
      String w = word.toLowerCase(java.util.Locale.ROOT);
      return w.equals("al") || w.equals("el");
    }
  }
}

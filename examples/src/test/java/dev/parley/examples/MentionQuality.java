package dev.parley.examples;

import dev.parley.core.ActorKind;
import dev.parley.core.ActorRef;
import dev.parley.core.ArticleId;
import dev.parley.core.Chronicle;
import dev.parley.core.Event;
import dev.parley.core.EventActor;
import dev.parley.core.Meeting;
import dev.parley.core.Participant;
import dev.parley.core.Post;
import dev.parley.core.SourceRef;
import dev.parley.core.Speaker;
import dev.parley.core.Stance;
import dev.parley.core.Statement;
import dev.parley.core.StatusChange;
import dev.parley.eventdata.mentions.Gazetteer;
import dev.parley.eventdata.mentions.Mention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Precision and recall of the mention finder on the seed articles, at the level of entity per
 * article, for officials and states.
 *
 * <p>Gold: for each article, the officials and states that the curated chronicle names, in a
 * record sourced to that article, as a meeting's participant (its actor, the party it represents,
 * the party of its capacity) or host, a statement's speaker (actor, affiliation, party of the
 * capacity), a stance's holder, or an event's source or target actor (actor, affiliation, party
 * of the capacity). A participant with sources of its own counts for those articles; one without
 * counts for the meeting's and its status changes' articles. Found: the officials and states with
 * at least one mention in the article's text, by a gazetteer of the curated chronicle.
 */
final class MentionQuality {
  /** Counts and lists for one kind of actor. */
  record Score(ActorKind kind, int truePositives, List<String> misses, List<String> falseHits) {
    double precision() {
      return truePositives / (double) (truePositives + falseHits.size());
    }

    double recall() {
      return truePositives / (double) (truePositives + misses.size());
    }
  }

  private MentionQuality() {}

  /** The gold sets, article by article, in article order. */
  static Map<ArticleId, Set<ActorRef>> gold(Chronicle c) {
    Map<ArticleId, Set<ActorRef>> gold = new LinkedHashMap<>();
    c.articles().forEach(a -> gold.put(a.id(), new TreeSet<>(MentionQuality::compare)));
    for (Meeting m : c.meetings()) {
      List<SourceRef> meetingSources = new ArrayList<>(m.sources());
      m.statusHistory().stream().map(StatusChange::sources).forEach(meetingSources::addAll);
      for (Participant p : m.participants()) {
        List<SourceRef> where = p.sources().isEmpty() ? meetingSources : p.sources();
        add(gold, where, Stream.of(p.actor(), p.represents().map(r -> (ActorRef) r),
            p.capacity().map(Post::party)));
      }
      add(gold, meetingSources, Stream.of(m.host()));
    }
    for (Statement s : c.statements()) {
      Speaker sp = s.speaker();
      add(gold, s.sources(), Stream.of(sp.actor(), sp.affiliation().map(r -> (ActorRef) r),
          sp.capacity().map(Post::party)));
    }
    for (Stance s : c.stances()) {
      add(gold, s.sources(), Stream.of(Optional.of(s.holder())));
    }
    for (Event e : c.events()) {
      for (EventActor a : concat(e.sourceActors(), e.targetActors())) {
        add(gold, e.sources(), Stream.of(a.actor(), a.affiliation().map(r -> (ActorRef) r),
            a.capacity().map(Post::party)));
      }
    }
    return gold;
  }

  /** The officials and states found in each article's text. */
  static Map<ArticleId, Set<ActorRef>> found(Gazetteer g, List<SeedArticle> articles) {
    Map<ArticleId, Set<ActorRef>> found = new LinkedHashMap<>();
    for (SeedArticle a : articles) {
      Set<ActorRef> set = new TreeSet<>(MentionQuality::compare);
      for (Mention m : g.find(a.text())) {
        if (m.kind() != ActorKind.ORGANIZATION) {
          set.add(m.actor());
        }
      }
      found.put(a.id(), set);
    }
    return found;
  }

  /** The score of one kind, with each miss and false hit as {@code article: actor}. */
  static Score score(ActorKind kind, Map<ArticleId, Set<ActorRef>> gold,
      Map<ArticleId, Set<ActorRef>> found) {
    int tp = 0;
    List<String> misses = new ArrayList<>();
    List<String> falseHits = new ArrayList<>();
    for (ArticleId article : gold.keySet()) {
      Set<ActorRef> g = gold.get(article);
      Set<ActorRef> f = found.getOrDefault(article, Set.of());
      for (ActorRef r : g) {
        if (r.kind() == kind) {
          if (f.contains(r)) {
            tp++;
          } else {
            misses.add(article + ": " + r.toRefString());
          }
        }
      }
      for (ActorRef r : f) {
        if (r.kind() == kind && !g.contains(r)) {
          falseHits.add(article + ": " + r.toRefString());
        }
      }
    }
    return new Score(kind, tp, misses, falseHits);
  }

  /** Every mention of {@code actor} in an article, as {@code `text` (reason, start)}. */
  static List<String> mentionsOf(Gazetteer g, SeedArticle a, ActorRef actor) {
    return g.find(a.text()).stream().filter(m -> m.actor().equals(actor))
        .map(m -> "`" + m.text() + "` (" + m.reason().name().toLowerCase(java.util.Locale.ROOT) + ", "
            + m.start() + ")")
        .collect(Collectors.toList());
  }

  @SafeVarargs
  private static void add(Map<ArticleId, Set<ActorRef>> gold, Collection<SourceRef> sources,
      Stream<Optional<? extends ActorRef>>... refs) {
    List<ActorRef> actors = Stream.of(refs).flatMap(s -> s).flatMap(Optional::stream)
        .filter(r -> r.kind() != ActorKind.ORGANIZATION).map(r -> (ActorRef) r).toList();
    for (SourceRef s : sources) {
      gold.get(s.article()).addAll(actors);
    }
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static int compare(ActorRef a, ActorRef b) {
    return a.toRefString().compareTo(b.toRefString());
  }
}

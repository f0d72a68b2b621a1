package dev.parley.core.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.EndpointPair;
import com.google.common.graph.ImmutableValueGraph;
import com.google.common.graph.ValueGraphBuilder;
import dev.parley.core.ActorRef;
import dev.parley.core.OfficialId;
import dev.parley.core.StateId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link CountGraph} answers every question of Guava's {@code ValueGraph} as a Guava {@link
 * ImmutableValueGraph} built edge by edge from the same counts does.
 */
class CountGraphProperties {

  @Provide
  Arbitrary<List<int[]>> pairs() {
    return Arbitraries.integers().between(0, 40).array(int[].class).ofSize(2)
        .filter(p -> p[0] != p[1]).list().ofMaxSize(300);
  }

  @Property(tries = 300)
  void answersAsGuavasGraph(@ForAll("pairs") List<int[]> increments,
      @ForAll @IntRange(min = 0, max = 5) int isolated) {
    // Nodes numbered in the order first met, then a few that no pair touches.
    List<ActorRef> nodes = new ArrayList<>();
    List<Integer> numberOf = new ArrayList<>();
    PairCounts counts = new PairCounts(4);
    for (int[] p : increments) {
      int a = number(p[0], nodes, numberOf);
      int b = number(p[1], nodes, numberOf);
      counts.increment(a, b);
    }
    for (int i = 0; i < isolated; i++) {
      nodes.add(StateId.of("Z" + (char) ('A' + i / 26) + (char) ('A' + i % 26)));
    }
    ImmutableValueGraph.Builder<ActorRef, Integer> builder =
        ValueGraphBuilder.undirected().<ActorRef, Integer>immutable();
    nodes.forEach(builder::addNode);
    for (int i = 0; i < counts.size(); i++) {
      long pair = counts.pair(i);
      builder.putEdgeValue(nodes.get((int) (pair >>> 32)), nodes.get((int) pair),
          counts.count(pair));
    }
    ImmutableValueGraph<ActorRef, Integer> expected = builder.build();
    CountGraph actual = CountGraph.of(nodes, counts);

    assertEquals(expected, actual);
    assertEquals(actual, expected);
    assertEquals(expected.hashCode(), actual.hashCode());
    assertEquals(ImmutableList.copyOf(expected.nodes()), ImmutableList.copyOf(actual.nodes()),
        "node order");
    assertEquals(expected.edges(), actual.edges());
    assertEquals(expected.edges().size(), actual.edges().size());
    assertFalse(actual.isDirected());
    assertFalse(actual.allowsSelfLoops());
    for (ActorRef u : nodes) {
      assertEquals(expected.adjacentNodes(u), actual.adjacentNodes(u), "adjacent to " + u);
      assertEquals(expected.degree(u), actual.degree(u));
      assertEquals(expected.incidentEdges(u), actual.incidentEdges(u));
      for (ActorRef v : nodes) {
        assertEquals(expected.edgeValue(u, v), actual.edgeValue(u, v), u + "-" + v);
        assertEquals(expected.hasEdgeConnecting(u, v), actual.hasEdgeConnecting(u, v));
        assertEquals(expected.edgeValue(EndpointPair.unordered(u, v)),
            actual.edgeValue(EndpointPair.unordered(u, v)));
        assertEquals(expected.adjacentNodes(u).contains(v), actual.adjacentNodes(u).contains(v));
      }
    }
    ActorRef stranger = OfficialId.of("not-a-node");
    assertEquals(expected.edgeValueOrDefault(stranger, stranger, -1),
        actual.edgeValueOrDefault(stranger, stranger, -1));
    assertFalse(actual.hasEdgeConnecting(stranger, stranger));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> actual.adjacentNodes(stranger));
    assertEquals("Node " + stranger + " is not an element of this graph.", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> expected.adjacentNodes(stranger));
    if (nodes.size() >= 2) {
      EndpointPair<ActorRef> ordered = EndpointPair.ordered(nodes.get(0), nodes.get(1));
      assertThrows(IllegalArgumentException.class, () -> expected.edgeValue(ordered));
      assertThrows(IllegalArgumentException.class, () -> actual.edgeValue(ordered));
      assertEquals(expected.hasEdgeConnecting(ordered), actual.hasEdgeConnecting(ordered));
    }
  }

  /** The node number of official {@code o-k}, numbering it when first met. */
  private static int number(int k, List<ActorRef> nodes, List<Integer> numberOf) {
    while (numberOf.size() <= k) {
      numberOf.add(-1);
    }
    if (numberOf.get(k) < 0) {
      numberOf.set(k, nodes.size());
      nodes.add(OfficialId.of("o-" + k));
    }
    return numberOf.get(k);
  }
}

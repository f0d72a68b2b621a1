package dev.parley.core.query;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.graph.AbstractValueGraph;
import com.google.common.graph.ElementOrder;
import com.google.common.graph.EndpointPair;
import dev.parley.core.ActorRef;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An immutable undirected graph without self-loops whose edges carry counts, held as sorted
 * adjacency arrays (compressed sparse rows): what {@link Queries#coAttendance()} returns. Built
 * in one pass over the counted pairs, where a Guava graph builder costs several hash-map
 * insertions and a boxed value per edge and end, and copies everything again when it builds.
 *
 * <p>Nodes iterate in the order given (first met); each node's adjacent nodes in that order too.
 * Equality and hash code are {@link com.google.common.graph.ValueGraph}'s: equal to any
 * undirected value graph with the same nodes, edges and values.
 */
final class CountGraph extends AbstractValueGraph<ActorRef, Integer> {
  private final ImmutableMap<ActorRef, Integer> numbers;
  private final ActorRef[] nodes;
  /** Node {@code i}'s neighbours are {@code adjacent[offsets[i] .. offsets[i + 1])}, ascending. */
  private final int[] offsets;
  private final int[] adjacent;
  private final int[] counts;

  private CountGraph(ImmutableMap<ActorRef, Integer> numbers, ActorRef[] nodes,
      int[] offsets, int[] adjacent, int[] counts) {
    this.numbers = numbers;
    this.nodes = nodes;
    this.offsets = offsets;
    this.adjacent = adjacent;
    this.counts = counts;
  }

  /** The graph of {@code nodes} (numbered by position) and the counted pairs. */
  static CountGraph of(List<ActorRef> nodes, PairCounts pairs) {
    int n = nodes.size();
    ImmutableMap.Builder<ActorRef, Integer> numbers = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      numbers.put(nodes.get(i), i);
    }
    int[] offsets = new int[n + 1];
    for (int i = 0; i < pairs.size(); i++) {
      long pair = pairs.pair(i);
      offsets[(int) (pair >>> 32) + 1]++;
      offsets[(int) pair + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    // Each end gets (neighbour << 32 | count), sorted by neighbour within the node's row.
    long[] ends = new long[offsets[n]];
    int[] fill = Arrays.copyOf(offsets, n);
    for (int i = 0; i < pairs.size(); i++) {
      long pair = pairs.pair(i);
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      long count = pairs.count(pair);
      ends[fill[a]++] = (long) b << 32 | count;
      ends[fill[b]++] = (long) a << 32 | count;
    }
    int[] adjacent = new int[ends.length];
    int[] counts = new int[ends.length];
    for (int i = 0; i < n; i++) {
      Arrays.sort(ends, offsets[i], offsets[i + 1]);
    }
    for (int j = 0; j < ends.length; j++) {
      adjacent[j] = (int) (ends[j] >>> 32);
      counts[j] = (int) ends[j];
    }
    return new CountGraph(numbers.buildOrThrow(), nodes.toArray(new ActorRef[0]), offsets,
        adjacent, counts);
  }

  @Override
  public Set<ActorRef> nodes() {
    return numbers.keySet();
  }

  @Override
  public boolean isDirected() {
    return false;
  }

  @Override
  public boolean allowsSelfLoops() {
    return false;
  }

  @Override
  public ElementOrder<ActorRef> nodeOrder() {
    return ElementOrder.insertion();
  }

  @Override
  public ElementOrder<ActorRef> incidentEdgeOrder() {
    return ElementOrder.stable();
  }

  @Override
  public Set<ActorRef> adjacentNodes(ActorRef node) {
    return new Row(number(node));
  }

  @Override
  public Set<ActorRef> predecessors(ActorRef node) {
    return adjacentNodes(node);
  }

  @Override
  public Set<ActorRef> successors(ActorRef node) {
    return adjacentNodes(node);
  }

  @Override
  public int degree(ActorRef node) {
    int i = number(node);
    return offsets[i + 1] - offsets[i];
  }

  @Override
  public boolean hasEdgeConnecting(ActorRef nodeU, ActorRef nodeV) {
    return find(requireNonNull(nodeU, "nodeU"), requireNonNull(nodeV, "nodeV")) >= 0;
  }

  @Override
  public boolean hasEdgeConnecting(EndpointPair<ActorRef> endpoints) {
    requireNonNull(endpoints, "endpoints");
    return isOrderingCompatible(endpoints)
        && find(endpoints.nodeU(), endpoints.nodeV()) >= 0;
  }

  @Override
  public Integer edgeValueOrDefault(ActorRef nodeU, ActorRef nodeV,
      Integer defaultValue) {
    int j = find(requireNonNull(nodeU, "nodeU"), requireNonNull(nodeV, "nodeV"));
    return j < 0 ? defaultValue : Integer.valueOf(counts[j]);
  }

  @Override
  public Integer edgeValueOrDefault(EndpointPair<ActorRef> endpoints,
      Integer defaultValue) {
    validateEndpoints(endpoints);
    return edgeValueOrDefault(endpoints.nodeU(), endpoints.nodeV(), defaultValue);
  }

  /** The node's number; a node not in the graph is refused as Guava's graphs refuse it. */
  private int number(ActorRef node) {
    Integer i = numbers.get(requireNonNull(node, "node"));
    checkArgument(i != null, "Node %s is not an element of this graph.", node);
    return i;
  }

  /** The index in {@link #adjacent} of the edge {@code u-v}, or -1. */
  private int find(ActorRef u, ActorRef v) {
    Integer a = numbers.get(u);
    Integer b = numbers.get(v);
    if (a == null || b == null) {
      return -1;
    }
    int j = Arrays.binarySearch(adjacent, offsets[a], offsets[a + 1], b);
    return j >= 0 ? j : -1;
  }

  /** One node's adjacent nodes, a view of its row. */
  private final class Row extends AbstractSet<ActorRef> {
    private final int node;

    Row(int node) {
      this.node = node;
    }

    @Override
    public int size() {
      return offsets[node + 1] - offsets[node];
    }

    @Override
    public boolean contains(Object o) {
      Integer other = o == null ? null : numbers.get(o);
      return other != null
          && Arrays.binarySearch(adjacent, offsets[node], offsets[node + 1], other) >= 0;
    }

    @Override
    public Iterator<ActorRef> iterator() {
      return new Iterator<>() {
        private int j = offsets[node];

        @Override
        public boolean hasNext() {
          return j < offsets[node + 1];
        }

        @Override
        public ActorRef next() {
          if (!hasNext()) {
            throw new NoSuchElementException();
          }
          return nodes[adjacent[j++]];
        }
      };
    }
  }
}

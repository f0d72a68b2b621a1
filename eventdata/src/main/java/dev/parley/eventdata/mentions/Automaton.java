package dev.parley.eventdata.mentions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An Aho–Corasick automaton over folded UTF-16 units ({@link Folding}): one pass over a text
 * reports every occurrence of every key, overlapping ones included.
 *
 * <p>The root's transitions are a table indexed by unit; the other nodes keep their transitions
 * sorted, searched by bisection. Immutable once built, and safe to share across threads.
 */
final class Automaton {
  /** Receives the occurrences found by {@link #scan}. */
  interface Sink {
    /**
     * One occurrence.
     *
     * @param key the index of the key, in the order given to {@link #Automaton(List)}
     * @param end the UTF-16 index just after the occurrence
     */
    void match(int key, int end);
  }

  private final int[] rootNext;
  private final int[] edgeFrom;
  private final char[] edgeChar;
  private final int[] edgeTarget;
  private final int[] fail;
  private final int[] outFrom;
  private final int[] outKeys;
  private final int[] dict;

  /**
   * Builds the automaton.
   *
   * @param keys the folded keys, non-empty strings; repeats are allowed and each is reported
   */
  Automaton(List<String> keys) {
    List<TreeMap<Character, Integer>> children = new ArrayList<>();
    List<List<Integer>> outputs = new ArrayList<>();
    children.add(new TreeMap<>());
    outputs.add(new ArrayList<>());
    for (int k = 0; k < keys.size(); k++) {
      String key = keys.get(k);
      int node = 0;
      for (int i = 0; i < key.length(); i++) {
        Integer next = children.get(node).get(key.charAt(i));
        if (next == null) {
          next = children.size();
          children.add(new TreeMap<>());
          outputs.add(new ArrayList<>());
          children.get(node).put(key.charAt(i), next);
        }
        node = next;
      }
      outputs.get(node).add(k);
    }
    int n = children.size();
    fail = new int[n];
    dict = new int[n];
    Arrays.fill(dict, -1);
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (int child : children.get(0).values()) {
      queue.add(child);
    }
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Map.Entry<Character, Integer> e : children.get(node).entrySet()) {
        int child = e.getValue();
        int f = fail[node];
        Integer target = children.get(f).get(e.getKey());
        while (target == null && f != 0) {
          f = fail[f];
          target = children.get(f).get(e.getKey());
        }
        fail[child] = target == null || target == child ? 0 : target;
        dict[child] = outputs.get(fail[child]).isEmpty() ? dict[fail[child]] : fail[child];
        queue.add(child);
      }
    }
    rootNext = new int[Character.MAX_VALUE + 1];
    children.get(0).forEach((c, t) -> rootNext[c] = t);
    edgeFrom = new int[n + 1];
    outFrom = new int[n + 1];
    int edges = 0;
    int outs = 0;
    for (int i = 0; i < n; i++) {
      edges += children.get(i).size();
      outs += outputs.get(i).size();
    }
    edgeChar = new char[edges];
    edgeTarget = new int[edges];
    outKeys = new int[outs];
    int e = 0;
    int o = 0;
    for (int i = 0; i < n; i++) {
      edgeFrom[i] = e;
      outFrom[i] = o;
      for (Map.Entry<Character, Integer> entry : children.get(i).entrySet()) {
        edgeChar[e] = entry.getKey();
        edgeTarget[e] = entry.getValue();
        e++;
      }
      for (int key : outputs.get(i)) {
        outKeys[o++] = key;
      }
    }
    edgeFrom[n] = e;
    outFrom[n] = o;
  }

  /**
   * Reports every occurrence of every key in {@code text}, in order of their ends.
   *
   * @param text the text, folded unit by unit as it is read
   * @param sink receives the occurrences
   */
  void scan(CharSequence text, Sink sink) {
    int state = 0;
    for (int i = 0, len = text.length(); i < len; i++) {
      char c = Folding.fold(text.charAt(i));
      while (true) {
        if (state == 0) {
          state = rootNext[c];
          break;
        }
        int next = child(state, c);
        if (next >= 0) {
          state = next;
          break;
        }
        state = fail[state];
      }
      if (state == 0) {
        continue;
      }
      for (int s = outFrom[state] < outFrom[state + 1] ? state : dict[state]; s > 0; s = dict[s]) {
        for (int o = outFrom[s]; o < outFrom[s + 1]; o++) {
          sink.match(outKeys[o], i + 1);
        }
      }
    }
  }

  private int child(int node, char c) {
    int lo = edgeFrom[node];
    int hi = edgeFrom[node + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      char m = edgeChar[mid];
      if (m < c) {
        lo = mid + 1;
      } else if (m > c) {
        hi = mid - 1;
      } else {
        return edgeTarget[mid];
      }
    }
    return -1;
  }
}

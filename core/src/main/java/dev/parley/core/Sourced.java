package dev.parley.core;

import java.util.List;

/**
 * A claim taken from articles: it carries the spans of article text that report it. Meetings,
 * status changes, statements and stances carry at least one source each.
 */
public interface Sourced {

  /**
   * The article spans that report this claim, in the order given.
   *
   * @return the sources, immutable
   */
  List<SourceRef> sources();
}

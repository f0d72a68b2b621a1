package dev.parley.examples;

import dev.parley.core.Chronicle;
import dev.parley.core.Issue;
import dev.parley.core.IssueId;
import dev.parley.core.Meeting;
import dev.parley.core.Official;
import dev.parley.core.Post;
import dev.parley.core.PostRole;
import dev.parley.core.State;
import dev.parley.core.Statement;
import dev.parley.core.query.Queries;
import java.util.List;

/** The README's lookup and attendance example in "Queries", run by {@link ReadmeQueriesTest}. */
final class ReadmeQueries {
  private ReadmeQueries() {}

  /** What the example found, for the test to check. */
  record Found(State turkiye, Official kalin, Issue withdrawal, List<Meeting> attended,
      List<Meeting> involved, List<Statement> onConflict, List<Statement> byMinister) {}

  static Found run(Chronicle seed) {
    // README-BEGIN
    Queries q = seed.query();

    // Look actors and issues up by any of their names, ignoring case as Named.isKnownAs does
    State turkiye = q.statesNamed("turkey").get(0);                    // Türkiye
    Official kalin = q.officialsNamed("İBRAHİM KALIN").get(0);         // Ibrahim Kalın
    Issue withdrawal = q.issuesLabelled("withdrawal of turkish forces from syria").get(0);

    // attendedBy: meetings held; involving: every status (proposed, planned, postponed...)
    List<Meeting> attended = q.meetings().attendedBy(turkiye.id()).list();
    List<Meeting> involved = q.meetings().involving(turkiye.id()).list();

    // An issue with every narrower one; what whoever held a post said while holding it
    List<Statement> onConflict =
        q.statements().onIssueOrNarrower(IssueId.of("syrian-conflict")).list();
    List<Statement> byMinister =
        q.statements().byHolderOf(Post.of(PostRole.FOREIGN_MINISTER, turkiye.id())).list();
    // README-END
    return new Found(turkiye, kalin, withdrawal, attended, involved, onConflict, byMinister);
  }
}

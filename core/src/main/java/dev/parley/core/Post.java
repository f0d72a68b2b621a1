package dev.parley.core;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position in a state or organization: a role, the party it belongs to, and an optional
 * title where the role alone does not say it.
 *
 * <pre>{@code
 * Post turkishFm = Post.of(PostRole.FOREIGN_MINISTER, StateId.of("TUR"));
 * Post usSecretary = Post.builder()
 *     .role(PostRole.FOREIGN_MINISTER)
 *     .party(StateId.of("USA"))
 *     .title("Secretary of State")
 *     .build();
 * }</pre>
 *
 * <p>Posts are values: two posts are equal when role, party and title are. Two posts may differ
 * only in a title that names the same office ("Secretary of State" for the foreign minister of
 * the United States); {@link #office()} says which office a post is, and queries and tenure
 * checks compare offices.
 */
@Value.Immutable
public abstract class Post {
  Post() {}

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the post with the given role in the given state or organization, without a title.
   *
   * @param role the role
   * @param party the state or organization the post belongs to
   * @return the post
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code role} is {@link PostRole#MINISTER} or {@link
   *     PostRole#OTHER}, which need a title, or {@link PostRole#HEAD_OF_ORGANIZATION} and {@code
   *     party} is a state
   */
  public static Post of(PostRole role, PartyRef party) {
    return builder().role(role).party(party).build();
  }

  /**
   * The kind of post.
   *
   * @return the role
   */
  public abstract PostRole role();

  /**
   * The state or organization the post belongs to; an organization for {@link
   * PostRole#HEAD_OF_ORGANIZATION}.
   *
   * @return the party
   */
  public abstract PartyRef party();

  /**
   * The post's own title, where the role does not say it; required for {@link PostRole#MINISTER}
   * and {@link PostRole#OTHER}.
   *
   * @return the title, non-blank when present
   */
  public abstract Optional<String> title();

  /**
   * The office this post is: the post itself when its role needs the title to say which office
   * it is ({@link PostRole#MINISTER}, {@link PostRole#OTHER}), otherwise the post without its
   * title, which is then only a local name for the role.
   *
   * <pre>{@code
   * usSecretary.office().equals(Post.of(PostRole.FOREIGN_MINISTER, StateId.of("USA"))); // true
   * }</pre>
   *
   * @return the post that identifies the office; {@code this} when it has no title to drop
   */
  public Post office() {
    return title().isEmpty() || needsTitle(role()) ? this : Post.of(role(), party());
  }

  private static boolean needsTitle(PostRole role) {
    return role == PostRole.MINISTER || role == PostRole.OTHER;
  }

  @Value.Check
  void check() {
    title().ifPresent(t -> Checks.nonBlank("Post.title", t));
    if (needsTitle(role()) && title().isEmpty()) {
      throw Checks.invalid("Post.title", "", "is required for role " + role());
    }
    if (role() == PostRole.HEAD_OF_ORGANIZATION && party() instanceof StateId) {
      throw Checks.invalid("Post.party", party().toRefString(),
          "must be an organization for role HEAD_OF_ORGANIZATION (a state's is HEAD_OF_STATE)");
    }
  }

  /** Builds {@link Post} values; {@code role} and {@code party} are required. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }
}

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
 * <p>Posts are values: two posts are equal when role, party and title are.
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
   *     PostRole#OTHER}, which need a title
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
   * The state or organization the post belongs to.
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

  @Value.Check
  void check() {
    title().ifPresent(t -> Checks.nonBlank("Post.title", t));
    boolean needsTitle = role() == PostRole.MINISTER || role() == PostRole.OTHER;
    if (needsTitle && title().isEmpty()) {
      throw Checks.invalid("Post.title", "", "is required for role " + role());
    }
  }

  /** Builds {@link Post} values; {@code role} and {@code party} are required. */
  public static final class Builder extends ImmutablePost.Builder {
    Builder() {}
  }
}

package dev.nestql.it.arrays;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Posts whose array columns read into lists, under their authors. */
public interface Posts {
    @Table("author")
    record Author(@Id long id, String name) {}

    @Table("post")
    record Post(
            @Id long id,
            @ForeignKey(references = Author.class) long authorId,
            List<String> tags,
            List<String> labels,
            List<String> moods,
            List<String> codes,
            List<Integer> scores,
            List<Long> counts,
            List<Short> smalls,
            List<Double> ratios,
            List<Float> weights,
            List<BigDecimal> prices,
            List<Boolean> flags,
            List<UUID> refs) {}

    @Projection(Post.class)
    record PostView(
            long id,
            List<String> tags,
            List<String> labels,
            List<String> moods,
            List<String> codes,
            List<Integer> scores,
            List<Long> counts,
            List<Short> smalls,
            List<Double> ratios,
            List<Float> weights,
            List<BigDecimal> prices,
            List<Boolean> flags,
            List<UUID> refs) {}

    /** Posts as rows of their own (list), and as JSON (the list with a limit, and stream). */
    @Projection(Author.class)
    record AuthorView(
            long id,
            @Nested(value = "posts", orderBy = "id") List<PostView> posts,
            @Nested(value = "posts", orderBy = "id", limit = 5) List<PostView> firstFive) {}

    /** An array through a to-one path, and the post's author as a nested record. */
    @Projection(Post.class)
    record PostAuthor(long id, @Path("author.name") String authorName, List<String> tags) {}

    /** The same table, its real[] column read as doubles. */
    @Table("post")
    record PostAsDoubles(
            @Id long id, @ForeignKey(references = Author.class, relatedName = "postsAsDoubles") long authorId,
            List<Double> weights) {}

    @Projection(PostAsDoubles.class)
    record PostDoubles(long id, List<Double> weights) {}

    /** The doubles inside JSON (a list with a limit). */
    @Projection(Author.class)
    record AuthorDoubles(long id, @Nested(value = "postsAsDoubles", orderBy = "id", limit = 5) List<PostDoubles> posts) {}
}

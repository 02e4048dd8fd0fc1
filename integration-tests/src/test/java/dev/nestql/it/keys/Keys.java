package dev.nestql.it.keys;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Sql;
import dev.nestql.Table;
import java.util.List;

/**
 * Teams and members keyed by {@code citext}, gauges and samples keyed by {@code double precision}:
 * keys that PostgreSQL calls equal and Java does not. Members hold String components over columns
 * whose {@code ::text} cast is not their output ({@code char(20)}, {@code inet}, {@code cidr},
 * {@code boolean}) and over {@code json} and {@code jsonb} columns.
 */
public interface Keys {
    @Table("team")
    record Team(@Id String code, long rank, String name) {}

    @Table("member")
    record Member(
            @Id String handle,
            long id,
            @ForeignKey(references = Team.class, name = "team") String teamCode,
            String lang,
            String ip,
            String net,
            String active,
            String doc,
            String docb) {}

    @Table("task")
    record Task(long id, @ForeignKey(references = Member.class, name = "member") String memberHandle, String title) {}

    @Table("gauge")
    record Gauge(@Id double reading, long rank) {}

    @Table("sample")
    record Sample(long id, @ForeignKey(references = Gauge.class, name = "gauge") Double gaugeReading) {}

    /** Members as rows of their own (sorted by a number), and again as JSON (a limit keeps them there). */
    @Projection(Team.class)
    record TeamView(
            String code,
            long rank,
            @Nested(value = "members", orderBy = "id") List<MemberView> members,
            @Nested(value = "members", orderBy = "id", limit = 10) List<MemberText> membersAsJson) {}

    /** A second level of rows, keyed by a citext handle; each task holds its member as a nested record. */
    @Projection(Member.class)
    record MemberView(
            long id,
            String handle,
            String lang,
            String ip,
            String net,
            String active,
            String doc,
            String docb,
            @Nested(value = "tasks", orderBy = "id") List<TaskView> tasks) {}

    @Projection(Member.class)
    record MemberText(long id, String lang, String ip, String net, String active, String doc, String docb) {}

    @Projection(Task.class)
    record TaskView(long id, String title, @Nested("member") MemberText member) {}

    @Projection(Gauge.class)
    record GaugeView(double reading, long rank, @Nested(value = "samples", orderBy = "id") List<SampleView> samples) {}

    @Projection(Sample.class)
    record SampleView(long id, Double gaugeReading) {}

    /** String expressions, not columns, in a nested level and in a nested record: each is evaluated once. */
    @Projection(Team.class)
    record TeamExpressions(long rank, @Nested(value = "members", orderBy = "id") List<MemberExpression> members) {}

    @Projection(Member.class)
    record MemberExpression(
            long id,
            @Sql("CASE WHEN {id} % 2 = 0 THEN {ip} END") String evenIp,
            @Sql("{lang}") String language,
            @Nested(value = "tasks", orderBy = "id", limit = 5) List<TaskExpression> tasks) {}

    @Projection(Task.class)
    record TaskExpression(long id, @Sql("CASE WHEN {id} > 2 THEN {member.active} END") String laterActive) {}
}

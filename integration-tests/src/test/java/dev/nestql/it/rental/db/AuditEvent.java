package dev.nestql.it.rental.db;

import dev.nestql.Column;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Interval;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.List;
import java.util.UUID;
import javax.annotation.processing.Generated;

/**
 * The table {@code audit_event}, read from the database's catalog by nestql's schema generator.
 *
 * @param ratings Read as {@code List<String>}: the enum mpaa_rating has labels that are no Java
 *     names, such as 'PG-13', so its values are read as text.
 * @param documents Read as {@code String}: an array of jsonb is read as PostgreSQL writes it:
 *     inside JSON its elements could not be told from texts.
 * @param lsn Read as {@code String}: pg_lsn has no Java type in nestql; it is read as PostgreSQL
 *     writes it.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("audit_event")
public record AuditEvent(
        @Id long id,
        LocalDateTime occurredAt,
        @ForeignKey(references = User.class, relatedName = "auditEventsByActorUser") Long actorUserId,
        @ForeignKey(references = User.class, relatedName = "auditEventsBySubjectUser") Long subjectUserId,
        String payload,
        byte[] checksum,
        Float ratio,
        double score,
        List<Boolean> flags,
        List<UUID> correlationIds,
        List<LocalDate> days,
        List<LocalTime> times,
        LocalTime clock,
        Interval lag,
        List<Short> smallValues,
        List<Long> bigValues,
        List<BigDecimal> amounts,
        List<Float> ratios,
        List<Double> scores,
        List<OffsetDateTime> moments,
        List<LocalDateTime> stamps,
        List<OffsetTime> zoned,
        List<Interval> gaps,
        List<byte[]> blobs,
        List<String> ratings,
        List<OrderStatus> statuses,
        String documents,
        List<Integer> years,
        List<Integer> addressIds,
        @Column("Level") short level,
        String xmlBody,
        String bits,
        String lsn,
        String tsqueryText,
        String macaddr8Value,
        String network) {}

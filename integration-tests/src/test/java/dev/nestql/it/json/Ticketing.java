package dev.nestql.it.json;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Interval;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A ticketing service: organizers, their events, the events' tickets ({@code sql/ticketing.sql}). */
public interface Ticketing {
    @Table("organizer")
    record Organizer(@Id long id, String handle, String email, String settings, OffsetDateTime createdAt) {}

    @Table("event")
    record Event(
            @Id long id,
            @ForeignKey(references = Organizer.class, relatedName = "events") long organizerId,
            String title,
            OffsetDateTime startsAt,
            LocalDateTime startsLocal,
            LocalDate onSale,
            Interval duration,
            Integer capacity,
            BigDecimal price,
            Float rating,
            Double score,
            boolean published,
            List<String> tags,
            String venueIp,
            String metadata,
            UUID externalId,
            byte[] poster) {}

    /** The same table, every column read as PostgreSQL writes it ({@code getString}). */
    @Table("event")
    record EventText(
            @Id long id,
            String startsAt,
            String startsLocal,
            String onSale,
            String duration,
            String capacity,
            String price,
            String rating,
            String score,
            String published,
            String venueIp,
            String metadata,
            String externalId,
            String poster) {}

    @Table("ticket")
    record Ticket(
            @Id long id,
            @ForeignKey(references = Event.class, relatedName = "tickets") long eventId,
            String holder,
            String status,
            BigDecimal amount,
            Instant issuedAt,
            String seat) {}

    @Table("measurement")
    record Measurement(@Id long id, Float single, Double dbl) {}

    /** Three levels, each a level of the nested-rows statement. */
    @Projection(Organizer.class)
    record OrganizerView(long id, String handle, String email, String settings, OffsetDateTime createdAt,
            @Nested(value = "events", orderBy = "id") List<EventView> events) {}

    @Projection(Event.class)
    record EventView(long id, String title, OffsetDateTime startsAt, LocalDateTime startsLocal, LocalDate onSale,
            Interval duration, Integer capacity, BigDecimal price, Float rating, Double score, boolean published,
            List<String> tags, String venueIp, String metadata, UUID externalId, byte[] poster,
            @Nested(value = "tickets", orderBy = "id") List<TicketView> tickets) {}

    @Projection(Ticket.class)
    record TicketView(long id, String holder, String status, BigDecimal amount, Instant issuedAt, String seat) {}

    /** Strings over columns whose JSON is not a string: numbers, booleans, JSON, timestamps. */
    @Projection(EventText.class)
    record EventTextView(long id, String startsAt, String startsLocal, String onSale, String duration, String capacity,
            String price, String rating, String score, String published, String venueIp, String metadata,
            String externalId, String poster) {}

    @Projection(Measurement.class)
    record MeasurementView(long id, Float single, Double dbl) {}

    /** A nested list sorted by text, by the database's collation: its rows carry their rank. */
    @Projection(Event.class)
    record EventByHolder(long id, @Nested(value = "tickets", orderBy = "holder") List<TicketView> tickets) {}

    /** The first two tickets of each event by holder, descending (nulls first), then id. */
    @Projection(Event.class)
    record EventFirstHolders(long id, String title,
            @Nested(value = "tickets", orderBy = {"-holder", "id"}, limit = 2) List<TicketView> tickets) {}

    /** A String inside a nested record, which travels as JSON: PostgreSQL builds this one's JSON. */
    @Projection(Ticket.class)
    record TicketWithEvent(long id, @Nested("event") EventTitle event) {}

    @Projection(Event.class)
    record EventTitle(long id, String title) {}
}

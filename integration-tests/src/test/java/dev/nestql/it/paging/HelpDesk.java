package dev.nestql.it.paging;

import dev.nestql.Count;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Max;
import dev.nestql.Nested;
import dev.nestql.Path;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A help desk's teams, tickets and notes ({@code sql/paging.sql}), paged by keyset. */
public interface HelpDesk {

    /** Stored in the PostgreSQL enum type {@code ticket_status}. */
    enum TicketStatus {
        open,
        pending,
        closed
    }

    @Table("team")
    record Team(@Id long id, String name) {}

    @Table("ticket")
    record Ticket(
            @Id long id,
            @ForeignKey(references = Team.class) long teamId,
            String subject,
            Integer priority,
            TicketStatus status,
            OffsetDateTime openedAt,
            LocalDate dueOn,
            BigDecimal estimate) {}

    @Table("note")
    record Note(@Id long id, @ForeignKey(references = Ticket.class) long ticketId, String body, OffsetDateTime writtenAt) {}

    @Table("ticket_event")
    record TicketEvent(long ticketId, String kind) {}

    /** A ticket with its team's name, its notes and two aggregates over them. */
    @Projection(Ticket.class)
    record TicketView(
            long id,
            String subject,
            Integer priority,
            TicketStatus status,
            OffsetDateTime openedAt,
            LocalDate dueOn,
            BigDecimal estimate,
            @Path("team.name") String teamName,
            @Count("notes") long noteCount,
            @Max("notes.writtenAt") OffsetDateTime lastNote,
            @Nested(value = "notes", orderBy = "writtenAt") List<NoteLine> notes) {}

    @Projection(Note.class)
    record NoteLine(long id, String body, OffsetDateTime writtenAt) {}

    /** Another projection of the same table, for tokens of another query class. */
    @Projection(Ticket.class)
    record TicketBrief(long id, String subject) {}

    /** Without the table's {@code @Id}, which keyset paging needs to make an order unique. */
    @Projection(Ticket.class)
    record TicketSubject(String subject, Integer priority) {}

    /** A table without an {@code @Id}. */
    @Projection(TicketEvent.class)
    record EventView(long ticketId, String kind) {}
}

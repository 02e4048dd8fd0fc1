package com.acme.events;

import dev.nestql.Column;
import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.Instant;

@Table("events.event")
public record Event(
        @Id long id,
        String title,
        @ForeignKey(references = Venue.class) long venueId,
        Instant startsAt,
        @Column("end") Instant endsAt) {}

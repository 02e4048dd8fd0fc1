package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.LocalDate;

/** A circuit bought from a provider; its rate and install date may not be known yet. */
@Table("circuit")
public record Circuit(
        @Id long id,
        String cid,
        @ForeignKey(references = Provider.class) long providerId,
        Integer commitRate,
        LocalDate installDate) {}

package dev.nestql.example.inventory;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Table;
import java.time.LocalDate;
import javax.annotation.processing.Generated;

/**
 * A circuit bought from a provider; its rate and install date may not be known yet.
 *
 * <p>The table {@code circuit}, read from the database's catalog by nestql's schema generator.
 *
 * @param commitRate The committed rate in kbps; NULL when no rate was agreed.
 * @param installDate NULL when not installed yet.
 */
@Generated("dev.nestql.generator.SchemaGenerator")
@Table("circuit")
public record Circuit(
        @Id long id,
        String cid,
        @ForeignKey(references = Provider.class) long providerId,
        Integer commitRate,
        LocalDate installDate) {}

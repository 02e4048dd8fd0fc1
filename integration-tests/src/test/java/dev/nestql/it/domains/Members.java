package dev.nestql.it.domains;

import dev.nestql.Id;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A table whose columns are of domain types, each read as its base type. */
public interface Members {
    @Table("member")
    record Member(@Id long id, int visits, String email, BigDecimal balance, LocalDate born, UUID ref) {}

    @Projection(Member.class)
    record MemberView(long id, int visits, String email, BigDecimal balance, LocalDate born, UUID ref) {}
}

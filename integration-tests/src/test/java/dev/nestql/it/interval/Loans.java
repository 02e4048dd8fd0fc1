package dev.nestql.it.interval;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Interval;
import dev.nestql.Max;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.util.List;

/** Loans whose period is an {@code interval}, read into {@link Interval}. */
public interface Loans {
    @Table("plan")
    record Plan(@Id long id, String name) {}

    @Table("loan")
    record Loan(@Id long id, @ForeignKey(references = Plan.class) long planId, Interval period) {}

    @Projection(Loan.class)
    record LoanView(long id, Interval period) {}

    @Projection(Plan.class)
    record PlanView(
            long id,
            @Nested(value = "loans", orderBy = "id") List<LoanView> loans,
            @Nested(value = "loans", orderBy = "id", limit = 20) List<LoanView> firstLoans,
            @Max("loans.period") Interval longest) {}
}

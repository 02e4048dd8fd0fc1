package dev.nestql.generator.plan;

import java.util.List;

/**
 * Everything the generator writes for one run, sorted by name.
 *
 * @param packageName the package of every file
 * @param records the {@code @Table} records
 * @param enums the Java enums of PostgreSQL enums that a record uses
 * @param skipped the relations left out, each with the reason, for the run's report
 */
public record SchemaPlan(String packageName, List<RecordPlan> records, List<EnumPlan> enums, List<String> skipped) {
    public SchemaPlan {
        records = List.copyOf(records);
        enums = List.copyOf(enums);
        skipped = List.copyOf(skipped);
    }
}

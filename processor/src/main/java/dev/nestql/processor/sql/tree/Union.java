package dev.nestql.processor.sql.tree;

import java.util.List;

/**
 * {@code (branch) UNION ALL (branch) ...}: the rows of every branch, duplicates kept, each branch
 * in parentheses so that its own order and limit stay its own.
 */
public record Union(List<Query> branches) implements Query {
    public Union {
        branches = List.copyOf(branches);
        if (branches.isEmpty()) {
            throw new IllegalArgumentException("a union needs a branch");
        }
    }
}

package dev.nestql.schema.verify;

import java.util.Objects;

/**
 * One difference between the records and the database.
 *
 * @param severity how much it matters
 * @param code a stable code, for tests and for filtering ({@code NQ2001}, ...)
 * @param where the record and component ({@code com.acme.Film.languageId}), or the projection and
 *     component for advice on an index
 * @param problem what differs
 * @param fix what to do about it
 */
public record Finding(Severity severity, String code, String where, String problem, String fix) {
    /** How much a finding matters. */
    public enum Severity {
        /** A query will fail or read a wrong value. */
        ERROR,
        /** The records claim something the database does not enforce. */
        WARNING,
        /** A query will be slower than it needs to be. */
        ADVICE
    }

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(fix, "fix");
    }

    @Override
    public String toString() {
        return severity + " " + code + " " + where + ": " + problem + " Fix: " + fix;
    }
}

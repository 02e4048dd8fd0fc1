package dev.nestql.schema.verify;

import java.util.List;

/**
 * Every difference found between the records and the database, errors first.
 *
 * @param checkedTables how many {@code @Table} records were checked
 * @param findings the differences
 */
public record VerificationReport(int checkedTables, List<Finding> findings) {
    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** Whether nothing but advice was found: no error, no warning. */
    public boolean isClean() {
        return findings.stream().allMatch(finding -> finding.severity() == Finding.Severity.ADVICE);
    }

    /** The findings of {@code severity}. */
    public List<Finding> findings(Finding.Severity severity) {
        return findings.stream().filter(finding -> finding.severity() == severity).toList();
    }

    /**
     * Throws when the report is not {@linkplain #isClean clean}, with the whole report as the message.
     *
     * @throws SchemaMismatchException when an error or a warning was found
     */
    public void requireClean() {
        if (!isClean()) {
            throw new SchemaMismatchException(this);
        }
    }

    /** The report, one finding per line, for a log or an assertion message. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("nestql checked " + checkedTables + " @Table records against the database: ")
                .append(findings(Finding.Severity.ERROR).size()).append(" errors, ")
                .append(findings(Finding.Severity.WARNING).size()).append(" warnings, ")
                .append(findings(Finding.Severity.ADVICE).size()).append(" advice");
        for (Finding finding : findings) {
            text.append("\n  ").append(finding);
        }
        return text.toString();
    }
}

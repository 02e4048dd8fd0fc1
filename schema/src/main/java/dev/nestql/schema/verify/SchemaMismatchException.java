package dev.nestql.schema.verify;

/** The records and the database differ; the message is the whole {@link VerificationReport}. */
public final class SchemaMismatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The report whose errors and warnings this exception stands for. */
    private final transient VerificationReport report;

    SchemaMismatchException(VerificationReport report) {
        super(report.toString());
        this.report = report;
    }

    /** The report. */
    public VerificationReport report() {
        return report;
    }
}

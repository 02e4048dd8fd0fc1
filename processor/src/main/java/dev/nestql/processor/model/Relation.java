package dev.nestql.processor.model;

/**
 * One hop of a path: from a row of {@code from} to the rows of {@code to} whose
 * {@code toColumn} equals the row's {@code fromColumn}.
 *
 * <p>A forward relation follows a foreign key to the referenced row (at most one); a reverse
 * relation goes from a referenced row to the rows that reference it (any number).
 *
 * @param name the relation's name as paths spell it
 * @param from the table the hop starts at
 * @param fromColumn the column of {@code from} that is matched
 * @param to the table the hop arrives at
 * @param toColumn the column of {@code to} that is matched
 * @param toMany whether the hop can reach more than one row (a reverse relation)
 */
public record Relation(
        String name, TableModel from, ColumnModel fromColumn, TableModel to, ColumnModel toColumn, boolean toMany) {

    /** Whether following this hop can give no row for a row of {@code from}. */
    public boolean optional() {
        return toMany || fromColumn.nullable();
    }
}

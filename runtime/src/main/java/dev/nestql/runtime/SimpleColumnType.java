package dev.nestql.runtime;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;

/** A {@link ColumnType} from a binder and a text function. */
final class SimpleColumnType<T> implements ColumnType<T> {
    private final Binder<T> binder;
    private final Function<T, String> text;

    private SimpleColumnType(Binder<T> binder, Function<T, String> text) {
        this.binder = Objects.requireNonNull(binder, "binder");
        this.text = Objects.requireNonNull(text, "text");
    }

    static <T> ColumnType<T> of(Binder<T> binder, Function<T, String> text) {
        return new SimpleColumnType<>(binder, text);
    }

    @Override
    public void bind(PreparedStatement statement, int index, T value) throws SQLException {
        binder.bind(statement, index, value);
    }

    @Override
    public String text(T value) {
        return text.apply(value);
    }
}

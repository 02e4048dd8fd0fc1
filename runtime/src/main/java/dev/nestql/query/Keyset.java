package dev.nestql.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Keyset paging: the rows after (or before) a row in a query's order, selected by a condition on
 * the order's keys instead of an offset, so that a page costs what the first page costs.
 *
 * <p>The order is made unique by the table's {@code @Id}, added as the last key when the order
 * does not hold it. The position is the keys' values, each as the text PostgreSQL's input
 * function reads ({@code ColumnType.text}), bound untyped so that PostgreSQL reads it as the key's
 * own type; a page token carries these texts, a fingerprint of the query class and its order, and
 * a digest of the whole.
 */
final class Keyset {
    private static final byte VERSION = 1;
    private static final int FINGERPRINT = 8;
    private static final int DIGEST = 8;
    private static final byte[] DIGEST_SALT = "nestql page token".getBytes(StandardCharsets.US_ASCII);

    private Keyset() {}

    /**
     * Where a page starts: after or before a row, given as the row itself or as a page token.
     *
     * @param row the row, or {@code null} for a token
     * @param token the decoded token, or {@code null} for a row
     */
    record Position<P>(boolean before, P row, Token token) {}

    /** A decoded page token: the fingerprint of its query and order, and the keys' texts. */
    record Token(byte[] fingerprint, List<String> texts) {}

    /**
     * {@code order} made unique: as it is when it holds {@code uniqueKey}, else with
     * {@code uniqueKey} ascending added.
     *
     * @throws IllegalStateException when the order may not be unique and there is no key to add
     */
    static <P> List<Order<P>> uniqueOrder(List<Order<P>> order, Optional<Column<P, ?>> uniqueKey, String query) {
        if (uniqueKey.isEmpty()) {
            throw new IllegalStateException(query + ": keyset paging (after, before, pageToken) needs an order"
                    + " without ties, and the table has no @Id to break them; give the table an @Id");
        }
        String key = uniqueKey.get().expression();
        for (Order<P> sortKey : order) {
            if (sortKey.expression().equals(key)) {
                return order;
            }
        }
        List<Order<P>> unique = new ArrayList<>(order);
        unique.add(uniqueKey.get().asc());
        return List.copyOf(unique);
    }

    /**
     * The texts of {@code row}'s values of the keys of {@code order}, {@code null} for a null.
     *
     * @throws IllegalStateException when a key is not a component of the record
     * @throws IllegalArgumentException when a value has no PostgreSQL form
     */
    static <P> List<String> texts(List<Order<P>> order, P row, Optional<Column<P, ?>> uniqueKey, String query) {
        List<String> texts = new ArrayList<>(order.size());
        for (Order<P> key : order) {
            if (key.column().component() == null) {
                boolean added = uniqueKey.isPresent() && uniqueKey.get().expression().equals(key.expression());
                throw new IllegalStateException(query + ": the order key " + key.expression() + " is not a component of "
                        + row.getClass().getSimpleName() + ", so keyset paging cannot read it from a row; "
                        + (added
                                ? "keyset paging adds the table's @Id to an order to make it unique: add the @Id"
                                        + " to the record, or order by keys that hold it"
                                : "order by the record's components"));
            }
            texts.add(text(key.column(), row));
        }
        return texts;
    }

    private static <P, T> String text(Column<P, T> column, P row) {
        T value = column.component().apply(row);
        if (value == null) {
            return null;
        }
        try {
            return column.type().text(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the order key " + column.expression() + " of the row cannot be sent to"
                    + " PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * The rows after the position whose keys are {@code texts}, in {@code order}; with
     * {@code before}, the rows before it. Nulls are where PostgreSQL sorts them: last in ascending
     * order, first in descending order.
     */
    static <P> Condition<P> condition(List<Order<P>> order, List<String> texts, boolean before) {
        List<Order<P>> keys = new ArrayList<>(order.size());
        for (Order<P> key : order) {
            keys.add(before ? key.reversed() : key);
        }
        List<Condition.Parameter> values = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        if (rowComparable(keys, texts)) {
            // (a, b) > (?, ?): one comparison, which an index on the keys serves.
            boolean single = keys.size() == 1;
            sql.append(single ? "" : "(");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(keys.get(i).expression());
            }
            sql.append(single ? "" : ")").append(keys.get(0).descending() ? " < " : " > ").append(single ? "" : "(");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "?" : ", ?");
                values.add(new Text(texts.get(i), keys.get(i).expression()));
            }
            return Condition.atom(sql.append(single ? "" : ")").toString(), values);
        }
        Order<P> first = keys.get(0);
        boolean bounded = keys.size() > 1 && first.column().notNull() && texts.get(0) != null;
        if (bounded) {
            // Implied by the terms below; there so that an index on the first key can serve it.
            sql.append(first.expression()).append(first.descending() ? " <= ?" : " >= ?").append(" AND (");
            values.add(new Text(texts.get(0), first.expression()));
        }
        int terms = 0;
        for (int i = 0; i < keys.size(); i++) {
            StringBuilder term = new StringBuilder();
            List<Condition.Parameter> termValues = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                equal(term, termValues, keys.get(j), texts.get(j));
                term.append(" AND ");
            }
            if (!beyond(term, termValues, keys.get(i), texts.get(i))) {
                continue;
            }
            sql.append(terms++ == 0 ? "" : " OR ").append(i == 0 ? term : "(" + term + ")");
            values.addAll(termValues);
        }
        if (terms == 0) {
            sql.append("FALSE");
        }
        if (bounded) {
            sql.append(')');
        }
        return Condition.atom(terms > 1 || bounded ? "(" + sql + ")" : sql.toString(), values);
    }

    /** Whether every key is never {@code null}, has a value, and sorts in the same direction. */
    private static <P> boolean rowComparable(List<Order<P>> keys, List<String> texts) {
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).column().notNull() || texts.get(i) == null
                    || keys.get(i).descending() != keys.get(0).descending()) {
                return false;
            }
        }
        return true;
    }

    /** Appends {@code key = value}, or {@code key IS NULL}. */
    private static <P> void equal(StringBuilder sql, List<Condition.Parameter> values, Order<P> key, String text) {
        if (text == null) {
            sql.append(key.expression()).append(" IS NULL");
        } else {
            sql.append(key.expression()).append(" = ?");
            values.add(new Text(text, key.expression()));
        }
    }

    /** Appends "{@code key} sorts after {@code text}"; {@code false} when no value does. */
    private static <P> boolean beyond(StringBuilder sql, List<Condition.Parameter> values, Order<P> key, String text) {
        String expression = key.expression();
        if (text == null) {
            // Nulls are last in ascending order: nothing follows them. First in descending: every value does.
            if (!key.descending()) {
                return false;
            }
            sql.append(expression).append(" IS NOT NULL");
            return true;
        }
        values.add(new Text(text, expression));
        if (key.descending()) {
            sql.append(expression).append(" < ?");
        } else if (key.column().notNull()) {
            sql.append(expression).append(" > ?");
        } else {
            sql.append('(').append(expression).append(" > ? OR ").append(expression).append(" IS NULL)");
        }
        return true;
    }

    /** A key's value as its text, bound untyped so that PostgreSQL reads it as the key's type. */
    record Text(String text, String column) implements Condition.Parameter {
        @Override
        public void bind(PreparedStatement statement, int index) throws SQLException {
            statement.setObject(index, text, Types.OTHER);
        }
    }

    /** The fingerprint of a query class and its unique order, which a token must match. */
    static <P> byte[] fingerprint(String queryClass, List<Order<P>> order) {
        StringBuilder text = new StringBuilder(queryClass);
        for (Order<P> key : order) {
            text.append('\n').append(key.expression()).append(key.direction());
        }
        return Arrays.copyOf(sha256(text.toString().getBytes(StandardCharsets.UTF_8)), FINGERPRINT);
    }

    /** The URL-safe token (base64url, no padding) of a position: the fingerprint, the texts and a digest. */
    static String encode(byte[] fingerprint, List<String> texts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(VERSION);
        bytes.writeBytes(fingerprint);
        bytes.write(texts.size());
        for (String text : texts) {
            if (text == null) {
                bytes.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            } else {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
                bytes.writeBytes(utf8);
            }
        }
        bytes.writeBytes(digest(bytes.toByteArray()));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    /**
     * The position a token holds.
     *
     * @throws InvalidPageTokenException when nestql did not make the token, or it was altered
     */
    static Token decode(String token) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token);
        } catch (IllegalArgumentException e) {
            throw altered("it is not base64url text");
        }
        if (bytes.length < 2 + FINGERPRINT + DIGEST || bytes[0] != VERSION) {
            throw altered("it is too short or of an unknown version");
        }
        int body = bytes.length - DIGEST;
        if (!MessageDigest.isEqual(digest(Arrays.copyOf(bytes, body)), Arrays.copyOfRange(bytes, body, bytes.length))) {
            throw altered("its digest does not match its content");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, body);
        in.get();
        byte[] fingerprint = new byte[FINGERPRINT];
        in.get(fingerprint);
        int count = Byte.toUnsignedInt(in.get());
        List<String> texts = new ArrayList<>(count);
        try {
            for (int i = 0; i < count; i++) {
                int length = in.getInt();
                if (length > in.remaining()) {
                    // Before allocating: a forged length must not ask for gigabytes.
                    throw altered("its content is malformed");
                }
                if (length < 0) {
                    texts.add(null);
                } else {
                    byte[] utf8 = new byte[length];
                    in.get(utf8);
                    texts.add(new String(utf8, StandardCharsets.UTF_8));
                }
            }
        } catch (RuntimeException e) {
            throw altered("its content is malformed");
        }
        if (in.hasRemaining()) {
            throw altered("its content is malformed");
        }
        return new Token(fingerprint, texts);
    }

    private static InvalidPageTokenException altered(String why) {
        return new InvalidPageTokenException("not a page token of nestql's, or one that was altered (" + why
                + "): pass the token that pageToken(row) returned, unchanged");
    }

    private static byte[] digest(byte[] content) {
        byte[] salted = Arrays.copyOf(DIGEST_SALT, DIGEST_SALT.length + content.length);
        System.arraycopy(content, 0, salted, DIGEST_SALT.length, content.length);
        return Arrays.copyOf(sha256(salted), DIGEST);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every Java platform has SHA-256", e);
        }
    }
}

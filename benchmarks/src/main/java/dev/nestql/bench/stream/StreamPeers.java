package dev.nestql.bench.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/** Workload 5's ways of writing every item as one JSON array, row by row. */
public final class StreamPeers {
    /** Rows fetched per round trip by both peers. */
    public static final int FETCH_SIZE = 1000;

    private StreamPeers() {}

    public static ItemViewQuery nestqlQuery() {
        return ItemViewQuery.select().orderBy(ItemViewQuery.ID.asc()).fetchSize(FETCH_SIZE);
    }

    public static long nestql(Connection connection, Writer out) {
        return nestqlQuery().writeJson(connection, out);
    }

    /** {@code writeServerJson}: the same rows, each object built by PostgreSQL. */
    public static long nestqlServer(Connection connection, Writer out) {
        return nestqlQuery().writeServerJson(connection, out);
    }

    private static final String SAME_SQL = nestqlQuery().writeServerJsonSql();

    /** The statement of {@code writeServerJson} (objects built by PostgreSQL), through a cursor, written by hand. */
    public static long handCursor(Connection connection, Writer out) throws SQLException, IOException {
        return handCursor(connection, out, SAME_SQL);
    }

    /**
     * Writes the rows of {@code sql}, one JSON text each, as one array, read by hand through a
     * cursor of {@link #FETCH_SIZE} rows in a transaction rolled back afterwards.
     */
    public static long handCursor(Connection connection, Writer out, String sql) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            long count = 0;
            try (ResultSet rows = statement.executeQuery()) {
                out.write('[');
                while (rows.next()) {
                    if (count++ > 0) {
                        out.write(',');
                    }
                    out.write(rows.getString(1));
                }
                out.write(']');
            }
            return count;
        } finally {
            connection.rollback();
            connection.setAutoCommit(true);
        }
    }

    /** A writer that only counts the characters: what is timed is reading and writing, not storing. */
    public static final class Discard extends Writer {
        private long characters;

        @Override
        public void write(char[] chars, int offset, int length) {
            characters += length;
        }

        @Override
        public void write(String text) {
            characters += text.length();
        }

        @Override
        public void write(int c) {
            characters++;
        }

        public long characters() {
            return characters;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    /**
     * A writer that keeps a SHA-256 of the JSON it is given, token by token (blanks between tokens
     * do not count, the text of every name and value does), to compare two peers' JSON without
     * storing it: PostgreSQL's has blanks after colons and commas, nestql's has none.
     */
    public static final class Digest extends Writer {
        private final MessageDigest digest;
        private final JsonParser parser;
        private final ByteArrayFeeder feeder;

        public Digest() {
            try {
                digest = MessageDigest.getInstance("SHA-256");
                parser = new JsonFactory().createNonBlockingByteArrayParser();
            } catch (NoSuchAlgorithmException | IOException e) {
                throw new IllegalStateException(e);
            }
            feeder = (ByteArrayFeeder) parser.getNonBlockingInputFeeder();
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            write(new String(chars, offset, length));
        }

        @Override
        public void write(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            try {
                feeder.feedInput(bytes, 0, bytes.length);
                JsonToken token;
                while ((token = parser.nextToken()) != JsonToken.NOT_AVAILABLE && token != null) {
                    digest.update((byte) token.id());
                    digest.update(parser.getText().getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void write(int c) {
            write(String.valueOf((char) c));
        }

        /** The digest of everything written; call once, at the end. */
        public String hex() {
            feeder.endOfInput();
            return HexFormat.of().formatHex(digest.digest());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}

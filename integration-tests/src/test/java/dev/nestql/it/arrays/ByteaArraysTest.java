package dev.nestql.it.arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nestql.it.arrays.Mail.MailboxView;
import dev.nestql.it.arrays.Mail.MessageView;
import dev.nestql.it.support.TestSchema;
import dev.nestql.testsupport.Json;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A {@code bytea[]} read into a {@code List<byte[]>} holds exactly the elements of the driver's
 * {@code getArray()} on every path; {@code json()} writes each element as base64, as it writes a
 * {@code bytea} column; {@code contains} binds elements as the driver binds one {@code bytea}.
 */
class ByteaArraysTest {
    @RegisterExtension
    static final TestSchema db = new TestSchema("sql/bytea_arrays.sql");

    @Test
    void everyPathReadsTheElementsOfGetArray() throws SQLException {
        try (Connection connection = db.connection()) {
            List<List<String>> expected = jdbc(connection);
            assertEquals(Arrays.asList("00ff10", null, "", "ab".repeat(100)), expected.get(0));

            MessageViewQuery all = MessageViewQuery.select().orderBy(MessageViewQuery.ID.asc());
            assertEquals(expected, hex(all.list(connection)));
            assertEquals(expected.get(0), hex(List.of(all.first(connection).orElseThrow())).get(0));
            try (Stream<MessageView> rows = all.stream(connection)) {
                assertEquals(expected, hex(rows.toList()));
            }
            MailboxViewQuery mailboxes = MailboxViewQuery.select().orderBy(MailboxViewQuery.ID.asc());
            for (List<MailboxView> read : List.of(mailboxes.list(connection), mailboxes.stream(connection).toList(),
                    mailboxes.where(MailboxViewQuery.ID.in(1L, 2L)).limit(2).list(connection))) {
                assertEquals(List.of(expected.subList(0, 2), expected.subList(2, 4)),
                        read.stream().map(mailbox -> hex(mailbox.messages())).toList());
                assertEquals(List.of(expected.subList(0, 2), expected.subList(2, 4)),
                        read.stream().map(mailbox -> hex(mailbox.firstFive())).toList());
            }
        }
    }

    @Test
    void jsonWritesEachElementAsBase64() throws SQLException {
        try (Connection connection = db.connection()) {
            List<?> json = (List<?>) Json.parse(MessageViewQuery.select().orderBy(MessageViewQuery.ID.asc()).json(connection));
            List<List<String>> expected = jdbc(connection);
            for (int i = 0; i < expected.size(); i++) {
                List<String> elements = expected.get(i);
                assertEquals(elements == null ? null : elements.stream()
                                .map(e -> e == null ? null : Base64.getEncoder().encodeToString(HexFormat.of().parseHex(e)))
                                .toList(),
                        ((Map<?, ?>) json.get(i)).get("attachments"));
            }
        }
    }

    @Test
    void containsBindsElementsAsBytea() throws SQLException {
        try (Connection connection = db.connection()) {
            assertEquals(List.of(10L), MessageViewQuery.select()
                    .where(MessageViewQuery.ATTACHMENTS.contains(new byte[] {0, -1, 16}, new byte[0]))
                    .list(connection).stream().map(MessageView::id).toList());
            assertEquals(List.of(13L), MessageViewQuery.select()
                    .where(MessageViewQuery.ATTACHMENTS.overlaps(new byte[] {'\\', '"'}))
                    .list(connection).stream().map(MessageView::id).toList());
        }
    }

    /** Each message's elements in hex, so that lists of arrays compare by content. */
    private static List<List<String>> hex(List<MessageView> messages) {
        List<List<String>> hex = new ArrayList<>();
        for (MessageView message : messages) {
            hex.add(message.attachments() == null ? null : message.attachments().stream()
                    .map(e -> e == null ? null : HexFormat.of().formatHex(e)).toList());
        }
        return hex;
    }

    /** The attachments as plain JDBC code reads them: the elements of {@code getArray()}, in hex. */
    private static List<List<String>> jdbc(Connection connection) throws SQLException {
        List<List<String>> messages = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT attachments FROM message ORDER BY id")) {
            while (rows.next()) {
                Array array = rows.getArray(1);
                if (array == null) {
                    messages.add(null);
                    continue;
                }
                List<String> elements = new ArrayList<>();
                for (Object element : (Object[]) array.getArray()) {
                    elements.add(element == null ? null : HexFormat.of().formatHex((byte[]) element));
                }
                messages.add(elements);
            }
        }
        return messages;
    }
}

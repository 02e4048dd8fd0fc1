package dev.nestql.it.arrays;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.util.List;

/** Messages whose {@code bytea[]} column reads into a {@code List<byte[]>}, under their mailboxes. */
public interface Mail {
    @Table("mailbox")
    record Mailbox(@Id long id, String owner) {}

    @Table("message")
    record Message(@Id long id, @ForeignKey(references = Mailbox.class) long mailboxId, List<byte[]> attachments) {}

    @Projection(Message.class)
    record MessageView(long id, List<byte[]> attachments) {}

    /** Messages as rows of their own (list), and as JSON (the list with a limit, and stream). */
    @Projection(Mailbox.class)
    record MailboxView(
            long id,
            @Nested(value = "messages", orderBy = "id") List<MessageView> messages,
            @Nested(value = "messages", orderBy = "id", limit = 5) List<MessageView> firstFive) {}
}

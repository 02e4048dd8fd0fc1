package dev.nestql.it.naming;

import dev.nestql.ForeignKey;
import dev.nestql.Id;
import dev.nestql.Nested;
import dev.nestql.Projection;
import dev.nestql.Table;
import java.util.List;

// A file named after none of its types, as Java allows for package-private top-level types: the
// processor must not make javac read it twice (it did, through the package's members, failing the
// build with "duplicate class: dev.nestql.it.naming.Shelf").

@Table("shelf")
record Shelf(@Id long id, String label) {}

@Table("book")
record Book(@Id long id, @ForeignKey(references = Shelf.class) long shelfId, String title) {}

@Projection(Shelf.class)
record ShelfView(long id, String label, @Nested(value = "books", orderBy = "id") List<BookView> books) {}

@Projection(Book.class)
record BookView(long id, String title) {}

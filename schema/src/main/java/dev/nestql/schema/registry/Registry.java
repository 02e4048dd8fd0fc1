package dev.nestql.schema.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The registry's files: one per {@code @Table} record under {@value #TABLES} and one per
 * projection under {@value #RELATIONS}, named by the record's qualified name, in a line format
 * of tab-separated fields. The processor writes them ({@link #write(TableDeclaration)},
 * {@link #write(List)}); {@link #load} reads every one on a class path.
 */
public final class Registry {
    /** The directory of the tables' files. */
    public static final String TABLES = "META-INF/nestql/tables/";
    /** The directory of the projections' files. */
    public static final String RELATIONS = "META-INF/nestql/relations/";
    private static final String TABLE_HEADER = "nestql-table 1";
    private static final String RELATIONS_HEADER = "nestql-relations 1";

    /**
     * What a class path declares.
     *
     * @param tables the tables, sorted by record
     * @param uses the relations the projections read by a referencing column, sorted by projection
     */
    public record Contents(List<TableDeclaration> tables, List<RelationUse> uses) {
        public Contents {
            tables = List.copyOf(tables);
            uses = List.copyOf(uses);
        }
    }

    private Registry() {}

    /** The file of {@code table}. */
    public static String write(TableDeclaration table) {
        StringBuilder text = new StringBuilder(TABLE_HEADER).append('\n');
        line(text, "record", table.record());
        line(text, "table", table.table());
        for (TableDeclaration.Column column : table.columns()) {
            List<String> fields = new ArrayList<>(List.of("column", column.component(), column.column(),
                    (column.javaType().list() ? "list:" : "") + column.javaType().name(),
                    String.join(",", column.javaType().enumConstants()), column.id() ? "id" : "-"));
            column.references().ifPresent(reference -> {
                fields.add(reference.table());
                fields.add(reference.column());
            });
            line(text, fields.toArray(String[]::new));
        }
        return text.toString();
    }

    /** The file of a projection's relation uses (all of one projection). */
    public static String write(List<RelationUse> uses) {
        StringBuilder text = new StringBuilder(RELATIONS_HEADER).append('\n');
        for (RelationUse use : uses) {
            line(text, "uses", use.projection(), use.component(), use.table(), use.column());
        }
        return text.toString();
    }

    /** Reads a table's file. */
    public static TableDeclaration readTable(String text) {
        List<String[]> lines = lines(text, TABLE_HEADER);
        String record = null;
        String table = null;
        List<TableDeclaration.Column> columns = new ArrayList<>();
        for (String[] fields : lines) {
            switch (fields[0]) {
                case "record" -> record = fields[1];
                case "table" -> table = fields[1];
                case "column" -> {
                    boolean list = fields[3].startsWith("list:");
                    String type = list ? fields[3].substring(5) : fields[3];
                    List<String> constants = fields[4].isEmpty() ? List.of() : Arrays.asList(fields[4].split(","));
                    Optional<TableDeclaration.Reference> references = fields.length > 6
                            ? Optional.of(new TableDeclaration.Reference(fields[6], fields[7]))
                            : Optional.empty();
                    columns.add(new TableDeclaration.Column(fields[1], fields[2], new JavaTypeName(type, constants, list),
                            fields[5].equals("id"), references));
                }
                default -> throw new IllegalArgumentException("unknown line " + fields[0] + " in a nestql table file");
            }
        }
        return new TableDeclaration(record, table, columns);
    }

    /** Reads a projection's file. */
    public static List<RelationUse> readUses(String text) {
        List<RelationUse> uses = new ArrayList<>();
        for (String[] fields : lines(text, RELATIONS_HEADER)) {
            uses.add(new RelationUse(fields[1], fields[2], fields[3], fields[4]));
        }
        return uses;
    }

    /**
     * Every table and relation file that {@code loader} sees, in directories and jars alike.
     *
     * @throws UncheckedIOException when a file cannot be read
     */
    public static Contents load(ClassLoader loader) {
        TreeMap<String, TableDeclaration> tables = new TreeMap<>();
        TreeMap<String, List<RelationUse>> uses = new TreeMap<>();
        for (String[] file : files(loader, TABLES)) {
            tables.putIfAbsent(file[0], readTable(file[1]));
        }
        for (String[] file : files(loader, RELATIONS)) {
            uses.putIfAbsent(file[0], readUses(file[1]));
        }
        List<RelationUse> allUses = new ArrayList<>();
        uses.values().forEach(allUses::addAll);
        return new Contents(new ArrayList<>(tables.values()), allUses);
    }

    /** Each file of {@code directory} on the class path: its name and its text. */
    private static List<String[]> files(ClassLoader loader, String directory) {
        List<String[]> files = new ArrayList<>();
        try {
            Enumeration<URL> roots = loader.getResources(directory);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                URLConnection connection = root.openConnection();
                if (connection instanceof JarURLConnection jar) {
                    connection.setUseCaches(false);
                    try (JarFile file = jar.getJarFile()) {
                        Enumeration<JarEntry> entries = file.entries();
                        while (entries.hasMoreElements()) {
                            JarEntry entry = entries.nextElement();
                            if (entry.getName().startsWith(directory) && !entry.isDirectory()) {
                                try (InputStream in = file.getInputStream(entry)) {
                                    files.add(new String[] {entry.getName().substring(directory.length()),
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8)});
                                }
                            }
                        }
                    }
                } else if (root.getProtocol().equals("file")) {
                    try (Stream<Path> paths = Files.list(Path.of(root.toURI()))) {
                        for (Path path : paths.sorted().toList()) {
                            files.add(new String[] {path.getFileName().toString(),
                                    Files.readString(path, StandardCharsets.UTF_8)});
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    /** Appends one line of fields; a backslash, tab or line break in a field (a quoted SQL name may hold one) is escaped. */
    private static void line(StringBuilder text, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            text.append(i == 0 ? "" : "\t")
                    .append(fields[i].replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n"));
        }
        text.append('\n');
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                text.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static List<String[]> lines(String text, String header) {
        String[] lines = text.split("\n");
        if (lines.length == 0 || !lines[0].equals(header)) {
            throw new IllegalArgumentException("not a file of the nestql registry (" + header + ")");
        }
        List<String[]> fields = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (!lines[i].isEmpty()) {
                String[] line = lines[i].split("\t", -1);
                for (int j = 0; j < line.length; j++) {
                    line[j] = unescape(line[j]);
                }
                fields.add(line);
            }
        }
        return fields;
    }
}

package dev.nestql.generator;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The generator's command line, for shell and Gradle users:
 *
 * <pre>
 * java -jar nestql-generator-VERSION-cli.jar --url jdbc:postgresql://localhost/shop --schema public \
 *     --package com.acme.shop.db --output src/main/java [--user U] [--password P] \
 *     [--include REGEX]... [--exclude REGEX]... [--strip-prefix PREFIX]... [--enums-as-strings]
 *     [--timestamptz-as-instant] [--qualified-names]
 * </pre>
 *
 * <p>The password may also come from the {@code PGPASSWORD} environment variable. Exit status 0
 * when the records were written, 1 when the database could not be read, 2 for a usage error.
 */
public final class Main {
    private static final String USAGE = """
            usage: nestql-generator --url JDBC_URL --schema NAME [--schema NAME]... --package JAVA_PACKAGE --output DIR
                                    [--user USER] [--password PASSWORD] [--include REGEX]... [--exclude REGEX]...
                                    [--strip-prefix PREFIX]... [--enums-as-strings] [--timestamptz-as-instant]
                                    [--qualified-names]
              --url                      the database, e.g. jdbc:postgresql://localhost:5432/shop
              --schema                   a schema to read (repeatable)
              --package                  the package of the generated records
              --output                   the source root to write into, e.g. src/main/java
              --user, --password         credentials, unless the URL has them (PGPASSWORD is read too)
              --include, --exclude       regular expressions on table names (or schema.table); repeatable
              --strip-prefix             a prefix taken off table names for class names (orders_); repeatable
              --enums-as-strings         read PostgreSQL enums as String instead of generated enums
              --timestamptz-as-instant   read timestamptz as Instant instead of OffsetDateTime
              --qualified-names          write @Table("schema.table") even for one schema""";

    private Main() {}

    /** Runs the generator and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the generator with {@code args}, printing to {@code out} and {@code err}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("nestql-generator: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Properties properties = new Properties();
        if (arguments.user != null) {
            properties.setProperty("user", arguments.user);
        }
        String password = arguments.password != null ? arguments.password : System.getenv("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (Connection connection = DriverManager.getConnection(arguments.url, properties)) {
            SchemaGenerator.Result result = SchemaGenerator.generate(connection, arguments.options, arguments.output);
            out.printf("nestql-generator: %d files written, %d unchanged, %d deleted in %s%n", result.written().size(),
                    result.unchanged().size(), result.deleted().size(),
                    arguments.output.resolve(arguments.options.packageName().replace('.', '/')));
            for (String skipped : result.skipped()) {
                out.println("  skipped " + skipped);
            }
            return 0;
        } catch (SQLException e) {
            err.println("nestql-generator: cannot read the schema: " + e.getMessage()
                    + (e.getSQLState() != null ? " (SQL state " + e.getSQLState() + ")" : ""));
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("nestql-generator: " + e.getMessage());
            return 1;
        }
    }

    /** The parsed command line. */
    private static final class Arguments {
        private String url;
        private String user;
        private String password;
        private Path output;
        private GeneratorOptions options;

        static Arguments parse(String[] args) {
            Arguments arguments = new Arguments();
            List<String> schemas = new ArrayList<>();
            List<Pattern> includes = new ArrayList<>();
            List<Pattern> excludes = new ArrayList<>();
            String packageName = null;
            boolean enumsAsStrings = false;
            boolean instant = false;
            boolean qualified = false;
            List<String> prefixes = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String option = args[i];
                switch (option) {
                    case "--enums-as-strings" -> enumsAsStrings = true;
                    case "--timestamptz-as-instant" -> instant = true;
                    case "--qualified-names" -> qualified = true;
                    case "--url", "--user", "--password", "--schema", "--package", "--output", "--include", "--exclude",
                            "--strip-prefix" -> {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(option + " needs a value");
                        }
                        String value = args[++i];
                        switch (option) {
                            case "--url" -> arguments.url = value;
                            case "--user" -> arguments.user = value;
                            case "--password" -> arguments.password = value;
                            case "--schema" -> schemas.add(value);
                            case "--package" -> packageName = value;
                            case "--output" -> arguments.output = Path.of(value);
                            case "--include" -> includes.add(pattern(option, value));
                            case "--strip-prefix" -> prefixes.add(value);
                            default -> excludes.add(pattern(option, value));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (arguments.url == null || schemas.isEmpty() || packageName == null || arguments.output == null) {
                throw new IllegalArgumentException("--url, --schema, --package and --output are required");
            }
            arguments.options = new GeneratorOptions(schemas, packageName, includes, excludes, enumsAsStrings, instant,
                    qualified, prefixes);
            return arguments;
        }

        private static Pattern pattern(String option, String value) {
            try {
                return Pattern.compile(value);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(option + " " + value + " is not a regular expression: "
                        + e.getDescription());
            }
        }
    }
}

package dev.nestql.maven;

import dev.nestql.generator.GeneratorOptions;
import dev.nestql.generator.SchemaGenerator;
import java.io.File;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes the {@code @Table} records of a live PostgreSQL schema, and adds their directory to the
 * project's sources.
 *
 * <pre>{@code
 * <plugin>
 *   <groupId>dev.nestql</groupId>
 *   <artifactId>nestql-maven-plugin</artifactId>
 *   <version>...</version>
 *   <executions>
 *     <execution>
 *       <goals><goal>generate</goal></goals>
 *       <configuration>
 *         <url>jdbc:postgresql://localhost:5432/shop</url>
 *         <user>shop</user>
 *         <schemas><schema>public</schema></schemas>
 *         <packageName>com.acme.shop.db</packageName>
 *       </configuration>
 *     </execution>
 *   </executions>
 * </plugin>
 * }</pre>
 *
 * <p>Files change only when the schema does; records of tables that are gone are deleted; files
 * the generator did not write are never touched.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {
    // Parameters are package-private so that GenerateMojoTest can set them as Maven does.
    /** The database, a PostgreSQL JDBC URL. */
    @Parameter(property = "nestql.url", required = true)
    String url;

    /** The user to connect as, unless the URL names one. */
    @Parameter(property = "nestql.user")
    String user;

    /** The password, unless the URL has one; {@code PGPASSWORD} is read when neither does. */
    @Parameter(property = "nestql.password")
    String password;

    /** The schemas to read. */
    @Parameter(required = true)
    List<String> schemas;

    /** The package of the generated records. */
    @Parameter(property = "nestql.packageName", required = true)
    String packageName;

    /** The source root to write into; added to the project's compile sources. */
    @Parameter(property = "nestql.outputDirectory", defaultValue = "${project.build.directory}/generated-sources/nestql")
    File outputDirectory;

    /** Regular expressions of the tables to generate (name or {@code schema.name}); all when empty. */
    @Parameter
    List<String> includes = new ArrayList<>();

    /** Regular expressions of tables to leave out. */
    @Parameter
    List<String> excludes = new ArrayList<>();

    /** Prefixes taken off table names before they are made class names ({@code orders_}); the first that matches. */
    @Parameter
    List<String> stripPrefixes = new ArrayList<>();

    /** Read PostgreSQL enums as {@code String} instead of generated Java enums. */
    @Parameter(property = "nestql.enumsAsStrings", defaultValue = "false")
    boolean enumsAsStrings;

    /** Read {@code timestamptz} as {@code Instant} instead of {@code OffsetDateTime}. */
    @Parameter(property = "nestql.timestamptzAsInstant", defaultValue = "false")
    boolean timestamptzAsInstant;

    /** Write schema-qualified table names even when one schema is read. */
    @Parameter(property = "nestql.qualifiedNames", defaultValue = "false")
    boolean qualifiedNames;

    /** Skip the goal. */
    @Parameter(property = "nestql.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("nestql:generate skipped");
            return;
        }
        GeneratorOptions options;
        try {
            options = new GeneratorOptions(schemas, packageName, patterns("includes", includes),
                    patterns("excludes", excludes), enumsAsStrings, timestamptzAsInstant, qualifiedNames, stripPrefixes);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("nestql:generate: " + e.getMessage());
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        String secret = password != null ? password : System.getenv("PGPASSWORD");
        if (secret != null) {
            properties.setProperty("password", secret);
        }
        SchemaGenerator.Result result;
        try (Connection connection = new org.postgresql.Driver().connect(url, properties)) {
            if (connection == null) {
                throw new MojoFailureException("nestql:generate: " + url + " is not a PostgreSQL JDBC URL"
                        + " (jdbc:postgresql://host:port/database)");
            }
            result = SchemaGenerator.generate(connection, options, outputDirectory.toPath());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("nestql:generate: " + e.getMessage());
        } catch (SQLException e) {
            throw new MojoExecutionException("nestql:generate cannot read the schema at " + url + ": " + e.getMessage()
                    + (e.getSQLState() != null ? " (SQL state " + e.getSQLState() + ")" : ""), e);
        }
        getLog().info(String.format("nestql:generate: %d files written, %d unchanged, %d deleted in %s",
                result.written().size(), result.unchanged().size(), result.deleted().size(), outputDirectory));
        for (String skipped : result.skipped()) {
            getLog().warn("nestql:generate skipped " + skipped);
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }

    private static List<Pattern> patterns(String parameter, List<String> expressions) {
        List<Pattern> patterns = new ArrayList<>();
        for (String expression : expressions) {
            try {
                patterns.add(Pattern.compile(expression));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(parameter + ": " + expression + " is not a regular expression: "
                        + e.getDescription());
            }
        }
        return patterns;
    }
}

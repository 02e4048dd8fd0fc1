package dev.nestql.example;

import dev.nestql.example.print.PrintMode;
import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The example app's command line.
 *
 * <pre>
 * java -jar example-app/target/nestql-example-app.jar           # serve HTTP on PORT (default 8080)
 * java -jar example-app/target/nestql-example-app.jar --print   # print each example once and exit
 * </pre>
 *
 * <p>The database is the one named by the JDBC URL in {@code DATABASE_URL}, or else an embedded
 * PostgreSQL under {@code example-app/target/embedded-postgres}. Ctrl-C stops the server, the
 * connection pool and the embedded database.
 */
public final class ExampleApp {
    private static final String USAGE = """
            usage: java -jar nestql-example-app.jar [--print]

              (no option)  serve the example's JSON endpoints over HTTP on PORT (default 8080)
              --print      run each example once, print the results as tables and JSON, and exit
              --help       show this help

            environment:
              DATABASE_URL  a PostgreSQL JDBC URL, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres;
                            when unset, an embedded PostgreSQL is started under example-app/target/
              PORT          the HTTP port (0: any free port)
            """;

    private ExampleApp() {}

    public static void main(String[] args) {
        configureLogging();
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        boolean print = arguments.equals(List.of("--print"));
        if (!arguments.isEmpty() && !print) {
            System.err.print("unknown arguments: " + String.join(" ", arguments) + "\n\n" + USAGE);
            System.exit(2);
        }
        int status = print ? print(System.getenv()) : serve(System.getenv());
        if (print || status != 0) {
            System.exit(status);
        }
        // Serving: the HTTP server's threads keep the JVM running until Ctrl-C runs the shutdown hook.
    }

    /** Runs {@code --print}; returns the exit status. */
    static int print(Map<String, String> environment) {
        Logger log = LoggerFactory.getLogger(ExampleApp.class);
        Settings settings = settings(environment, log);
        if (settings == null) {
            return 2;
        }
        ExampleService service = ExampleService.unopened(settings);
        Thread hook = stopOnExit(service, log, false);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            service.start();
            PrintMode.print(service.dataSource(), out);
            return 0;
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Cannot print the examples: {}", e.toString());
            return 1;
        } finally {
            closeQuietly(service, log);
            removeHook(hook);
        }
    }

    /**
     * Starts serving HTTP, with a shutdown hook that stops everything when the JVM is asked to stop
     * (Ctrl-C), also while it starts. Returns 0 once serving, or the exit status when start-up fails.
     */
    static int serve(Map<String, String> environment) {
        Logger log = LoggerFactory.getLogger(ExampleApp.class);
        Settings settings = settings(environment, log);
        if (settings == null) {
            return 2;
        }
        ExampleService service = ExampleService.unopened(settings);
        Thread hook = stopOnExit(service, log, true);
        try {
            service.start();
            service.serve(settings.port());
        } catch (BindException e) {
            log.error("Port {} is in use; set PORT to a free port (PORT=0 picks one)", settings.port());
            return failed(service, hook, log);
        } catch (IOException | SQLException | RuntimeException e) {
            log.error("Cannot start: {}", e.toString());
            return failed(service, hook, log);
        }
        log.info("Press Ctrl-C to stop");
        return 0;
    }

    /** The settings of {@code environment}, or null after logging what is wrong with them. */
    private static Settings settings(Map<String, String> environment, Logger log) {
        try {
            return Settings.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            return null;
        }
    }

    private static int failed(ExampleService service, Thread hook, Logger log) {
        closeQuietly(service, log);
        removeHook(hook);
        return 1;
    }

    /** Registers a shutdown hook that closes whatever {@code service} has opened when it runs. */
    private static Thread stopOnExit(ExampleService service, Logger log, boolean announce) {
        Thread hook = new Thread(() -> {
            if (announce) {
                log.info("Stopping");
            }
            closeQuietly(service, log);
            if (announce) {
                log.info("Stopped");
            }
        }, "shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down, and the hook runs
        }
    }

    private static void closeQuietly(ExampleService service, Logger log) {
        try {
            service.close();
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop cleanly: {}", e.toString());
        }
    }

    /**
     * Sets slf4j-simple's defaults, unless given with {@code -D}: time-stamped lines on standard
     * error, and only warnings from the embedded database and the pool.
     */
    private static void configureLogging() {
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        setDefault("org.slf4j.simpleLogger.showThreadName", "false");
        setDefault("org.slf4j.simpleLogger.showShortLogName", "true");
        setDefault("org.slf4j.simpleLogger.log.io.zonky", "warn");
        setDefault("org.slf4j.simpleLogger.log.com.zaxxer.hikari", "warn");
    }

    private static void setDefault(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }
}

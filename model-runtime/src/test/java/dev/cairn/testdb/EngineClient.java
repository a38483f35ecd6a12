package dev.cairn.testdb;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a whole script the way the engine's own client would, so that what a namespace holds never depends on Cairn's
 * splitter: {@code psql} for PostgreSQL (search_path on the test's schema, stopping at the first error), the
 * {@code mariadb} command-line client for MariaDB (its own DELIMITER handling, comments sent to the server), and for
 * SQLite the driver's {@code sqlite3_exec} of the whole text (what the {@code sqlite3} shell does, statement by
 * statement). Both command-line clients come with the database servers on this machine and on CI's.
 */
public final class EngineClient {
    private static final long TIMEOUT_SECONDS = 300;

    private EngineClient() {
    }

    /** Runs {@code script} in {@code namespace}; an error of the engine or the client is an SQLException with its output. */
    public static void run(FreshNamespace namespace, String script) throws SQLException {
        switch (namespace.dialect()) {
            case SQLITE -> {
                try (Statement s = namespace.connection().createStatement()) {
                    s.executeUpdate(script); // sqlite-jdbc hands a whole text to sqlite3_exec, which runs every statement
                }
            }
            case POSTGRESQL -> runProcess(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", "5432",
                    "-U", "postgres", "-d", "postgres", "-f", "-"), List.of("PGOPTIONS=-c search_path=" + namespace.name(),
                    "PGCLIENTENCODING=UTF8"), script);
            case MYSQL, MARIADB -> runProcess(List.of(mariadbClient(), "--batch", "--comments", "--default-character-set=utf8mb4",
                    "-h", "127.0.0.1", "-P", "3306", "-u", "root", namespace.name()), List.of(), script);
        }
    }

    private static String mariadbClient() {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":"))
            if (new File(dir, "mariadb").canExecute()) return "mariadb";
        return "mysql";
    }

    private static void runProcess(List<String> command, List<String> environment, String script) throws SQLException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        for (String e : environment) builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new SQLException("cannot start the engine's client " + command.get(0) + " (is it installed?): " + e.getMessage(), e);
        }
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
        try (OutputStream in = process.getOutputStream()) {
            in.write(script.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the client stopped reading: it failed, and its output says why
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new SQLException(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) throw new SQLException(command.get(0) + " failed (exit " + process.exitValue() + "): " + output.join().strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new SQLException("interrupted while " + command.get(0) + " ran", e);
        }
    }

    private static String readAll(InputStream in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the process ended; what was read is what there is
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

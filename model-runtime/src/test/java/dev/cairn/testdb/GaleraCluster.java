package dev.cairn.testdb;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A 3-node MariaDB Galera cluster for the tests of a class ({@code @ExtendWith(GaleraCluster.class)}), started with the
 * repository's {@code .ci/galera} script: client ports 4306-4308, data under {@code /tmp/cairn-galera}, apart from the
 * single server on 3306. A cluster already running is reused (fast reruns) and left running; one this extension
 * started is stopped when the test JVM ends ({@code -Dcairn.galera.keep=true} keeps it). Tests that need it for some
 * parameters only call {@link #require()}.
 * <p>
 * When the cluster cannot start the tests are skipped, unless the environment says {@code CI=true}: there it is a
 * failure.
 */
public final class GaleraCluster implements BeforeAllCallback {
    public static final int NODES = 3;
    private static final int FIRST_PORT = 4306;

    @Override
    public void beforeAll(ExtensionContext context) {
        require();
    }

    /** The JDBC URL of node {@code node} (1 … 3), on {@code database}. */
    public static String url(int node, String database) {
        return "jdbc:mariadb://127.0.0.1:" + (FIRST_PORT + node - 1) + "/" + database;
    }

    /** A fresh database on the cluster (created through node 1, so on every node), dropped on close. */
    public static LiveDatabase database() throws SQLException {
        require();
        return LiveDatabase.mariadbAt("jdbc:mariadb://127.0.0.1:" + FIRST_PORT + "/");
    }

    /** SIGKILLs node {@code node}'s {@code mariadbd}. */
    public static void kill(int node) {
        script("kill", String.valueOf(node));
    }

    /** Starts node {@code node} again and waits until it has rejoined the cluster. */
    public static void restart(int node) {
        script("start-node", String.valueOf(node));
    }

    private static String script(String... args) {
        Path script = scriptPath();
        try {
            Process p = new ProcessBuilder(concat(script.toString(), args)).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", args) + " failed:\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> concat(String first, String... rest) {
        List<String> out = new java.util.ArrayList<>(List.of(first));
        out.addAll(List.of(rest));
        return out;
    }

    /** {@code .ci/galera} of the repository, found from the working directory (the module or the root). */
    private static Path scriptPath() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path script = dir.resolve(".ci/galera");
            if (Files.isExecutable(script)) return script;
        }
        throw new IllegalStateException("no .ci/galera above " + Path.of("").toAbsolutePath());
    }

    private static boolean running;

    /**
     * Makes sure the cluster runs (once per test JVM): reuses a running one, or starts it and stops it when the JVM
     * ends. Skips the calling test when it cannot start, unless CI=true.
     */
    public static synchronized void require() {
        if (running) return;
        boolean wasRunning;
        try {
            wasRunning = new ProcessBuilder(scriptPath().toString(), "status").start().waitFor() == 0;
            script("start");
        } catch (RuntimeException | IOException e) {
            if (LiveDatabase.isCi()) throw new IllegalStateException("CI=true but the Galera cluster did not start: " + e.getMessage(), e);
            Assumptions.abort("no Galera cluster (" + e.getMessage() + "); with CI=true this is a failure");
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        running = true;
        if (!wasRunning && !Boolean.getBoolean("cairn.galera.keep")) Runtime.getRuntime().addShutdownHook(new Thread(() -> script("stop")));
    }
}

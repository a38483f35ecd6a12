package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.testdb.LiveDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Fault injection (issue "no dead ends"), outside the default build as it starts some 300 processes:
 * {@code ./mvnw -pl model-runtime test -Dtest=FaultInjectionRuns -Dsurefire.failIfNoSpecifiedTests=false}
 * (or {@code -Dfaults.points=N} for another count per direction). Per engine, a migrator process
 * ({@link KilledMigratorProcess}) is SIGKILLed at 50 points of an upgrade from the empty database to version 5 and at
 * 50 points of a downgrade from 5 to 0 (100 per engine), each point a statement or a commit chosen at random (seeded) among all the
 * run sends. After each kill, a fresh {@code db:upgrade} must complete and {@code db:validate} be clean, every
 * migration applied exactly once (each writes its row into a log table whose key refuses a second), the data as the
 * migrations make it, and on SQLite no partial backup left and every backup sound ({@code PRAGMA quick_check}). The
 * figures are printed and go into the README.
 */
class FaultInjectionRuns {
    static final String[] MIGRATIONS = {
            "001_log.sql", """
            CREATE TABLE applied_log (version INTEGER PRIMARY KEY, note VARCHAR(20));
            INSERT INTO applied_log (version, note) VALUES (1, 'one');
            """,
            "002_users.sql", """
            CREATE TABLE users (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL);
            CREATE INDEX ix_users_name ON users (name);
            INSERT INTO users (id, name) VALUES (1, 'ann'), (2, 'bob');
            INSERT INTO applied_log (version, note) VALUES (2, 'two');
            """,
            "003_posts.sql", """
            CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, body VARCHAR(100),
              CONSTRAINT fk_posts_user FOREIGN KEY (user_id) REFERENCES users (id));
            ALTER TABLE users ADD COLUMN email VARCHAR(100);
            INSERT INTO posts (id, user_id, body) VALUES (1, 1, 'hello');
            INSERT INTO applied_log (version, note) VALUES (3, 'three');
            """,
            "004_view.sql", """
            CREATE VIEW user_names AS SELECT id, name FROM users;
            ALTER TABLE posts RENAME COLUMN body TO text;
            INSERT INTO applied_log (version, note) VALUES (4, 'four');
            """,
            "005_more.sql", """
            CREATE UNIQUE INDEX ux_users_email ON users (email);
            INSERT INTO users (id, name) VALUES (3, 'cy');
            INSERT INTO applied_log (version, note) VALUES (5, 'five');
            """};

    static final TreeMap<String, String> FIGURES = new TreeMap<>();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void killedAtRandomPointsThenANewUpgradeCompletesAndValidates(Dialect dialect) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getProperty("faults.engines", "SQLITE,POSTGRESQL,MARIADB").contains(dialect.name()));
        int count = Integer.getInteger("faults.points", 50);
        for (String direction : List.of("up", "down")) {
            int total = points(dialect, direction);
            assertTrue(total > 10, "a run passes " + total + " points");
            List<Integer> chosen = choose(total, count, new Random(dialect.ordinal() * 31L + direction.length()));
            int killed = 0, finished = 0, recoveredHalfApplied = 0, finishedHalfRunDown = 0;
            for (int n : chosen) {
                Outcome o = killAt(dialect, direction, n);
                if (o.killed) killed++;
                else finished++;
                if (o.recoveryLog.contains("half-applied")) recoveredHalfApplied++;
                if (o.recoveryLog.contains("half-run")) finishedHalfRunDown++;
            }
            String figure = dialect + " " + direction + ": " + chosen.size() + " runs over " + total + " points, " + killed + " killed, "
                    + finished + " finished first, " + recoveredHalfApplied + " left a half-applied migration the next upgrade undid, "
                    + finishedHalfRunDown + " a half-run down it finished;"
                    + " all " + chosen.size() + " recovered and validated";
            FIGURES.put(dialect + " " + direction, figure);
            System.out.println("FAULTS " + figure);
        }
    }

    private static List<Integer> choose(int total, int count, Random random) {
        List<Integer> out = new ArrayList<>();
        if (total <= count) {
            for (int n = 1; n <= total; n++) out.add(n);
            while (out.size() < count) out.add(1 + random.nextInt(total));
        } else {
            List<Integer> all = new ArrayList<>();
            for (int n = 1; n <= total; n++) all.add(n);
            java.util.Collections.shuffle(all, random);
            out.addAll(all.subList(0, count));
            out.sort(null);
        }
        return out;
    }

    /** How many points a whole run in {@code direction} passes. */
    private int points(Dialect dialect, String direction) throws Exception {
        try (Place place = new Place(dialect, Files.createTempDirectory(dir, "count"))) {
            if (direction.equals("down")) place.migrator().upgrade(null, false);
            String out = place.run(direction, 0);
            assertTrue(out.contains("REACHED " + (direction.equals("up") ? 5 : 0)), out);
            return Integer.parseInt(out.lines().filter(l -> l.startsWith("POINTS ")).findFirst().orElseThrow().substring(7).trim());
        }
    }

    record Outcome(boolean killed, String recoveryLog) {
    }

    private Outcome killAt(Dialect dialect, String direction, int n) throws Exception {
        try (Place place = new Place(dialect, Files.createTempDirectory(dir, direction + n))) {
            if (direction.equals("down")) place.migrator().upgrade(null, false);
            String out = place.run(direction, n);
            boolean killed = !out.contains("REACHED ");
            if (!killed) assertTrue(out.contains("POINTS "), out);
            if (out.contains("FAILED ")) fail(dialect + " " + direction + " at point " + n + ": " + out);
            List<String> log = new ArrayList<>();
            try {
                Migrator next = place.migrator(log);
                assertEquals(5, next.upgrade(null, false));
                place.migrator(log).validate();
                place.assertAppliedOnce();
            } catch (RuntimeException | AssertionError e) {
                throw new AssertionError(dialect + " " + direction + " killed at point " + n + ":\n" + out + "\nthe next run:\n" + String.join("\n", log), e);
            }
            return new Outcome(killed, String.join("\n", log));
        }
    }

    /** A fresh database (a SQLite file, a PostgreSQL schema, a MariaDB database) and the migrations folder. */
    static final class Place implements AutoCloseable {
        final Dialect dialect;
        final Path root;
        final Path folder;
        final LiveDatabase live;

        Place(Dialect dialect, Path root) throws Exception {
            this.dialect = dialect;
            this.root = root;
            this.folder = Files.createDirectories(root.resolve("migrations"));
            for (int k = 0; k < MIGRATIONS.length; k += 2) Files.writeString(folder.resolve(MIGRATIONS[k]), MIGRATIONS[k + 1]);
            this.live = dialect == Dialect.SQLITE ? null : LiveDatabase.of(dialect);
        }

        String url() {
            if (live == null) return "jdbc:sqlite:" + root.resolve("app.db");
            return live.dialect() == Dialect.POSTGRESQL ? LiveDatabase.POSTGRES_URL + "?currentSchema=" + live.namespace()
                    : LiveDatabase.MARIADB_URL + live.namespace();
        }

        String user() {
            return live == null ? null : live.dialect() == Dialect.POSTGRESQL ? "postgres" : "root";
        }

        Migrator migrator() {
            return migrator(new ArrayList<>());
        }

        Migrator migrator(List<String> log) {
            return Migrator.configure().url(url()).user(user()).migrationsIn(folder).backups(true, 3).log(log::add).build();
        }

        /** Runs {@link KilledMigratorProcess} to its end or its kill; its output. */
        String run(String direction, int killAt) throws IOException, InterruptedException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                    KilledMigratorProcess.class.getName(), url(), folder.toString(), user() == null ? "-" : user(), direction, String.valueOf(killAt))
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the migrator process did not end");
            int exit = p.exitValue();
            if (out.contains("REACHED ")) assertEquals(0, exit, out);
            else if (!out.contains("FAILED ")) assertEquals(137, exit, "killed by SIGKILL:\n" + out);
            return out;
        }

        void assertAppliedOnce() throws Exception {
            assertEquals("1 one;2 two;3 three;4 four;5 five;", rows("SELECT version, note FROM applied_log ORDER BY version"));
            assertEquals("1 ann;2 bob;3 cy;", rows("SELECT id, name FROM users ORDER BY id"));
            assertEquals("1 hello;", rows("SELECT id, text FROM posts ORDER BY id"));
            assertEquals("1;2;3;4;5;", rows("SELECT version FROM cairn_history ORDER BY version"));
            if (live == null) {
                int partials = 0;
                try (Stream<Path> files = Files.list(root)) {
                    for (Path f : files.toList()) {
                        String name = f.getFileName().toString();
                        // a copy a killed migrator was writing keeps its .partial name (never taken for a backup) until the
                        // next upgrade or downgrade deletes it, the recovery upgrade included, even with nothing to migrate
                        if (name.endsWith(".partial")) partials++;
                        if (name.endsWith(".backup")) {
                            try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + f + "?mode=ro"); Statement s = c.createStatement();
                                 ResultSet r = s.executeQuery("PRAGMA quick_check")) {
                                assertTrue(r.next() && r.getString(1).equals("ok"), name + " is not sound");
                            }
                        }
                    }
                }
                assertEquals(0, partials, "the copy the killed migrator was writing is gone after the recovery upgrade");
            }
        }

        private String rows(String sql) throws Exception {
            StringBuilder b = new StringBuilder();
            Connection c = live == null ? DriverManager.getConnection(url()) : live.connection();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    for (int i = 1; i <= n; i++) b.append(i > 1 ? " " : "").append(r.getString(i));
                    b.append(';');
                }
            } finally {
                if (live == null) c.close();
            }
            return b.toString();
        }

        @Override
        public void close() throws Exception {
            if (live != null) live.close();
        }
    }
}

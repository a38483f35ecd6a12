package dev.cairn.bench;

import dev.cairn.bench.model.Reading;
import dev.cairn.entity.Database;
import dev.cairn.entity.Session;
import dev.cairn.entity.ValueTypes;
import dev.cairn.migrate.Migrator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loading 100,000 rows into entities with Cairn's session ({@code session.all(Reading.META)}, {@link Reading} as
 * db:generate-models writes it) beside a hand-written JDBC loop that fills the same class from the same SQLite table,
 * measured alternately in the same run. See README.md.
 *
 * <p>System properties: {@code bench.rows} (default 100000), {@code bench.runs} (default 9), {@code bench.warmups}
 * (default 5).
 */
public final class EntityLoadBenchmark {
    /** The migration behind {@link Reading}. */
    public static final String READINGS = """
            CREATE TABLE readings (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                sensor VARCHAR(40) NOT NULL,
                value DOUBLE,
                taken DATETIME NOT NULL,
                ok BOOLEAN NOT NULL,
                note TEXT
            );
            """;
    private static final double TARGET_RATIO = 0.9;
    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

    public static void main(String[] args) throws Exception {
        int rows = Integer.getInteger("bench.rows", 100_000);
        int runs = Integer.getInteger("bench.runs", 9);
        int warmups = Integer.getInteger("bench.warmups", 5);
        Path work = Files.createTempDirectory("cairn-load-bench");
        try {
            String url = "jdbc:sqlite:" + work.resolve("bench.db");
            Path migrations = Files.createDirectories(work.resolve("migrations"));
            Files.writeString(migrations.resolve("001_create_readings.sql"), READINGS);
            Migrator.configure().url(url).migrationsIn(migrations).backups(false, 0).log(message -> { }).build().upgrade(null, false);
            fill(url, rows);
            Database db = Database.open(url);
            System.out.printf(Locale.ROOT, "Cairn entity load benchmark: %,d rows of readings (6 columns) from SQLite into entities, %d warm-up + "
                    + "%d measured runs of each, alternating (median), Java %s%n%n", rows, warmups, runs, System.getProperty("java.version"));

            String expected = summary(handWritten(url));
            String actual = summary(cairn(db));
            if (!expected.equals(actual)) throw new IllegalStateException("different entities: " + expected + " vs " + actual);

            for (int i = 0; i < warmups; i++) {
                handWritten(url);
                cairn(db);
                handWritten(url, true);
            }
            double[] jdbc = new double[runs], session = new double[runs], jdbcCairnDates = new double[runs];
            for (int i = 0; i < runs; i++) {
                jdbc[i] = seconds(() -> handWritten(url));
                session[i] = seconds(() -> cairn(db));
                jdbcCairnDates[i] = seconds(() -> handWritten(url, true));
            }
            double jdbcRate = rows / median(jdbc), sessionRate = rows / median(session);
            System.out.printf(Locale.ROOT, "   %-52s %,12.0f rows/s  (median %,.1f ms)%n", "baseline: hand-written JDBC loop",
                    jdbcRate, median(jdbc) * 1000);
            System.out.printf(Locale.ROOT, "   %-52s %,12.0f rows/s  (median %,.1f ms)%n", "Cairn: session.all(Reading.META)",
                    sessionRate, median(session) * 1000);
            double referenceRate = rows / median(jdbcCairnDates);
            System.out.printf(Locale.ROOT, "   %-52s %,12.0f rows/s  (median %,.1f ms)%n", "reference: hand-written loop, Cairn's date parse",
                    referenceRate, median(jdbcCairnDates) * 1000);
            double ratio = sessionRate / jdbcRate;
            System.out.printf(Locale.ROOT, "   Cairn / hand-written loop with Cairn's date parse = %.2f (what the session itself costs)%n",
                    sessionRate / referenceRate);
            System.out.printf(Locale.ROOT, "   Cairn / hand-written = %.2f%n%nTarget (issue 4): at least %.1f of the hand-written loop's throughput: %s%n",
                    ratio, TARGET_RATIO, ratio >= TARGET_RATIO ? "met" : "NOT MET");
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }

    /** What a developer writes by hand: one prepared SELECT, a loop over the rows, the setters. */
    static List<Reading> handWritten(String url) throws SQLException {
        return handWritten(url, false);
    }

    /** @param cairnDates read the date-time text with Cairn's parser ({@code ValueTypes.SQLITE_DATE_TIME}), for reference */
    static List<Reading> handWritten(String url, boolean cairnDates) throws SQLException {
        List<Reading> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement p = c.prepareStatement("SELECT id, sensor, value, taken, ok, note FROM readings");
             ResultSet r = p.executeQuery()) {
            while (r.next()) {
                Reading e = new Reading();
                e.setId(r.getLong(1));
                e.setSensor(r.getString(2));
                double value = r.getDouble(3);
                e.setValue(r.wasNull() ? null : value);
                e.setTaken(cairnDates ? ValueTypes.SQLITE_DATE_TIME.read(r, 4) : LocalDateTime.parse(r.getString(4), SQL_TIMESTAMP));
                e.setOk(r.getBoolean(5));
                e.setNote(r.getString(6));
                out.add(e);
            }
        }
        return out;
    }

    static List<Reading> cairn(Database db) {
        try (Session s = db.openSession()) {
            return s.all(Reading.META);
        }
    }

    private static void fill(String url, int rows) throws SQLException {
        try (Connection c = DriverManager.getConnection(url);
             PreparedStatement p = c.prepareStatement("INSERT INTO readings (sensor, value, taken, ok, note) VALUES (?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (int i = 0; i < rows; i++) {
                p.setString(1, "sensor-" + i % 100);
                if (i % 10 == 0) p.setNull(2, java.sql.Types.DOUBLE);
                else p.setDouble(2, i * 0.25);
                p.setString(3, SQL_TIMESTAMP.format(START.plusSeconds(i)));
                p.setBoolean(4, i % 3 == 0);
                p.setString(5, i % 5 == 0 ? "checked by hand " + i : null);
                p.addBatch();
                if (i % 1000 == 999) p.executeBatch();
            }
            p.executeBatch();
            c.commit();
        }
    }

    private static String summary(List<Reading> readings) {
        return readings.size() + " " + readings.get(0) + " " + readings.get(readings.size() - 1) + " "
                + readings.stream().mapToLong(Reading::getId).sum();
    }

    @FunctionalInterface
    private interface Load {
        List<Reading> run() throws Exception;
    }

    private static double seconds(Load load) throws Exception {
        long start = System.nanoTime();
        List<Reading> loaded = load.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (loaded.isEmpty()) throw new IllegalStateException("nothing loaded");
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

package dev.cairn.migrate;

import dev.cairn.dialect.HistoryTableReader;
import dev.cairn.dialect.IntrospectionOptions;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code db:import-flyway}: puts a database Flyway migrated under Cairn, from Flyway's own layout
 * ({@link FlywayLayout}). It reads {@value #FLYWAY_TABLE}, refuses failed rows and migrations Flyway has not applied
 * up to its newest one (or a repeatable one changed since), checks that each applied file is as Flyway applied it (its
 * checksum) and that the live schema equals the replay at that version with the repeatable migrations over it (as
 * {@link Baseline} does), then records every applied migration in Cairn's history with its derived down, and the
 * repeatable ones in {@code <history>_repeatable}. Flyway's table is left as it is.
 */
final class FlywayImport {
    static final String FLYWAY_TABLE = "flyway_schema_history";

    private final MigratorContext context;

    FlywayImport(MigratorContext context) {
        this.context = context;
    }

    /** One row of Flyway's history. */
    private record FlywayRow(int rank, String version, String description, String type, String script, Integer checksum, boolean success) {
        String label() {
            return "installed_rank " + rank + (version == null ? "" : ", version " + version) + " (" + script + ")";
        }
    }

    /** Imports; returns the Cairn version the database is at (the ordinal of Flyway's newest applied migration). */
    long run() {
        List<MigrationFile> files = context.settings().migrations();
        if (!(files instanceof MigrationFiles) && !(files instanceof MigrationsInBackground) || flywayOf(files).isEmpty()) {
            throw new MigrationProblem("db:import-flyway reads migrations in Flyway's layout (V<version>__<description>.sql, R__<description>.sql);"
                    + " the migrations given have none: point db.migrations (or the classpath location) at the Flyway folder, e.g. db/migration");
        }
        Map<Long, FlywayLayout.Versioned> flyway = flywayOf(files);
        List<RepeatableMigration> repeatables = RepeatableMigration.of(files);
        HistoryTable history = context.history();
        try (Connection c = context.connections().open(); MigrationLock lock = context.lock(c)) {
            c.setAutoCommit(false);
            if (context.plan(c).hasHistory()) {
                throw new MigrationProblem("The database is under Cairn's version control already (" + history.name() + " has rows);"
                        + " db:import-flyway is for a database Flyway migrated: use db:status to see its version");
            }
            List<FlywayRow> rows = read(c);
            List<String> problems = new ArrayList<>();
            for (FlywayRow r : rows) {
                if (!r.success()) problems.add(r.label() + " failed in Flyway: repair it first (fix the database by hand and run flyway repair,"
                        + " or migrate it with Flyway), then import");
            }
            long version = 0;
            long baselineVersion = 0;
            Map<String, FlywayRow> repeatableRows = new LinkedHashMap<>();
            for (FlywayRow r : rows) {
                if (!r.success()) continue;
                switch (r.type()) {
                    case "SCHEMA" -> { }
                    case "BASELINE" -> {
                        long v = ordinalOf(flyway, r.version());
                        if (v < 0) problems.add(r.label() + ": Flyway's baseline is at version " + r.version() + ", which no V file has");
                        else baselineVersion = Math.max(baselineVersion, v);
                    }
                    case "SQL", "JDBC", "SPRING_JDBC", "SCRIPT" -> {
                        if (r.version() == null) {
                            repeatableRows.put(r.description(), r);
                            continue;
                        }
                        long v = ordinalOf(flyway, r.version());
                        if (v < 0) {
                            problems.add(r.label() + " is applied but no file has version " + r.version() + "; restore the file");
                            continue;
                        }
                        FlywayLayout.Versioned f = flyway.get(v);
                        if (r.checksum() != null && r.checksum() != f.checksum()) {
                            problems.add(f.shown() + " was edited after Flyway applied it (checksum " + f.checksum() + ", Flyway's " + r.checksum()
                                    + "); undo the edit, then import");
                        }
                        version = Math.max(version, v);
                    }
                    default -> problems.add(r.label() + ": Flyway row of type " + r.type() + ", which the import does not read; "
                            + "bring the database to a plain state with Flyway first");
                }
            }
            version = Math.max(version, baselineVersion);
            java.util.Set<Long> applied = new java.util.HashSet<>();
            for (FlywayRow r : rows) {
                if (r.success() && r.version() != null && !"BASELINE".equals(r.type())) applied.add(ordinalOf(flyway, r.version()));
            }
            for (long v = baselineVersion + 1; v <= version; v++) {
                if (!applied.contains(v)) {
                    problems.add(flyway.get(v).shown() + " is pending in Flyway (ignored: older than its newest applied version "
                            + flyway.get(version).version() + "); apply it with Flyway (outOfOrder) or remove it, then import");
                }
            }
            for (RepeatableMigration r : repeatables) {
                FlywayRow row = repeatableRows.get(r.description());
                if (row == null) {
                    problems.add(r.file().displayName() + " is pending in Flyway (never applied); run flyway migrate, or remove it, then import");
                } else if (row.checksum() != null && row.checksum() != r.flywayChecksum()) {
                    problems.add(r.file().displayName() + " is pending in Flyway (changed since it was applied); run flyway migrate, or undo the edit, then import");
                }
            }
            if (!problems.isEmpty()) throw new MigrationProblem("Cannot import from " + FLYWAY_TABLE + ":\n  " + String.join("\n  ", problems));
            long at = version;
            List<ReplayedMigration> upTo = context.replayed().stream().filter(m -> m.version() <= at).toList();
            Schema versioned = upTo.isEmpty() ? Schema.EMPTY : upTo.get(upTo.size() - 1).after();
            Schema expected = RepeatableReplay.over(context.engine().dialect(), versioned, repeatables.stream().map(RepeatableMigration::file).toList());
            Schema live = context.engine().introspector().introspect(c, IntrospectionOptions.excluding(history.tablesOfItsOwn()));
            SchemaDifferences diff = SchemaDifferences.between(context.engine().introspector().asStoredIn(c, expected), live);
            if (!diff.isEmpty()) {
                throw new MigrationProblem("The database does not match the migrations at Flyway version " + (at == 0 ? "0" : flyway.get(at).version())
                        + " (Cairn version " + at + "; expected from the migrations vs the live database):\n  " + diff.toString().replace("\n", "\n  "));
            }
            history.create(c);
            String by = context.settings().appliedBy() + " (flyway import)";
            for (ReplayedMigration m : upTo) history.insert(c, context.historyRow(m, context.downOf(m), 0, by));
            RepeatableHistory repeatableHistory = new RepeatableHistory(context.engine(), history);
            if (!repeatables.isEmpty()) repeatableHistory.create(c);
            for (RepeatableMigration r : repeatables) repeatableHistory.record(c, r, by);
            c.commit();
            context.log().info("Imported from " + FLYWAY_TABLE + ": " + upTo.size() + " migrations and " + repeatables.size()
                    + " repeatable ones recorded as applied in " + history.name() + " (" + FLYWAY_TABLE + " left as it is)");
            context.log().info("Current database version: " + at + (at == 0 ? "" : " (Flyway version " + flyway.get(at).version() + ")"));
            return at;
        } catch (SQLException e) {
            throw context.connections().databaseError(e);
        }
    }

    private static Map<Long, FlywayLayout.Versioned> flywayOf(List<MigrationFile> files) {
        if (files instanceof MigrationsInBackground b) return b.flyway();
        return files instanceof MigrationFiles m ? m.flyway() : Map.of();
    }

    /** The Cairn version of the file with this Flyway version; -1 when none has it. */
    private static long ordinalOf(Map<Long, FlywayLayout.Versioned> flyway, String version) {
        FlywayVersion v = FlywayVersion.parse(version);
        return flyway.entrySet().stream().filter(e -> e.getValue().version().sameAs(v)).mapToLong(Map.Entry::getKey).findFirst().orElse(-1);
    }

    private List<FlywayRow> read(Connection c) throws SQLException {
        if (!new HistoryTableReader(context.engine(), FLYWAY_TABLE).exists(c)) {
            throw new MigrationProblem("There is no " + FLYWAY_TABLE + " in the database: db:import-flyway imports what Flyway applied;"
                    + " for a database without any history use db:baseline");
        }
        List<FlywayRow> out = new ArrayList<>();
        String table = context.engine().renderer().quote(FLYWAY_TABLE);
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT installed_rank, version, description, type, script, checksum, success FROM " + table
                     + " ORDER BY installed_rank")) {
            while (r.next()) {
                int checksum = r.getInt(6);
                Integer sum = r.wasNull() ? null : checksum;
                out.add(new FlywayRow(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5), sum, r.getBoolean(7)));
            }
        }
        return out;
    }
}

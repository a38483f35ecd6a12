package dev.cairn.dialect.change;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.ReplayStep;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.SchemaDifferences;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The check every change test makes, on fresh databases:
 * <ol>
 * <li><b>down</b>: run the before script, replay it into the before-model; run the up script and replay it into its
 * changes; render the inverse of each change, last first, against the schema it applies to; run that; the database
 * reads back as the before-model;</li>
 * <li><b>up</b>: on a second database holding the before script, render the changes themselves; the database reads
 * back as the replayed after-model.</li>
 * </ol>
 * Statements run the way the migrator runs a migration: in one transaction on SQLite and PostgreSQL, and on SQLite
 * with foreign keys switched off around it when {@link ChangeRenderer#needsForeignKeysOff} asks, with
 * {@code PRAGMA foreign_key_check} empty before commit.
 */
final class ChangeRoundTrip {
    private ChangeRoundTrip() {
    }

    /** What a round trip rendered, for tests that look at the SQL too. */
    record Rendered(List<String> up, List<String> down, boolean foreignKeysOff) {
    }

    static Rendered assertRoundTrip(Dialect dialect, String beforeScript, String upScript) throws Exception {
        return assertRoundTrip(dialect, beforeScript, upScript, engine -> { });
    }

    interface Check {
        void on(Engine engine) throws Exception;
    }

    /** {@code afterDown} runs on the database that went up and down again (counting rows, say). */
    static Rendered assertRoundTrip(Dialect dialect, String beforeScript, String upScript, Check afterDown) throws Exception {
        List<String> down;
        List<String> up;
        boolean fkOff;
        Schema beforeModel;
        Schema afterModel;
        List<SchemaChange> changes;
        try (Engine db = Engine.fresh(dialect)) {
            Replayer replayer = new Replayer(dialect);
            beforeModel = replayer.replay(Schema.EMPTY, db.split(beforeScript)).schema();
            ReplayResult upResult = replayer.replay(beforeModel, db.split(upScript));
            afterModel = upResult.schema();
            changes = new ArrayList<>();
            for (ReplayStep s : upResult.steps()) changes.addAll(s.changes());
            assertFalse(changes.isEmpty(), "the up script changes nothing");
            db.runScript(beforeScript);
            same("replay of the before script ≠ the database (a replay problem)", db.asStored(beforeModel), db.introspect(), beforeScript);
            db.runScript(upScript);
            same("replay of the up script ≠ the database (a replay problem)", db.asStored(afterModel), db.introspect(), upScript);

            ChangeRenderer renderer = Engines.of(dialect).changeRenderer();
            List<Schema> states = states(beforeModel, changes);
            down = new ArrayList<>();
            fkOff = false;
            for (int i = changes.size() - 1; i >= 0; i--) {
                SchemaChange inverse = changes.get(i).inverse();
                down.addAll(renderer.render(states.get(i + 1), inverse));
                fkOff |= renderer.needsForeignKeysOff(states.get(i + 1), inverse);
            }
            runAsMigration(db, down, fkOff);
            same("the derived down did not bring back the before-model", db.asStored(beforeModel), db.introspect(), String.join(";\n", down));
            afterDown.on(db);
        }
        try (Engine db = Engine.fresh(dialect)) {
            db.runScript(beforeScript);
            ChangeRenderer renderer = Engines.of(dialect).changeRenderer();
            List<Schema> states = states(beforeModel, changes);
            up = new ArrayList<>();
            boolean upFkOff = false;
            for (int i = 0; i < changes.size(); i++) {
                up.addAll(renderer.render(states.get(i), changes.get(i)));
                upFkOff |= renderer.needsForeignKeysOff(states.get(i), changes.get(i));
            }
            runAsMigration(db, up, upFkOff);
            same("the rendered changes did not give the after-model", db.asStored(afterModel), db.introspect(), String.join(";\n", up));
        }
        return new Rendered(up, down, fkOff);
    }

    /** states.get(i) is the schema change i applies to; the last one is the schema after all of them. */
    private static List<Schema> states(Schema start, List<SchemaChange> changes) {
        List<Schema> out = new ArrayList<>(List.of(start));
        for (SchemaChange c : changes) out.add(c.applyTo(out.get(out.size() - 1)));
        return out;
    }

    static void runAsMigration(Engine db, List<String> statements, boolean foreignKeysOff) throws SQLException {
        Connection c = db.connection();
        boolean transactional = db.dialect() != Dialect.MARIADB && db.dialect() != Dialect.MYSQL;
        if (foreignKeysOff) db.execute(List.of("PRAGMA foreign_keys = OFF"));
        if (transactional) c.setAutoCommit(false);
        try {
            db.execute(statements);
            if (foreignKeysOff) assertEquals(List.of(), db.column("PRAGMA foreign_key_check"), "foreign key violations after the rebuild");
            if (transactional) c.commit();
        } catch (SQLException e) {
            if (transactional) c.rollback();
            throw new SQLException(e.getMessage() + "\n--- statements ---\n" + String.join(";\n", statements), e);
        } catch (RuntimeException | Error e) {
            if (transactional) c.rollback();
            throw e;
        } finally {
            if (transactional) c.setAutoCommit(true);
            if (foreignKeysOff) db.execute(List.of("PRAGMA foreign_keys = ON"));
        }
    }

    private static void same(String what, Schema expected, Schema actual, String sql) {
        SchemaDifferences diff = SchemaDifferences.between(expected, actual);
        if (!diff.isEmpty()) fail(what + ":\n  " + diff.toString().replace("\n", "\n  ") + "\n--- SQL ---\n" + sql);
    }
}

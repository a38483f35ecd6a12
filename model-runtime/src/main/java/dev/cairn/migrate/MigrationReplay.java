package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.ReplayStep;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.ArrayList;
import java.util.List;

/** Replays every migration file in order: the schema at each version, the single source of truth. */
public final class MigrationReplay {
    private MigrationReplay() {
    }

    public static List<ReplayedMigration> of(Dialect dialect, List<MigrationFile> files) {
        Engine engine = Engines.of(dialect);
        StatementSplitter splitter = new StatementSplitter(engine.syntax());
        Replayer replayer = new Replayer(dialect);
        List<ReplayedMigration> out = new ArrayList<>(files.size());
        Schema schema = Schema.EMPTY;
        for (MigrationFile m : files) {
            List<SqlStatement> statements = upStatements(splitter, m);
            ReplayResult r = replayer.replay(schema, statements);
            if (engine.migration().rebuildRestoresTriggers() && RebuildMarker.in(m.upSql())) r = restoringTriggers(schema, r);
            out.add(new ReplayedMigration(m, r.steps(), schema, r.schema()));
            schema = r.schema();
        }
        return out;
    }

    /**
     * A rebuild-marked migration on SQLite: the triggers of {@code before} that its statements dropped with their
     * table come back on the table of that name, as the migrator's rebuild run creates them again; their creation is
     * one more change of the last step, so that the derived down drops them first.
     */
    private static ReplayResult restoringTriggers(Schema before, ReplayResult r) {
        Schema.Builder after = r.schema().toBuilder();
        List<SchemaChange> restored = new ArrayList<>();
        for (Routine trigger : before.routines().values()) {
            if (!trigger.isTrigger() || after.table(trigger.table()).isEmpty() || !after.routinesNamed(Routine.Kind.TRIGGER, trigger.name()).isEmpty())
                continue;
            SchemaChange created = new SchemaChange.RoutineCreated(trigger.withTable(after.table(trigger.table()).get().name()));
            created.applyTo(after);
            restored.add(created);
        }
        if (restored.isEmpty() || r.steps().isEmpty()) return r;
        List<ReplayStep> steps = new ArrayList<>(r.steps());
        ReplayStep last = steps.remove(steps.size() - 1);
        List<SchemaChange> changes = new ArrayList<>(last.changes());
        changes.addAll(restored);
        steps.add(new ReplayStep(last.statement(), changes, false));
        return new ReplayResult(after.build(), steps);
    }

    /** The up part's statements, positioned in the file. */
    static List<SqlStatement> upStatements(StatementSplitter splitter, MigrationFile m) {
        return shifted(splitter.split(m.displayName(), m.upSql()), m.upStartLine());
    }

    /** The written down part's statements, positioned in the file. */
    static List<SqlStatement> downStatements(StatementSplitter splitter, MigrationFile m) {
        return shifted(splitter.split(m.displayName(), m.downSql()), m.downStartLine());
    }

    private static List<SqlStatement> shifted(List<SqlStatement> statements, int startLine) {
        return statements.stream().map(s -> new SqlStatement(s.sql(), new SourcePosition(s.position().file(),
                s.position().line() + startLine - 1, s.position().column()))).toList();
    }
}

package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.ReplayStep;
import dev.cairn.replay.Replayer;
import dev.cairn.replay.UnknownEffect;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Replays every migration file in order: the schema at each version, the single source of truth. */
public final class MigrationReplay {
    private MigrationReplay() {
    }

    /** Replays without a scratch database: a statement whose effect on the schema is unknown is refused. */
    public static List<ReplayedMigration> of(Dialect dialect, List<MigrationFile> files) {
        return of(dialect, files, DevDatabase.NONE);
    }

    /**
     * Replays the files in order. After a file holding a statement whose effect on the schema replay cannot know (DDL
     * built at run time), the schema is the one {@code dev} reads back after applying the files up to that one; replay
     * goes on from there. Without a scratch database such a statement is a {@link dev.cairn.sql.SqlProblem} at its
     * position, never a wrong model.
     */
    public static List<ReplayedMigration> of(Dialect dialect, List<MigrationFile> files, DevDatabase dev) {
        Engine engine = Engines.of(dialect);
        StatementSplitter splitter = new StatementSplitter(engine.syntax());
        Replayer replayer = new Replayer(dialect);
        List<ReplayedMigration> out = new ArrayList<>(files.size());
        Schema schema = Schema.EMPTY;
        try (DevDatabase.Session session = dev.session(dialect)) {
            for (int k = 0; k < files.size(); k++) {
                MigrationFile m = files.get(k);
                ReplayResult r = replayer.replay(schema, upStatements(splitter, m));
                if (engine.migration().rebuildRestoresTriggers() && RebuildMarker.in(m.upSql())) r = restoringTriggers(schema, r);
                Optional<UnknownEffect> unknown = r.unknownEffect();
                Schema after = unknown.isPresent() ? session.schemaAfter(files.subList(0, k + 1), unknown.get()) : r.schema();
                out.add(new ReplayedMigration(m, r.steps(), schema, after));
                schema = after;
            }
        }
        return out;
    }

    /**
     * A rebuild-marked migration on SQLite: the triggers of {@code before} that its statements dropped with their
     * table come back on the table of that name, as the migrator's rebuild run creates them again; their creation is
     * one more change of the last step, so that the derived down drops them first.
     */
    static ReplayResult restoringTriggers(Schema before, ReplayResult r) {
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
        try {
            return shifted(splitter.split(m.displayName(), m.downSql()), m.downStartLine());
        } catch (SqlProblem e) {
            SourcePosition at = e.position();
            if (at == null) throw e;
            throw new SqlProblem(new SourcePosition(at.file(), at.line() + m.downStartLine() - 1, at.column()), e.statement(), e.problem(), e.hint(), e);
        }
    }

    private static List<SqlStatement> shifted(List<SqlStatement> statements, int startLine) {
        return statements.stream().map(s -> new SqlStatement(s.sql(), new SourcePosition(s.position().file(),
                s.position().line() + startLine - 1, s.position().column()))).toList();
    }
}

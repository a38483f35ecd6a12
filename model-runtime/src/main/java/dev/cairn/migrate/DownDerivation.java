package dev.cairn.migrate;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.RebuildMarker;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The down of a migration (DESIGN.md, "Down migrations"): a written {@code -- migrate:down} part wins; otherwise the
 * inverse of every change, in reverse order, rendered for the dialect; within one statement's inverse, what depends on
 * tables goes before the tables change and comes back after them ({@link UndoPhase}). Statements that change data in tables the
 * migration itself creates need no inverse (dropping the tables undoes them); settings and queries need none; a plain
 * {@code INSERT … VALUES} with literal keys into an earlier table is undone by a {@code DELETE} of those keys
 * ({@link InsertedRows}); any other opaque statement makes the migration irreversible without a written down.
 */
public final class DownDerivation {
    private final Dialect dialect;
    private final Engine engine;
    private final ChangeRenderer renderer;

    public DownDerivation(Dialect dialect) {
        this.dialect = dialect;
        this.engine = Engines.of(dialect);
        this.renderer = engine.changeRenderer();
    }

    public DownMigration of(ReplayedMigration m) {
        if (m.file().hasWrittenDown()) return written(m.file());
        return ofFirstSteps(m, m.steps().size());
    }

    /** The down part written in {@code file}, which must have one. */
    public DownMigration written(MigrationFile file) {
        List<String> written = MigrationReplay.downStatements(new StatementSplitter(Engines.of(dialect).syntax()), file).stream().map(SqlStatement::sql).toList();
        return new DownMigration(written, true, null, RebuildMarker.in(file.downSql()));
    }

    /**
     * The derived inverse of the first {@code stepsRun} statements of a migration, in reverse order (what undoes a
     * migration that stopped half-way); the written down part does not count here, as it undoes the whole migration.
     */
    public DownMigration ofFirstSteps(ReplayedMigration m, int stepsRun) {
        List<ReplayStep> steps = m.steps().subList(0, stepsRun);
        Set<String> created = createdTables(steps);
        for (ReplayStep step : steps) {
            if (step.effectUnknown()) return new DownMigration(List.of(), false, runsDynamicDdl(m, step));
        }
        List<List<String>> perStep = new ArrayList<>();
        boolean rebuilds = false;
        Schema s = m.before();
        for (ReplayStep step : steps) {
            List<String> undo = new ArrayList<>();
            if (step.opaque() && !OpaqueStatements.needsNoInverse(dialect, step.statement(), created)) {
                SqlStatement st = step.statement();
                InsertedRows inserted = InsertedRows.of(engine, st, s);
                if (inserted == null || inserted.delete() == null) return new DownMigration(List.of(), false, cannotBeUndone(m, st, inserted));
                undo.add(inserted.delete());
            }
            List<List<String>> byPhase = new ArrayList<>();
            for (int k = 0; k < UndoPhase.values().length; k++) byPhase.add(new ArrayList<>());
            for (SchemaChange c : step.changes()) {
                Schema after = c.applyTo(s);
                SchemaChange inverse = c.inverse();
                rebuilds |= renderer.needsForeignKeysOff(after, inverse);
                byPhase.get(UndoPhase.of(inverse).ordinal()).addAll(0, renderer.render(after, inverse));
                s = after;
            }
            for (List<String> phase : byPhase) undo.addAll(phase);
            perStep.add(undo);
        }
        List<String> down = new ArrayList<>();
        for (int k = perStep.size() - 1; k >= 0; k--) down.addAll(perStep.get(k));
        return new DownMigration(down, false, null, rebuilds);
    }

    /**
     * Why no down can be derived for the migration (what {@link #of} puts in {@link DownMigration#irreversible()}),
     * found without rendering one; empty when it has a written down part or a down can be derived.
     */
    public Optional<String> whyIrreversible(ReplayedMigration m) {
        if (m.file().hasWrittenDown()) return Optional.empty();
        List<ReplayStep> steps = m.steps();
        for (ReplayStep step : steps) {
            if (step.effectUnknown()) return Optional.of(runsDynamicDdl(m, step));
        }
        Set<String> created = null;
        Schema s = m.before();
        int applied = 0;
        for (int k = 0; k < steps.size(); k++) {
            ReplayStep step = steps.get(k);
            if (!step.opaque()) continue;
            if (created == null) created = createdTables(steps);
            if (OpaqueStatements.needsNoInverse(dialect, step.statement(), created)) continue;
            for (; applied < k; applied++) {
                for (SchemaChange c : steps.get(applied).changes()) s = c.applyTo(s);
            }
            InsertedRows inserted = InsertedRows.of(engine, step.statement(), s);
            if (inserted == null || inserted.delete() == null) return Optional.of(cannotBeUndone(m, step.statement(), inserted));
        }
        return Optional.empty();
    }

    private static Set<String> createdTables(List<ReplayStep> steps) {
        Set<String> created = new HashSet<>();
        for (ReplayStep step : steps) {
            for (SchemaChange c : step.changes()) {
                if (c instanceof SchemaChange.TableCreated t) created.add(t.table().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return created;
    }

    private static String runsDynamicDdl(ReplayedMigration m, ReplayStep step) {
        return step.unknownEffect().position() + ": " + step.statement().quoted() + " runs DDL built at run time ("
                + step.unknownEffect().why() + "), which cannot be undone from the schema model; write a -- migrate:down part in "
                + m.file().displayName();
    }

    private static String cannotBeUndone(ReplayedMigration m, SqlStatement st, InsertedRows inserted) {
        return st.position() + ": " + st.quoted() + " cannot be undone from the schema model"
                + (inserted == null ? "" : " (" + inserted.why() + ")") + "; write a -- migrate:down part in " + m.file().displayName();
    }
}

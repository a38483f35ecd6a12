package dev.cairn.migrate;

import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.Dialect;
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
import java.util.Set;

/**
 * The down of a migration (DESIGN.md, "Down migrations"): a written {@code -- migrate:down} part wins; otherwise the
 * inverse of every change, in reverse order, rendered for the dialect. Statements that change data in tables the
 * migration itself creates need no inverse (dropping the tables undoes them); settings and queries need none; any
 * other opaque statement makes the migration irreversible without a written down.
 */
public final class DownDerivation {
    private final Dialect dialect;
    private final ChangeRenderer renderer;

    public DownDerivation(Dialect dialect) {
        this.dialect = dialect;
        this.renderer = Engines.of(dialect).changeRenderer();
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
        Set<String> created = new HashSet<>();
        for (ReplayStep step : steps) {
            for (SchemaChange c : step.changes()) {
                if (c instanceof SchemaChange.TableCreated t) created.add(t.table().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        for (ReplayStep step : steps) {
            if (step.effectUnknown()) {
                SqlStatement s = step.statement();
                return new DownMigration(List.of(), false, step.unknownEffect().position() + ": " + s.quoted() + " runs DDL built at run time ("
                        + step.unknownEffect().why() + "), which cannot be undone from the schema model; write a -- migrate:down part in "
                        + m.file().displayName());
            }
        }
        for (ReplayStep step : steps) {
            if (step.opaque() && !OpaqueStatements.needsNoInverse(dialect, step.statement(), created)) {
                SqlStatement s = step.statement();
                return new DownMigration(List.of(), false, s.position() + ": " + s.quoted()
                        + " cannot be undone from the schema model; write a -- migrate:down part in " + m.file().displayName());
            }
        }
        List<Schema> states = new ArrayList<>();
        List<SchemaChange> changes = new ArrayList<>();
        Schema s = m.before();
        for (ReplayStep step : steps) {
            for (SchemaChange c : step.changes()) {
                changes.add(c);
                s = c.applyTo(s);
                states.add(s);
            }
        }
        List<String> down = new ArrayList<>();
        boolean rebuilds = false;
        for (int k = changes.size() - 1; k >= 0; k--) {
            SchemaChange inverse = changes.get(k).inverse();
            rebuilds |= renderer.needsForeignKeysOff(states.get(k), inverse);
            down.addAll(renderer.render(states.get(k), inverse));
        }
        return new DownMigration(down, false, null, rebuilds);
    }
}

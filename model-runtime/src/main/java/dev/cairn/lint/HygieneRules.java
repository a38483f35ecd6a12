package dev.cairn.lint;

import dev.cairn.migrate.WrittenDownCheck;
import dev.cairn.replay.ReplayStep;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Index;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.SourcePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Schemas and migrations that work, but are not what they should be. */
final class HygieneRules {
    private HygieneRules() {
    }

    static List<LintRule> all() {
        return List.of(new ForeignKeyWithoutIndex(), new TableWithoutPrimaryKey(), new Irreversible(), new DownMismatch());
    }

    static final class ForeignKeyWithoutIndex extends LintRule {
        ForeignKeyWithoutIndex() {
            super("fk-without-index", Severity.WARNING, LintCategory.HYGIENE, Set.of("postgresql"),
                    "a foreign key whose columns no index leads with",
                    "PostgreSQL does not index a foreign key's columns by itself. Without an index, every DELETE or key UPDATE "
                            + "of the referenced table scans the referencing table (under a lock), and joins along the key are slow. "
                            + "An index created later in the same migration counts.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange c : s.changes()) {
                List<ForeignKey> added = new ArrayList<>();
                if (c instanceof SchemaChange.TableCreated t) added.addAll(t.table().foreignKeys());
                else if (c instanceof SchemaChange.TableAltered a) {
                    for (ForeignKey fk : a.after().foreignKeys()) if (!a.before().foreignKeys().contains(fk)) added.add(fk);
                } else continue;
                for (ForeignKey fk : added) {
                    String tableName = c instanceof SchemaChange.TableCreated t ? t.table().name() : ((SchemaChange.TableAltered) c).after().name();
                    Optional<Table> atEnd = s.migration().replayed().after().table(tableName);
                    if (atEnd.isEmpty() || !atEnd.get().foreignKeys().contains(fk) || indexed(atEnd.get(), fk.columns())) continue;
                    out.add(this, s.position(), "foreign key " + (fk.name() == null ? "" : fk.name() + " ") + "on " + tableName
                            + fk.columns() + " has no index leading with its columns", "CREATE INDEX ON " + tableName + " ("
                            + String.join(", ", fk.columns()) + ")");
                }
            }
        }

        private static boolean indexed(Table t, List<String> columns) {
            if (t.primaryKey() != null && leads(t.primaryKey().columns(), columns)) return true;
            for (UniqueConstraint u : t.uniqueConstraints()) if (leads(u.columns(), columns)) return true;
            for (Index i : t.indexes()) if (i.where() == null && leads(i.columnNames(), columns)) return true;
            return false;
        }

        private static boolean leads(List<String> key, List<String> columns) {
            if (key.size() < columns.size()) return false;
            for (int k = 0; k < columns.size(); k++) if (!key.get(k).equalsIgnoreCase(columns.get(k))) return false;
            return true;
        }
    }

    static final class TableWithoutPrimaryKey extends LintRule {
        TableWithoutPrimaryKey() {
            super("table-without-primary-key", Severity.WARNING, LintCategory.HYGIENE, Set.of(),
                    "a table created without a primary key",
                    "A table without a primary key has rows nothing can name: duplicates creep in, replication (logical "
                            + "replication, Galera, MySQL group replication) refuses or crawls on its updates and deletes, and Cairn's "
                            + "generated classes cannot update a row. Checked at the end of the migration that created it.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange c : s.changes()) {
                if (!(c instanceof SchemaChange.TableCreated t)) continue;
                Optional<Table> atEnd = s.migration().replayed().after().table(t.table().name());
                if (atEnd.isEmpty() || atEnd.get().primaryKey() != null) continue;
                out.add(this, s.position(), "table " + t.table().name() + " has no primary key", "add a PRIMARY KEY (an identity "
                        + "column if nothing else names a row)");
            }
        }
    }

    static final class Irreversible extends LintRule {
        Irreversible() {
            super("irreversible-migration", Severity.INFO, LintCategory.HYGIENE, Set.of(),
                    "a migration Cairn cannot derive a down for, and that has no written one",
                    "Cairn derives each migration's down from the schema model. A statement it cannot invert (a data change "
                            + "other than a plain INSERT of literal rows, DDL built at run time) leaves the migration without a down: "
                            + "db:downgrade refuses to go below it. Write a -- migrate:down part.");
        }

        @Override
        void migration(LintedMigration m, Findings out) {
            Optional<String> why = m.downs().whyIrreversible(m.replayed());
            if (why.isEmpty()) return;
            SourcePosition at = new SourcePosition(m.file().displayName(), m.file().upStartLine(), 1);
            for (ReplayStep step : m.replayed().steps()) {
                if (why.get().startsWith(step.statement().position() + ":")) at = step.statement().position();
            }
            out.add(this, at, "no down can be derived: " + why.get(), "write a -- migrate:down part that undoes the migration");
        }
    }

    static final class DownMismatch extends LintRule {
        DownMismatch() {
            super(WrittenDownCheck.RULE, Severity.ERROR, LintCategory.HYGIENE, Set.of(),
                    "a written down that does not give back the schema before its up",
                    "Cairn replays the written -- migrate:down part over the schema after the up: it must give back the schema "
                            + "before it. A down that forgets an index or a column the up created, or drops the wrong one, is "
                            + "reported with what differs, without a database.");
        }

        @Override
        void migration(LintedMigration m, Findings out) {
            WrittenDownCheck.Mismatch x = new WrittenDownCheck(m.engine().dialect()).mismatch(m.replayed());
            if (x == null) return;
            out.add(this, x.at(), x.why() + (x.differences().isEmpty() ? "" : ": " + String.join("; ", x.differences())),
                    "make the -- migrate:down part undo every change of the up (expected: the schema before, actual: after the down)");
        }
    }
}

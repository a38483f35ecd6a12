package dev.cairn.lint;

import dev.cairn.schema.Column;
import dev.cairn.schema.Names;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Statements that throw rows or values of an existing table away. */
final class DataLossRules {
    private DataLossRules() {
    }

    static List<LintRule> all() {
        return List.of(new DropTable(), new DropColumn(), new NarrowingType(), new Truncate(), new UnboundedDelete());
    }

    static final class DropTable extends LintRule {
        DropTable() {
            super("drop-table", Severity.WARNING, LintCategory.DATA_LOSS, Set.of(),
                    "DROP TABLE of a table that existed before this migration",
                    "Dropping a table deletes its rows for good, and the application version still running (which knows the "
                            + "table) fails on it. Stop using the table in one release, drop it in a later one. Not reported: a table "
                            + "created in the same migration, and a table whose rows an INSERT … SELECT of the same migration copied "
                            + "first (a rebuild).");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange c : s.changes()) {
                if (!(c instanceof SchemaChange.TableDropped d) || !s.existedBefore(d.table().name())) continue;
                if (copiedEarlier(s, d.table().name())) continue;
                out.add(this, s.position(), "DROP TABLE " + d.table().name() + " deletes a table that existed before this migration, "
                        + "with its rows", "stop using the table first and drop it in a later release; keep a backup if the rows matter");
            }
        }

        /** Whether an earlier statement of the migration reads the table into another ({@code INSERT … SELECT … FROM t}). */
        private static boolean copiedEarlier(LintedStatement s, String table) {
            for (LintedStatement earlier : s.migration().statementsSoFar()) {
                if (earlier == s) break;
                if (earlier.startsWith("INSERT") && Names.same(earlier.nameAfter("FROM"), table)) return true;
            }
            return false;
        }
    }

    static final class DropColumn extends LintRule {
        DropColumn() {
            super("drop-column", Severity.WARNING, LintCategory.DATA_LOSS, Set.of(),
                    "DROP COLUMN of a column that existed before this migration",
                    "Dropping a column deletes its values for good, and the application version still running selects or "
                            + "inserts it and fails. Stop reading and writing the column in one release, drop it in a later one.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange.TableAltered a : s.alterations()) {
                Optional<Table> original = s.migration().before(a.before().name());
                if (original.isEmpty()) continue;
                for (Column c : a.before().columns()) {
                    if (a.after().hasColumn(c.name()) || !original.get().hasColumn(c.name())) continue;
                    out.add(this, s.positionOf("DROP"), "dropping " + a.before().name() + "." + c.name() + " deletes its values, and "
                            + "the running application still uses it", "stop using the column first and drop it in a later release");
                }
            }
        }
    }

    static final class NarrowingType extends LintRule {
        NarrowingType() {
            super("narrowing-type", Severity.WARNING, LintCategory.DATA_LOSS, Set.of(),
                    "a column's type made narrower: shorter, fewer digits, a smaller number, another kind",
                    "A shorter varchar, a numeric with fewer digits, a smaller integer or a type of another kind either fails "
                            + "on the rows that do not fit (and the migration with it) or, where the engine truncates silently "
                            + "(MySQL without strict mode), loses part of the values.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (Column c : a.after().columns()) {
                    Optional<Column> was = a.before().column(c.name());
                    if (was.isEmpty()) continue;
                    TypeChange change = new TypeChange(was.get().type(), c.type());
                    if (!change.narrows()) continue;
                    out.add(this, s.position(), "changing " + a.before().name() + "." + c.name() + " from " + change.describe()
                            + " may not hold every existing value", "check the longest or largest value first, or keep the wider type");
                }
            }
        }
    }

    static final class Truncate extends LintRule {
        Truncate() {
            super("truncate", Severity.WARNING, LintCategory.DATA_LOSS, Set.of(), "TRUNCATE",
                    "TRUNCATE deletes every row of the table (and, with CASCADE, of the tables referencing it); no migration "
                            + "down can bring them back.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("TRUNCATE")) return;
            String table = s.nameAfter("TRUNCATE");
            if (table != null && !s.existedBefore(table)) return;
            out.add(this, s.position(), "TRUNCATE deletes every row of " + (table == null ? "the table" : table),
                    "delete only the rows you mean, with a WHERE, or move them aside first");
        }
    }

    static final class UnboundedDelete extends LintRule {
        UnboundedDelete() {
            super("unbounded-delete-update", Severity.WARNING, LintCategory.DATA_LOSS, Set.of(), "DELETE or UPDATE without WHERE",
                    "A DELETE or UPDATE without WHERE touches every row of a table that existed before this migration: all its rows "
                            + "gone or overwritten, and on a big table one long transaction holding row locks on all of them.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            boolean delete = s.startsWith("DELETE");
            if (!delete && !s.startsWith("UPDATE") || s.hasWords("WHERE")) return;
            String table = delete ? s.nameAfter("FROM") : s.nameAfter("UPDATE");
            if (table != null && !s.existedBefore(table)) return;
            out.add(this, s.position(), (delete ? "DELETE" : "UPDATE") + " without WHERE " + (delete ? "deletes" : "overwrites")
                    + " every row of " + (table == null ? "the table" : table), "add a WHERE for the rows you mean (WHERE true if every row is meant)");
        }
    }
}

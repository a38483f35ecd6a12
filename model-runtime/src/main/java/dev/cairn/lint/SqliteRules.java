package dev.cairn.lint;

import dev.cairn.schema.Column;
import dev.cairn.schema.SchemaChange;

import java.util.List;
import java.util.Set;

/** SQLite statements that rewrite every row of an existing table, with the whole database locked for writes meanwhile. */
final class SqliteRules {
    private SqliteRules() {
    }

    static List<LintRule> all() {
        return List.of(new TableRebuild());
    }

    static final class TableRebuild extends LintRule {
        TableRebuild() {
            super("sqlite-table-rebuild", Severity.WARNING, LintCategory.LOCKING, Set.of("sqlite"),
                    "a statement that rebuilds an existing table (DROP COLUMN, or the create-copy-drop-rename rebuild)",
                    "SQLite's ALTER TABLE only renames and adds columns in place. DROP COLUMN rewrites every row of the table, "
                            + "and any other change is a rebuild: a new table, the rows copied, the old one dropped, the new one "
                            + "renamed. Either holds the database's write lock for the whole copy, and a rebuild with foreign keys "
                            + "on can delete referencing rows: mark it -- cairn:rebuild so that Cairn runs it with them off.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange c : s.changes()) {
                if (c instanceof SchemaChange.TableDropped d && s.existedBefore(d.table().name())
                        && s.migration().replayed().after().table(d.table().name()).isPresent()) {
                    out.add(this, s.position(), "the table " + d.table().name() + " is rebuilt: every row is copied while the database "
                            + "is locked for writes", "keep the migration short on a big table, and mark it -- cairn:rebuild");
                }
            }
            if (!s.startsWith("ALTER", "TABLE") || !s.hasWords("DROP")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (Column col : a.before().columns()) {
                    if (a.after().hasColumn(col.name())) continue;
                    out.add(this, s.positionOf("DROP"), "DROP COLUMN " + col.name() + " rewrites every row of " + a.before().name()
                            + " while the database is locked for writes", "drop columns of big tables at a quiet time, several in one rebuild");
                }
            }
        }
    }
}

package dev.cairn.lint;

import dev.cairn.schema.Column;
import dev.cairn.schema.Identity;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Changes the application version still running breaks on: it was built against the schema before this migration,
 * and runs against the one after it until the new version is rolled out.
 */
final class CompatibilityRules {
    private CompatibilityRules() {
    }

    static List<LintRule> all() {
        return List.of(new RenameTable(), new RenameColumn(), new NotNullWithoutDefault(), new TypeChanged());
    }

    static final class RenameTable extends LintRule {
        RenameTable() {
            super("rename-table", Severity.WARNING, LintCategory.COMPATIBILITY, Set.of(), "renaming a table that existed before this migration",
                    "The running application still uses the old name and fails from the moment the migration commits. Create "
                            + "the new table (or a view under the new name), move the application over, then drop the old one.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange c : s.changes()) {
                if (c instanceof SchemaChange.TableRenamed r && s.existedBefore(r.from())) {
                    out.add(this, s.position(), "renaming " + r.from() + " to " + r.to() + " breaks the running application, which uses "
                            + r.from(), "add the new name beside the old one (a view, or a copy kept in sync) and remove the old one in a later release");
                }
            }
        }
    }

    static final class RenameColumn extends LintRule {
        RenameColumn() {
            super("rename-column", Severity.WARNING, LintCategory.COMPATIBILITY, Set.of(), "renaming a column that existed before this migration",
                    "The running application still reads and writes the old column name and fails. Add the new column, write "
                            + "both, move the reads, then drop the old column in a later release.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange c : s.changes()) {
                if (!(c instanceof SchemaChange.ColumnRenamed r)) continue;
                Optional<Table> original = s.migration().before(r.table());
                if (original.isEmpty() || !original.get().hasColumn(r.from())) continue;
                out.add(this, s.position(), "renaming " + r.table() + "." + r.from() + " to " + r.to() + " breaks the running "
                        + "application, which uses " + r.from(), "add the new column beside the old one, write both, and drop the old one in a later release");
            }
        }
    }

    static final class NotNullWithoutDefault extends LintRule {
        NotNullWithoutDefault() {
            super("not-null-without-default", Severity.WARNING, LintCategory.COMPATIBILITY, Set.of(),
                    "a column of an existing table becomes NOT NULL without a default",
                    "The running application does not know the new column (or still writes NULL into the old one): its INSERTs "
                            + "fail once the column is NOT NULL without a default. Cairn follows the column through the migration: a "
                            + "column added nullable and made NOT NULL later in the same migration is reported too.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange.TableAltered a : s.alterations()) {
                Optional<Table> original = s.migration().before(a.before().name());
                if (original.isEmpty()) continue;
                for (Column c : a.after().columns()) {
                    if (c.nullable() || c.defaultExpression() != null || c.identity() != Identity.NONE || c.generatedExpression() != null) continue;
                    Optional<Column> justBefore = a.before().column(c.name());
                    if (justBefore.isPresent() && !justBefore.get().nullable()) continue;
                    Optional<Column> atStart = original.get().column(c.name());
                    if (atStart.isPresent() && !atStart.get().nullable()) continue;
                    String what = atStart.isEmpty() ? "the new column " + a.after().name() + "." + c.name() + " is NOT NULL without a default"
                            : a.after().name() + "." + c.name() + " becomes NOT NULL without a default";
                    out.add(this, s.position(), what + ": INSERTs of the running application, which " + (atStart.isEmpty()
                            ? "does not set it" : "may leave it NULL") + ", fail", "give the column a DEFAULT, or make it NOT NULL "
                            + "only once every application version writes it");
                }
            }
        }
    }

    static final class TypeChanged extends LintRule {
        TypeChanged() {
            super("column-type-change", Severity.WARNING, LintCategory.COMPATIBILITY, Set.of(),
                    "changing the type of a column that existed before this migration",
                    "The running application reads and binds the column as its old type: a changed type can fail its queries "
                            + "or its mapping (a number read as a string, a timestamp with or without time zone). Only widening a "
                            + "character type is not reported.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            for (SchemaChange.TableAltered a : s.alterations()) {
                Optional<Table> original = s.migration().before(a.before().name());
                if (original.isEmpty()) continue;
                for (Column c : a.after().columns()) {
                    Optional<Column> was = a.before().column(c.name());
                    if (was.isEmpty() || !original.get().hasColumn(c.name())) continue;
                    TypeChange change = new TypeChange(was.get().type(), c.type());
                    if (!change.changed() || change.widensCharacters()) continue;
                    out.add(this, s.position(), "the type of " + a.before().name() + "." + c.name() + " changes from " + change.describe()
                            + ", which the running application may not read or write", "add a column of the new type beside the old "
                            + "one and move the application over before dropping the old column");
                }
            }
        }
    }
}

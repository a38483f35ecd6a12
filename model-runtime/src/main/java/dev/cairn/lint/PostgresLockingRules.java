package dev.cairn.lint;

import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.Identity;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL statements that lock an existing table for as long as the table is big: while they scan or rewrite it,
 * reads or writes wait (and every statement queued behind them). A table this migration created is empty, so none of
 * these rules fire on it.
 */
final class PostgresLockingRules {
    private static final Set<String> POSTGRES = Set.of("postgresql");

    private PostgresLockingRules() {
    }

    static List<LintRule> all() {
        return List.of(new IndexNotConcurrent(), new DropIndexNotConcurrent(), new ConstraintNotValid(), new SetNotNull(), new TypeRewrite(), new VolatileDefault(),
                new KeyWithoutIndex(), new ExclusiveLock(), new ConcurrentlyInTransaction());
    }

    private static String plural(List<?> list, String one) {
        return list.size() == 1 ? one : one + "s";
    }

    static final class IndexNotConcurrent extends LintRule {
        IndexNotConcurrent() {
            super("pg-index-not-concurrent", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "CREATE INDEX without CONCURRENTLY on a table that existed before this migration",
                    "CREATE INDEX takes a SHARE lock on the table: every INSERT, UPDATE and DELETE waits until the whole index is "
                            + "built, minutes on a big table. CREATE INDEX CONCURRENTLY builds it while writes go on. Cairn knows "
                            + "which migration created each table: an index on a table created in the same migration is not reported.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("CREATE", "INDEX") && !s.startsWith("CREATE", "UNIQUE", "INDEX")) return;
            if (s.hasWords("CONCURRENTLY")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.after().name())) continue;
                out.add(this, s.position(), "CREATE INDEX on " + a.after().name() + ", a table that existed before this migration, "
                        + "blocks its writes until the index is built", "write CREATE INDEX CONCURRENTLY, in a migration whose first line is "
                        + "-- cairn:no-transaction");
            }
        }
    }

    static final class DropIndexNotConcurrent extends LintRule {
        DropIndexNotConcurrent() {
            super("pg-drop-index-not-concurrent", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "DROP INDEX without CONCURRENTLY of an index on a table that existed before this migration",
                    "DROP INDEX takes an ACCESS EXCLUSIVE lock on the index's table; it is quick, but it waits behind every "
                            + "running query on the table, and every query queues behind it meanwhile. DROP INDEX CONCURRENTLY "
                            + "waits for those queries without blocking new ones.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("DROP", "INDEX") || s.hasWords("CONCURRENTLY")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                out.add(this, s.position(), "DROP INDEX on " + a.before().name() + ", a table that existed before this migration, "
                        + "takes an ACCESS EXCLUSIVE lock", "write DROP INDEX CONCURRENTLY, in a migration whose first line is -- cairn:no-transaction");
            }
        }
    }

    static final class ConstraintNotValid extends LintRule {
        ConstraintNotValid() {
            super("pg-constraint-not-valid", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "a foreign key or CHECK added to an existing table without NOT VALID",
                    "Adding a foreign key or a CHECK constraint checks every row while holding a lock that blocks writes (and, "
                            + "for a foreign key, writes to the referenced table too). Added NOT VALID it only checks new rows; a "
                            + "later ALTER TABLE … VALIDATE CONSTRAINT checks the old rows under a lock that lets reads and writes go on.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("ALTER", "TABLE")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (ForeignKey fk : a.after().foreignKeys()) {
                    if (a.before().foreignKeys().stream().noneMatch(f -> f.name() != null && f.name().equals(fk.name()))) {
                        if (s.hasWords("NOT", "VALID")) return;
                        out.add(this, s.positionOf("FOREIGN"), "foreign key " + fk.name() + " on " + a.after().name()
                                + " checks every existing row while blocking writes to " + a.after().name() + " and " + fk.referencedTable(),
                                "add it NOT VALID, then ALTER TABLE " + a.after().name() + " VALIDATE CONSTRAINT " + fk.name() + " in a later statement");
                    }
                }
                for (CheckConstraint c : a.after().checks()) {
                    if (!a.before().checks().contains(c)) {
                        if (s.hasWords("NOT", "VALID")) return;
                        out.add(this, s.positionOf("CHECK"), "CHECK " + c.name() + " on " + a.after().name()
                                + " checks every existing row while blocking writes", "add it NOT VALID, then ALTER TABLE " + a.after().name()
                                + " VALIDATE CONSTRAINT " + c.name() + " in a later statement");
                    }
                }
            }
        }
    }

    static final class SetNotNull extends LintRule {
        SetNotNull() {
            super("pg-set-not-null", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "SET NOT NULL on an existing table without a validated CHECK (col IS NOT NULL)",
                    "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock: no reads, no writes until it is done. "
                            + "Since PostgreSQL 12 it skips the scan when a validated CHECK (col IS NOT NULL) proves it: add that "
                            + "CHECK NOT VALID, VALIDATE it (no blocking lock), then SET NOT NULL, then drop the CHECK.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("ALTER", "TABLE")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                Table before = a.before();
                if (!s.existedBefore(before.name())) continue;
                for (Column c : a.after().columns()) {
                    Optional<Column> was = before.column(c.name());
                    if (c.nullable() || was.isEmpty() || !was.get().nullable()) continue;
                    if (a.after().primaryKey() != null && a.after().primaryKey().columns().contains(c.name())
                            && (before.primaryKey() == null || !before.primaryKey().columns().contains(c.name()))) continue; // pg-key-without-index
                    if (provenNotNull(s, before, c.name())) continue;
                    out.add(this, s.positionOf("SET", "NOT", "NULL"), "SET NOT NULL on " + before.name() + "." + c.name()
                            + " scans the whole table under an ACCESS EXCLUSIVE lock", "first ADD CONSTRAINT " + c.name()
                            + "_not_null CHECK (" + c.name() + " IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT it, then SET NOT NULL");
                }
            }
        }

        private static boolean provenNotNull(LintedStatement s, Table table, String column) {
            String wanted = (column + "isnotnull").toLowerCase(Locale.ROOT);
            for (CheckConstraint c : table.checks()) {
                String e = c.expression().toLowerCase(Locale.ROOT).replaceAll("[\\s()\"`]", "");
                if (e.equals(wanted) && s.migration().validation().isValidated(table.name(), c.name())) return true;
            }
            return false;
        }
    }

    static final class TypeRewrite extends LintRule {
        TypeRewrite() {
            super("pg-type-rewrite", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "ALTER COLUMN TYPE that rewrites an existing table",
                    "Changing a column's type rewrites the table and rebuilds its indexes under an ACCESS EXCLUSIVE lock, unless "
                            + "the new type is binary-coercible: a longer varchar, varchar to text or unbounded varchar, a numeric with "
                            + "more precision and the same scale. For anything else add a new column, fill it in batches, and switch over.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("ALTER", "TABLE")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (Column c : a.after().columns()) {
                    Optional<Column> was = a.before().column(c.name());
                    if (was.isEmpty()) continue;
                    TypeChange change = new TypeChange(was.get().type(), c.type());
                    if (change.postgresKeepsTable()) continue;
                    out.add(this, s.positionOf("TYPE"), "changing " + a.before().name() + "." + c.name() + " from " + change.describe()
                            + " rewrites the table under an ACCESS EXCLUSIVE lock", "add a new column of the new type, copy the values "
                            + "in batches, then switch the application over and drop the old column");
                }
            }
        }
    }

    static final class VolatileDefault extends LintRule {
        private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");
        private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc",
                "uuid_generate_v4", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval", "txid_current", "pg_current_xact_id",
                "setseed", "random_normal");

        VolatileDefault() {
            super("pg-volatile-default", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "ADD COLUMN with a volatile default (or serial, identity, stored generated) on an existing table",
                    "Since PostgreSQL 11 ADD COLUMN with a constant or stable default (now()) only writes the catalog. A volatile "
                            + "default (random(), gen_random_uuid(), clock_timestamp(), nextval(): serial and identity columns too) or a "
                            + "stored generated column needs a value per row: the table is rewritten under an ACCESS EXCLUSIVE lock.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("ALTER", "TABLE")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (Column c : a.after().columns()) {
                    if (a.before().column(c.name()).isPresent()) continue;
                    String why = why(c);
                    if (why == null) continue;
                    out.add(this, s.positionOf("ADD"), "adding " + a.after().name() + "." + c.name() + " " + why
                            + ", so the table is rewritten under an ACCESS EXCLUSIVE lock", "add the column without a default (or with a "
                            + "constant one), set the default in a second statement, and fill the old rows in batches");
                }
            }
        }

        private static String why(Column c) {
            if (c.identity() != Identity.NONE) return "as a serial or identity column gives every row a new number";
            if (c.generatedExpression() != null && c.generatedStored()) return "as a stored generated column computes a value per row";
            if (c.defaultExpression() == null) return null;
            Matcher m = CALL.matcher(c.defaultExpression());
            while (m.find()) {
                String f = m.group(1).toLowerCase(Locale.ROOT);
                f = f.substring(f.lastIndexOf('.') + 1);
                if (VOLATILE.contains(f)) return "with the volatile default " + c.defaultExpression();
            }
            return null;
        }
    }

    static final class KeyWithoutIndex extends LintRule {
        KeyWithoutIndex() {
            super("pg-key-without-index", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "PRIMARY KEY or UNIQUE added to an existing table without USING INDEX",
                    "ADD PRIMARY KEY and ADD UNIQUE build their index while holding an ACCESS EXCLUSIVE lock (and a primary key "
                            + "also scans for NULLs). Build the unique index first with CREATE UNIQUE INDEX CONCURRENTLY, then add the "
                            + "constraint over it with USING INDEX, which only takes the lock for a moment.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("ALTER", "TABLE")) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                Table before = a.before(), after = a.after();
                boolean keyAdded = after.primaryKey() != null && before.primaryKey() == null
                        || after.uniqueConstraints().stream().anyMatch(u -> !before.uniqueConstraints().contains(u));
                if (!keyAdded || s.hasWords("USING", "INDEX") && !s.hasWords("USING", "INDEX", "TABLESPACE")) continue;
                if (after.primaryKey() != null && before.primaryKey() == null) {
                    out.add(this, s.positionOf("PRIMARY", "KEY"), "ADD PRIMARY KEY on " + after.name() + " builds its index under an "
                            + "ACCESS EXCLUSIVE lock", "CREATE UNIQUE INDEX CONCURRENTLY first (in a -- cairn:no-transaction migration), then "
                            + "ADD CONSTRAINT … PRIMARY KEY USING INDEX it");
                }
                for (UniqueConstraint u : after.uniqueConstraints()) {
                    if (before.uniqueConstraints().contains(u)) continue;
                    out.add(this, s.positionOf("UNIQUE"), "ADD UNIQUE " + u.name() + " on " + after.name() + " builds its index under an "
                            + "ACCESS EXCLUSIVE lock", "CREATE UNIQUE INDEX CONCURRENTLY first (in a -- cairn:no-transaction migration), then "
                            + "ADD CONSTRAINT … UNIQUE USING INDEX it");
                }
            }
        }
    }

    static final class ExclusiveLock extends LintRule {
        ExclusiveLock() {
            super("pg-exclusive-lock", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "VACUUM FULL, CLUSTER, LOCK TABLE or REINDEX without CONCURRENTLY",
                    "VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock; LOCK TABLE takes one "
                            + "explicitly (ACCESS EXCLUSIVE unless a weaker mode is named) and holds it to the end of the transaction, "
                            + "which is the whole migration; REINDEX blocks writes while it rebuilds. In a migration they stop the "
                            + "application for as long as they run. Use pg_repack or REINDEX CONCURRENTLY outside the migration.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            String what = null;
            if (s.startsWith("VACUUM") && s.hasWords("FULL")) what = "VACUUM FULL rewrites the table";
            else if (s.startsWith("CLUSTER")) what = "CLUSTER rewrites the table";
            else if (s.startsWith("LOCK")) what = "LOCK TABLE holds its lock until the migration's transaction ends";
            else if (s.startsWith("REINDEX") && !s.hasWords("CONCURRENTLY")) what = "REINDEX blocks writes while it rebuilds";
            if (what == null) return;
            out.add(this, s.position(), what + ", blocking the application", "run it outside the migration (pg_repack, REINDEX "
                    + "CONCURRENTLY), or take a weaker lock mode with a lock_timeout");
        }
    }

    static final class ConcurrentlyInTransaction extends LintRule {
        ConcurrentlyInTransaction() {
            super("pg-concurrently-in-transaction", Severity.ERROR, LintCategory.LOCKING, POSTGRES,
                    "CREATE/DROP INDEX or REINDEX CONCURRENTLY in a migration that runs in a transaction",
                    "PostgreSQL refuses CONCURRENTLY inside a transaction block (ERROR: CREATE INDEX CONCURRENTLY cannot run "
                            + "inside a transaction block), and Cairn runs each migration in a transaction unless its first line is "
                            + "-- cairn:no-transaction. The migration would fail on the first database it reaches.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.hasWords("CONCURRENTLY") || s.migration().file().runsOutsideTransaction()) return;
            if (!s.startsWith("CREATE") && !s.startsWith("DROP") && !s.startsWith("REINDEX")) return;
            out.add(this, s.positionOf("CONCURRENTLY"), "CONCURRENTLY cannot run inside a transaction block, and this migration runs in one",
                    "put -- cairn:no-transaction as the first line of " + s.migration().file().displayName()
                            + " (and keep the other statements of that file few: each commits by itself)");
        }
    }
}

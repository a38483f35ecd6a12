package dev.cairn.lint;

import dev.cairn.schema.Column;
import dev.cairn.schema.Index;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Table;
import dev.cairn.schema.TypeFamily;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * MySQL and MariaDB changes of an existing table that are not done INSTANT or INPLACE without a lock (as of MySQL 8.0
 * and MariaDB 10.6): the server copies the table, blocking writes for the whole copy, or builds an index while
 * blocking writes unless told {@code LOCK=NONE}. A statement that names {@code ALGORITHM=INSTANT} or
 * {@code ALGORITHM=INPLACE, LOCK=NONE} is safe either way: the server refuses it rather than copying.
 */
final class MySqlRules {
    private static final Set<String> MYSQL_FAMILY = Set.of("mysql", "mariadb");
    private static final Map<String, Integer> BYTES_PER_CHARACTER = Map.of("latin1", 1, "ascii", 1, "binary", 1, "utf8", 3, "utf8mb3", 3,
            "ucs2", 2, "utf16", 4, "utf32", 4, "utf8mb4", 4);

    private MySqlRules() {
    }

    static List<LintRule> all() {
        return List.of(new IndexNotOnline(), new CopyingAlter());
    }

    /** The word after {@code ALGORITHM [=]} or {@code LOCK [=]} (upper case), or null. */
    static String option(LintedStatement s, String name) {
        List<Token> t = s.tokens();
        for (int k = 0; k + 1 < t.size(); k++) {
            if (!t.get(k).is(name)) continue;
            int v = t.get(k + 1).isSymbol("=") ? k + 2 : k + 1;
            if (v < t.size() && t.get(v).kind() == Token.Kind.WORD) return t.get(v).upper();
        }
        return null;
    }

    private static boolean statedOnline(LintedStatement s) {
        if (!s.mentions("ALGORITHM")) return false;
        String algorithm = option(s, "ALGORITHM");
        return "INSTANT".equals(algorithm) || "INPLACE".equals(algorithm) && "NONE".equals(option(s, "LOCK"));
    }

    static final class IndexNotOnline extends LintRule {
        IndexNotOnline() {
            super("mysql-index-not-online", Severity.ERROR, LintCategory.LOCKING, MYSQL_FAMILY,
                    "an index added to an existing table without ALGORITHM=INPLACE, LOCK=NONE",
                    "InnoDB can build a secondary index in place while writes go on, but only LOCK=NONE makes sure of it: "
                            + "without it the server may choose a shared lock (writes wait for the whole build) or, for some "
                            + "indexes, a table copy. With ALGORITHM=INPLACE, LOCK=NONE stated, a server that cannot do it refuses "
                            + "the statement instead of blocking the application.");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (statedOnline(s)) return;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (Index i : a.after().indexes()) {
                    if (a.before().indexes().contains(i) || a.before().index(i.name()).isPresent()) continue;
                    report(s, out, a.after(), i.name());
                }
                for (UniqueConstraint u : a.after().uniqueConstraints()) {
                    if (a.before().uniqueConstraints().contains(u) || !s.hasWords("UNIQUE")) continue;
                    report(s, out, a.after(), u.name());
                }
            }
        }

        private void report(LintedStatement s, Findings out, Table t, String index) {
            out.add(this, s.position(), "index " + index + " on " + t.name() + ", a table that existed before this migration, is "
                    + "built without ALGORITHM=INPLACE, LOCK=NONE", "add ALGORITHM=INPLACE, LOCK=NONE to the statement");
        }
    }

    static final class CopyingAlter extends LintRule {
        CopyingAlter() {
            super("mysql-copying-alter", Severity.ERROR, LintCategory.LOCKING, MYSQL_FAMILY,
                    "a change that copies or rebuilds an existing table (type change, column reordering, primary key, charset conversion)",
                    "Changing a column's type (other than lengthening a VARCHAR within the same length-prefix size: both under "
                            + "256 bytes or both over 255), moving an existing column with FIRST/AFTER, adding, changing or dropping "
                            + "the primary key, or CONVERT TO CHARACTER SET makes InnoDB copy or rebuild the whole table, with "
                            + "writes blocked for a copy. State ALGORITHM=INSTANT or ALGORITHM=INPLACE, "
                            + "LOCK=NONE to have the server refuse instead, or use an online schema change tool (gh-ost, "
                            + "pt-online-schema-change).");
        }

        @Override
        void statement(LintedStatement s, Findings out) {
            if (!s.startsWith("ALTER", "TABLE") || statedOnline(s)) return;
            boolean keyChanged = false;
            for (SchemaChange.TableAltered a : s.alterations()) {
                if (!s.existedBefore(a.before().name())) continue;
                for (Column c : a.after().columns()) {
                    Optional<Column> was = a.before().column(c.name());
                    if (was.isEmpty()) continue;
                    TypeChange change = new TypeChange(was.get().type(), c.type());
                    if (change.changed() && !inPlaceVarchar(a.before(), was.get(), c)) {
                        out.add(this, s.position(), "changing " + a.before().name() + "." + c.name() + " from " + change.describe()
                                + " copies the table, blocking its writes", "state ALGORITHM=INPLACE, LOCK=NONE (the server refuses if it "
                                + "cannot), or use gh-ost or pt-online-schema-change");
                    }
                }
                if (!keyChanged && !java.util.Objects.equals(a.before().primaryKey() == null ? null : a.before().primaryKey().columns(),
                        a.after().primaryKey() == null ? null : a.after().primaryKey().columns())) {
                    keyChanged = true; // DROP PRIMARY KEY, ADD PRIMARY KEY (…): one rebuild, one finding
                    out.add(this, s.positionOf("PRIMARY"), "changing the primary key of " + a.before().name()
                            + " rebuilds the table (InnoDB keeps rows in key order)",
                            "make the key right when the table is created, or use gh-ost or pt-online-schema-change");
                }
                if (s.hasWords("CONVERT", "TO")) {
                    out.add(this, s.positionOf("CONVERT"), "CONVERT TO CHARACTER SET copies " + a.before().name() + ", blocking its writes",
                            "convert big tables with gh-ost or pt-online-schema-change");
                }
                if ((s.hasWords("MODIFY") || s.hasWords("CHANGE")) && (s.hasWords("FIRST") || s.hasWords("AFTER")) && sameColumns(a.before(), a.after())) {
                    out.add(this, s.position(), "moving a column of " + a.before().name() + " with FIRST/AFTER rebuilds the table",
                            "leave the column where it is (column order does not matter to SQL), or state ALGORITHM=INPLACE, LOCK=NONE");
                }
            }
        }

        private static boolean sameColumns(Table a, Table b) {
            return a.columns().size() == b.columns().size();
        }

        /** A longer VARCHAR whose length prefix stays one byte (under 256 bytes) or two: InnoDB changes it in place. */
        private static boolean inPlaceVarchar(Table table, Column from, Column to) {
            if (from.type().family() != TypeFamily.VARCHAR || to.type().family() != TypeFamily.VARCHAR) return false;
            Integer a = from.type().length(), b = to.type().length();
            if (a == null || b == null || b < a) return false;
            String charset = to.charset() != null ? to.charset() : table.options().getOrDefault(Table.CHARSET, "utf8mb4");
            int bytes = BYTES_PER_CHARACTER.getOrDefault(charset.toLowerCase(Locale.ROOT), 4);
            return (a * bytes < 256) == (b * bytes < 256);
        }
    }
}

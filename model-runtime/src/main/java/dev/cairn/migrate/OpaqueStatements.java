package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.sql.SqlStatement;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Which statements the model does not hold can be left out of a derived down. */
final class OpaqueStatements {
    private static final Set<String> HARMLESS = Set.of("SELECT", "PRAGMA", "SET", "ANALYZE", "VACUUM", "BEGIN", "COMMIT", "START",
            "END", "SHOW", "EXPLAIN", "USE", "LOCK", "UNLOCK", "SAVEPOINT", "RELEASE", "ROLLBACK", "CHECKPOINT", "NOTIFY", "LISTEN",
            "REINDEX", "OPTIMIZE", "FLUSH", "DELIMITER");
    private static final Pattern TARGET = Pattern.compile(
            "(?is)^\\s*(?:INSERT(?:\\s+OR\\s+\\w+)?(?:\\s+IGNORE)?\\s+INTO|REPLACE\\s+INTO|UPDATE(?:\\s+OR\\s+\\w+)?|DELETE\\s+FROM"
                    + "|CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:TEMP\\w*\\s+)?TRIGGER\\s+.*?\\bON)\\s+([`\"\\[]?[\\w.]+[`\"\\]]?)");

    private OpaqueStatements() {
    }

    /**
     * True for queries and settings, and for data changes and triggers on tables that {@code createdTables} (lower-case
     * names the same migration creates) holds.
     */
    static boolean needsNoInverse(Dialect dialect, SqlStatement s, Set<String> createdTables) {
        String sql = withoutLeadingComments(s.sql());
        String head = sql.split("[\\s(;]+", 2)[0].toUpperCase(Locale.ROOT);
        if (sql.isBlank() || HARMLESS.contains(head)) return true;
        Matcher m = TARGET.matcher(sql);
        if (!m.find()) return false;
        String table = m.group(1).replaceAll("[`\"\\[\\]]", "");
        int dot = table.lastIndexOf('.');
        if (dot >= 0) table = table.substring(dot + 1);
        return createdTables.contains(table.toLowerCase(Locale.ROOT));
    }

    private static String withoutLeadingComments(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int nl = s.indexOf('\n');
                s = nl < 0 ? "" : s.substring(nl + 1).strip();
            } else if (s.startsWith("/*")) {
                int e = s.indexOf("*/");
                s = e < 0 ? "" : s.substring(e + 2).strip();
            } else {
                return s;
            }
        }
    }
}

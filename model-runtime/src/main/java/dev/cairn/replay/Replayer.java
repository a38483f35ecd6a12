package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;

/**
 * Folds DDL statements into the schema model. Shape-changing statements are parsed with JSqlParser (one parser per
 * statement, never the thread-pooled {@code CCJSqlParserUtil.parse(String)}); other statements stay as opaque steps.
 */
public final class Replayer {
    private static final Set<String> OPAQUE_HEADS = Set.of("INSERT", "UPDATE", "DELETE", "SELECT", "WITH", "MERGE", "REPLACE",
            "GRANT", "REVOKE", "PRAGMA", "SET", "BEGIN", "COMMIT", "ROLLBACK", "START", "END", "DO", "ANALYZE", "VACUUM",
            "LOCK", "UNLOCK", "CALL", "EXECUTE", "USE", "REINDEX", "REFRESH", "CLUSTER", "NOTIFY", "SAVEPOINT", "RELEASE",
            "TRUNCATE", "DECLARE", "COPY", "SHOW", "EXPLAIN", "DELIMITER", "FLUSH", "OPTIMIZE");
    private static final Set<String> OPAQUE_OBJECTS = Set.of("FUNCTION", "PROCEDURE", "TRIGGER", "EXTENSION", "RULE",
            "POLICY", "ROLE", "USER", "SCHEMA", "DATABASE", "EVENT", "AGGREGATE", "OPERATOR", "CAST", "DOMAIN", "COLLATION",
            "PUBLICATION", "SUBSCRIPTION", "SERVER", "TABLESPACE", "LANGUAGE", "MATERIALIZED", "TEMP", "TEMPORARY");

    private final Dialect dialect;

    public Replayer(Dialect dialect) {
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    public ReplayResult replay(Schema start, List<SqlStatement> statements) {
        Schema.Builder schema = start.toBuilder();
        List<ReplayStep> steps = new ArrayList<>(statements.size());
        for (SqlStatement s : statements) steps.add(apply(schema, s));
        return new ReplayResult(schema.build(), steps);
    }

    private ReplayStep apply(Schema.Builder schema, SqlStatement s) {
        List<String> words = leadingWords(s.sql(), 3);
        String head = words.isEmpty() ? "" : words.get(0);
        if (OPAQUE_HEADS.contains(head) || (words.size() > 1 && (head.equals("CREATE") || head.equals("DROP") || head.equals("ALTER"))
                && (OPAQUE_OBJECTS.contains(words.get(1)) || words.size() > 2 && words.get(1).equals("OR") && !words.contains("VIEW")))) {
            return new ReplayStep(s, false, false);
        }
        if (!Set.of("CREATE", "ALTER", "DROP", "COMMENT", "RENAME").contains(head)) {
            throw new SqlProblem(s.position(), s.sql(), "unknown statement '" + firstWord(s.sql()) + "'",
                    "Cairn expected SQL such as CREATE TABLE, ALTER TABLE, CREATE INDEX or INSERT; check the spelling");
        }
        if (EnumTypeStatements.apply(dialect, schema, s)) return new ReplayStep(s, true, true);
        Map<String, String> options = new TreeMap<>();
        SqlStatement parsable = dialect == Dialect.SQLITE ? withoutSqliteTableOptions(s, options) : s;
        Statement st = parse(parsable);
        new StatementApplier(dialect, schema, s, options).apply(st);
        return new ReplayStep(s, true, true);
    }

    private static final Pattern SQLITE_TABLE_OPTIONS = Pattern.compile(
            "(?i)\\)(\\s*(?:WITHOUT\\s+ROWID|STRICT)(?:\\s*,\\s*(?:WITHOUT\\s+ROWID|STRICT))*)\\s*$");

    /**
     * JSqlParser rejects SQLite's {@code WITHOUT ROWID} and {@code STRICT} table options: blank them out (keeping
     * every other character where it was, so positions stay right) and record them as table options.
     */
    private static SqlStatement withoutSqliteTableOptions(SqlStatement s, Map<String, String> options) {
        Matcher m = SQLITE_TABLE_OPTIONS.matcher(s.sql());
        if (!m.find() || !s.sql().regionMatches(true, 0, "CREATE", 0, 6)) return s;
        String found = m.group(1).toLowerCase(Locale.ROOT);
        if (found.contains("without")) options.put("without rowid", "true");
        if (found.contains("strict")) options.put("strict", "true");
        String blanked = s.sql().substring(0, m.start(1)) + " ".repeat(m.end(1) - m.start(1)) + s.sql().substring(m.end(1));
        return new SqlStatement(blanked, s.position());
    }

    private Statement parse(SqlStatement s) {
        CCJSqlParser parser = CCJSqlParserUtil.newParser(s.sql()).withSquareBracketQuotation(dialect == Dialect.SQLITE);
        try {
            return parser.Statement();
        } catch (ParseException e) {
            Token t = e.currentToken == null ? null : e.currentToken.next;
            SourcePosition at = t == null ? s.position() : s.position().offsetBy(t.beginLine, t.beginColumn);
            String near = t == null || t.image == null || t.image.isEmpty() ? "the end of the statement" : "'" + t.image + "'";
            throw new SqlProblem(at, s.sql(), "syntax error near " + near,
                    "fix the SQL at this position; Cairn parses migrations before it runs them", e);
        } catch (RuntimeException | Error e) {
            throw new SqlProblem(s.position(), s.sql(), "cannot parse the statement: " + e.getMessage(),
                    "fix the SQL; Cairn parses migrations before it runs them", e);
        }
    }

    private static String firstWord(String sql) {
        String w = sql.strip().split("[\\s(;]+", 2)[0];
        return w.length() > 40 ? w.substring(0, 40) : w;
    }

    /** The first few words of a statement, upper-cased, skipping comments. */
    static List<String> leadingWords(String sql, int count) {
        List<String> out = new ArrayList<>();
        int i = 0, n = sql.length();
        while (i < n && out.size() < count) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') i++;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int e = sql.indexOf("*/", i + 2);
                i = e < 0 ? n : e + 2;
            } else if (Character.isLetter(c) || c == '_') {
                int b = i;
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) i++;
                out.add(sql.substring(b, i).toUpperCase(Locale.ROOT));
            } else {
                break;
            }
        }
        return out;
    }
}

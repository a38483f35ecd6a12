package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.ExpressionCanonicalizer;
import dev.cairn.dialect.TypeParser;
import dev.cairn.schema.Column;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.Token;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.drop.Drop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        Statement st = parse(s);
        new StatementApplier(dialect, schema, s).apply(st);
        return new ReplayStep(s, true, true);
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

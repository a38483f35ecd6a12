package dev.cairn.lint;

import dev.cairn.migrate.MigrationFile;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.SqlSyntax;
import dev.cairn.sql.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code -- cairn:allow} comments of a migration's up part ({@link Suppression}). */
final class Suppressions {
    static final String MARKER = "cairn:allow";
    private static final Pattern ALLOW = Pattern.compile("^--\\s*cairn:allow(?:\\s+(\\S+))?(?:\\s+(.*))?$", Pattern.DOTALL);

    private Suppressions() {
    }

    /** The suppressions of the file, each tied to the statement it covers. */
    static List<Suppression> of(MigrationFile file, SqlSyntax syntax, List<SqlStatement> statements) {
        String up = file.upSql();
        if (!up.contains(MARKER)) return List.of();
        List<Suppression> out = new ArrayList<>();
        SqlLexer lexer = new SqlLexer(syntax, up);
        int line = 1, counted = 0, column = 1;
        for (Token.Kind k = lexer.next(); k != Token.Kind.END; k = lexer.next()) {
            if (k != Token.Kind.COMMENT) continue;
            String text = lexer.text().strip();
            if (!text.contains(MARKER)) continue;
            for (; counted < lexer.start(); counted++) {
                if (up.charAt(counted) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            Matcher m = ALLOW.matcher(text);
            if (!m.matches()) continue;
            int fileLine = line + file.upStartLine() - 1;
            SourcePosition at = new SourcePosition(file.displayName(), fileLine, column);
            out.add(new Suppression(m.group(1) == null ? "" : m.group(1), m.group(2) == null ? "" : m.group(2).strip(), at,
                    statementCovering(statements, fileLine)));
        }
        return out;
    }

    /** The first statement whose last line is at or after {@code line}. */
    private static int statementCovering(List<SqlStatement> statements, int line) {
        for (int k = 0; k < statements.size(); k++) {
            SqlStatement s = statements.get(k);
            if (lastLine(s) >= line) return k;
        }
        return -1;
    }

    private static int lastLine(SqlStatement s) {
        int line = s.position().line();
        String sql = s.sql();
        for (int k = 0; k < sql.length(); k++) {
            if (sql.charAt(k) == '\n') line++;
        }
        return line;
    }
}

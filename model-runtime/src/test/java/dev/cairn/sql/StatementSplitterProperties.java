package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.testing.RandomCases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random statements full of quotes, comments and semicolons, joined into one file: splitting gives each back, with the
 * line and column where it starts.
 */
class StatementSplitterProperties {

    /** A generated file and what the splitter must make of it. */
    record Script(Dialect dialect, String text, List<SqlStatement> expected) {
        @Override
        public String toString() {
            return dialect + " file:\n" + text;
        }
    }

    static Stream<Long> seeds() {
        return RandomCases.seeds(StatementSplitterProperties.class, 200, 500);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void statementsJoinedBySemicolonsComeBackWithTheirPositions(long seed) {
        Script script = script(new RandomCases(seed));
        assertEquals(script.expected(), new StatementSplitter(Engines.of(script.dialect()).syntax()).split("p.sql", script.text()), script::toString);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void mysqlStatementsJoinedByACustomDelimiterComeBackWithTheirPositions(long seed) {
        Script script = delimitedScript(new RandomCases(seed));
        assertEquals(script.expected(), new StatementSplitter(Engines.of(script.dialect()).syntax()).split("p.sql", script.text()), script::toString);
    }

    static Script script(RandomCases r) {
        Dialect d = r.pick(Dialect.values());
        List<String> statements = r.list(1, 8, () -> statement(r, d));
        boolean terminateLast = r.bool();
        String tail = r.pick("", "\n", " -- tail; no newline", "\r\n/* end; */", "\n-- a\n-- b");
        ScriptBuilder b = new ScriptBuilder(d, "");
        for (int k = 0; k < statements.size(); k++) {
            boolean last = k == statements.size() - 1;
            b.statement(lead(r, d), statements.get(k), last && !terminateLast ? "" : ";");
        }
        b.raw(terminateLast ? tail : "\n  ");
        return b.build();
    }

    static Script delimitedScript(RandomCases r) {
        Dialect d = r.pick(Dialect.MYSQL, Dialect.MARIADB);
        String delimiter = r.pick("//", "$$", ";;", "!!");
        List<String> statements = r.list(1, 6, () -> statement(r, d));
        boolean switchBack = r.bool();
        ScriptBuilder b = new ScriptBuilder(d, "-- routines\ndelimiter " + delimiter + "\n");
        for (int k = 0; k < statements.size(); k++) {
            boolean lastOfAll = k == statements.size() - 1 && !switchBack;
            b.statement(lead(r, d), statements.get(k), lastOfAll ? "" : delimiter);
        }
        if (switchBack) {
            b.raw("\nDELIMITER ;\n");
            b.statement("", "SELECT 'back; //'", ";");
        }
        return b.build();
    }

    /** Appends pieces and records where each statement starts. */
    private static final class ScriptBuilder {
        private final Dialect dialect;
        private final StringBuilder text;
        private final List<SqlStatement> expected = new ArrayList<>();

        ScriptBuilder(Dialect dialect, String prefix) {
            this.dialect = dialect;
            this.text = new StringBuilder(prefix);
        }

        void statement(String lead, String statement, String terminator) {
            text.append(lead);
            expected.add(new SqlStatement(trimEnd(statement), positionOf(text, text.length())));
            text.append(statement).append(terminator);
        }

        void raw(String s) {
            text.append(s);
        }

        Script build() {
            return new Script(dialect, text.toString(), List.copyOf(expected));
        }

        private static String trimEnd(String s) {
            int e = s.length();
            while (e > 0 && s.charAt(e - 1) <= ' ') e--;
            return s.substring(0, e);
        }

        /** Line and column of {@code offset} counted the plain way: CRLF, CR and LF end a line; one code point, one column. */
        private static SourcePosition positionOf(CharSequence s, int offset) {
            int line = 1;
            int column = 1;
            for (int k = 0; k < offset; k++) {
                char c = s.charAt(k);
                boolean crBeforeLf = c == '\r' && k + 1 < s.length() && s.charAt(k + 1) == '\n';
                if (crBeforeLf) continue;
                if (c == '\n' || c == '\r') {
                    line++;
                    column = 1;
                } else if (!Character.isLowSurrogate(c)) {
                    column++;
                }
            }
            return new SourcePosition("p.sql", line, column);
        }
    }

    // ---- generators

    private static String statement(RandomCases r, Dialect d) {
        return r.weighted(6, () -> {
            StringBuilder b = new StringBuilder(r.pick("SELECT", "INSERT INTO t VALUES", "UPDATE t SET", "DELETE FROM t WHERE", "VALUES"));
            int n = r.between(0, 7);
            for (int k = 0; k < n; k++) b.append(r.pick(" ", "\n", "\r\n", "\r", "\t", "  \n    ")).append(fragment(r, d));
            return b.toString();
        }, 1, () -> r.pick(bodies(d)));
    }
    /** Whole statements whose inner semicolons are guarded by a body or parentheses. */
    private static List<String> bodies(Dialect d) {
        return switch (d) {
            case SQLITE -> List.of(
                    "CREATE TRIGGER tr AFTER INSERT ON t\nBEGIN\n  UPDATE t SET a = CASE WHEN new.a > 0 THEN 'x;' ELSE 'y' END;\n"
                            + "  DELETE FROM u WHERE id = new.id;\nEND",
                    "CREATE TEMP TRIGGER IF NOT EXISTS [tr;2] BEFORE DELETE ON t FOR EACH ROW WHEN old.begin IS NOT NULL "
                            + "BEGIN SELECT RAISE(ABORT, 'no; way'); END",
                    "BEGIN TRANSACTION");
            case POSTGRESQL -> List.of(
                    "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n  NEW.a := 'x;';\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql",
                    "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT a + 1;\n  SELECT CASE WHEN a > 0 THEN 1 END;\nEND",
                    "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO a VALUES (1); DELETE FROM b)",
                    "BEGIN");
            case MYSQL, MARIADB -> List.of(
                    "CREATE PROCEDURE p(IN n INT)\nBEGIN\n  DECLARE i INT DEFAULT 0;\n  lbl: LOOP\n    SET i = IF(i > n, i, i + 1);\n"
                            + "    IF i >= n THEN LEAVE lbl; END IF;\n  END LOOP lbl;\n  CASE WHEN i = 0 THEN SELECT 'zero;'; ELSE BEGIN SELECT i; END; END CASE;\nEND",
                    "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN IF NEW.a < 0 THEN SET NEW.a = IF(NEW.b, 1, 0); END IF; END",
                    "BEGIN");
        };
    }

    private static String fragment(RandomCases r, Dialect d) {
        List<Supplier<String>> kinds = new ArrayList<>(List.of(
                () -> r.pick("a", "col_1", "begin", "end", "case", "if", "loop", "delimiter", "42", "t.begin", "x$y", "é_col"),
                () -> r.pick(",", "=", "+", "(a, b)", "<>", ".", "*", "||"),
                () -> { String c = content(r); return "'" + ((d == Dialect.MYSQL || d == Dialect.MARIADB) ? c.replace("\\", "\\\\").replace("'", "\\'") : c.replace("'", "''")) + "'"; },
                () -> "\"" + ((d == Dialect.MYSQL || d == Dialect.MARIADB) ? content(r).replace("\\", "\\\\") : content(r)).replace("\"", "\"\"") + "\"",
                () -> "-- " + content(r).replace("\r", "").replace("\n", "") + "\n",
                () -> "/* " + content(r).replace("*", "") + " */"));
        switch (d) {
            case SQLITE -> {
                kinds.add(() -> "`" + content(r).replace("`", "``") + "`");
                kinds.add(() -> "[" + content(r).replace("]", "") + "]");
            }
            case POSTGRESQL -> {
                kinds.add(() -> "$$" + content(r).replace("$", "") + "$$");
                kinds.add(() -> "$body$" + content(r).replace("$", "") + "$body$");
                kinds.add(() -> "E'" + content(r).replace("\\", "\\\\").replace("'", "\\'") + "'");
                kinds.add(() -> "/* a /* " + content(r).replace("*", "") + " */ b; */");
                kinds.add(() -> r.pick("$1", "$2::int"));
            }
            case MYSQL, MARIADB -> {
                kinds.add(() -> "`" + content(r).replace("`", "``") + "`");
                kinds.add(() -> "# " + content(r).replace("\r", "").replace("\n", "") + "\r\n");
                kinds.add(() -> "/*!50100 " + content(r).replace("*", "") + " */");
            }
        }
        return r.pick(kinds).get();
    }

    /** Text made of the characters that trouble a splitter. */
    private static String content(RandomCases r) {
        return String.join("", r.list(0, 6, () -> r.pick("a", "b", " ", ";", ";\n", "\n", "\r\n", "\r", "'", "\"", "`", "-", "--", "#",
                "/", "*", "/*", "*/", "$", "$$", "(", ")", "[", "]", "\\", "é", "😀", "BEGIN", "END", "DELIMITER //")));
    }

    private static String lead(RandomCases r, Dialect d) {
        List<String> pieces = new ArrayList<>(List.of("", " ", "\n", "\r\n", "\r", "\t", "\n\n", "-- lead; 'x\n", "/* lead; */ ", "/* a */\r\n"));
        if ((d == Dialect.MYSQL || d == Dialect.MARIADB)) pieces.add("# lead; 'x\n");
        if (d == Dialect.POSTGRESQL) pieces.add("/* a /* b; */ c */ ");
        return String.join("", r.list(0, 3, () -> r.pick(pieces)));
    }
}

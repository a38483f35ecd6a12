package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.ArrayList;
import java.util.List;

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

    @Property(tries = 500)
    void statementsJoinedBySemicolonsComeBackWithTheirPositions(@ForAll("scripts") Script script) {
        assertEquals(script.expected(), new StatementSplitter(script.dialect()).split("p.sql", script.text()));
    }

    @Property(tries = 200)
    void mysqlStatementsJoinedByACustomDelimiterComeBackWithTheirPositions(@ForAll("delimitedScripts") Script script) {
        assertEquals(script.expected(), new StatementSplitter(script.dialect()).split("p.sql", script.text()));
    }

    @Provide
    Arbitrary<Script> scripts() {
        return Arbitraries.of(Dialect.values()).flatMap(d -> Combinators.combine(
                statement(d).list().ofMinSize(1).ofMaxSize(8),
                lead(d).list().ofSize(8),
                Arbitraries.of(true, false),
                Arbitraries.of("", "\n", " -- tail; no newline", "\r\n/* end; */", "\n-- a\n-- b")
        ).as((statements, leads, terminateLast, tail) -> {
            ScriptBuilder b = new ScriptBuilder(d, "");
            for (int k = 0; k < statements.size(); k++) {
                boolean last = k == statements.size() - 1;
                b.statement(leads.get(k), statements.get(k), last && !terminateLast ? "" : ";");
            }
            b.raw(terminateLast ? tail : "\n  ");
            return b.build();
        }));
    }

    @Provide
    Arbitrary<Script> delimitedScripts() {
        return Arbitraries.of(Dialect.MYSQL, Dialect.MARIADB).flatMap(d -> Combinators.combine(
                Arbitraries.of("//", "$$", ";;", "!!"),
                statement(d).list().ofMinSize(1).ofMaxSize(6),
                lead(d).list().ofSize(6),
                Arbitraries.of(true, false)
        ).as((delimiter, statements, leads, switchBack) -> {
            ScriptBuilder b = new ScriptBuilder(d, "-- routines\ndelimiter " + delimiter + "\n");
            for (int k = 0; k < statements.size(); k++) {
                boolean lastOfAll = k == statements.size() - 1 && !switchBack;
                b.statement(leads.get(k), statements.get(k), lastOfAll ? "" : delimiter);
            }
            if (switchBack) {
                b.raw("\nDELIMITER ;\n");
                b.statement("", "SELECT 'back; //'", ";");
            }
            return b.build();
        }));
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

    private static Arbitrary<String> statement(Dialect d) {
        Arbitrary<String> random = Combinators.combine(
                Arbitraries.of("SELECT", "INSERT INTO t VALUES", "UPDATE t SET", "DELETE FROM t WHERE", "VALUES"),
                fragment(d).list().ofMaxSize(7),
                Arbitraries.of(" ", "\n", "\r\n", "\r", "\t", "  \n    ").list().ofSize(7)
        ).as((verb, fragments, separators) -> {
            StringBuilder b = new StringBuilder(verb);
            for (int k = 0; k < fragments.size(); k++) b.append(separators.get(k)).append(fragments.get(k));
            return b.toString();
        });
        return Arbitraries.frequencyOf(Tuple.of(6, random), Tuple.of(1, Arbitraries.of(bodies(d))));
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

    private static Arbitrary<String> fragment(Dialect d) {
        List<Arbitrary<String>> kinds = new ArrayList<>(List.of(
                Arbitraries.of("a", "col_1", "begin", "end", "case", "if", "loop", "delimiter", "42", "t.begin", "x$y", "é_col"),
                Arbitraries.of(",", "=", "+", "(a, b)", "<>", ".", "*", "||"),
                content().map(c -> "'" + (d.isMySqlFamily() ? c.replace("\\", "\\\\").replace("'", "\\'") : c.replace("'", "''")) + "'"),
                content().map(c -> "\"" + (d.isMySqlFamily() ? c.replace("\\", "\\\\") : c).replace("\"", "\"\"") + "\""),
                content().map(c -> "-- " + c.replace("\r", "").replace("\n", "") + "\n"),
                content().map(c -> "/* " + c.replace("*", "") + " */")));
        switch (d) {
            case SQLITE -> {
                kinds.add(content().map(c -> "`" + c.replace("`", "``") + "`"));
                kinds.add(content().map(c -> "[" + c.replace("]", "") + "]"));
            }
            case POSTGRESQL -> {
                kinds.add(content().map(c -> "$$" + c.replace("$", "") + "$$"));
                kinds.add(content().map(c -> "$body$" + c.replace("$", "") + "$body$"));
                kinds.add(content().map(c -> "E'" + c.replace("\\", "\\\\").replace("'", "\\'") + "'"));
                kinds.add(content().map(c -> "/* a /* " + c.replace("*", "") + " */ b; */"));
                kinds.add(Arbitraries.of("$1", "$2::int"));
            }
            case MYSQL, MARIADB -> {
                kinds.add(content().map(c -> "`" + c.replace("`", "``") + "`"));
                kinds.add(content().map(c -> "# " + c.replace("\r", "").replace("\n", "") + "\r\n"));
                kinds.add(content().map(c -> "/*!50100 " + c.replace("*", "") + " */"));
            }
        }
        return Arbitraries.oneOf(kinds);
    }

    /** Text made of the characters that trouble a splitter. */
    private static Arbitrary<String> content() {
        return Arbitraries.of("a", "b", " ", ";", ";\n", "\n", "\r\n", "\r", "'", "\"", "`", "-", "--", "#", "/", "*", "/*", "*/",
                        "$", "$$", "(", ")", "[", "]", "\\", "é", "😀", "BEGIN", "END", "DELIMITER //")
                .list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    private static Arbitrary<String> lead(Dialect d) {
        List<String> pieces = new ArrayList<>(List.of("", " ", "\n", "\r\n", "\r", "\t", "\n\n", "-- lead; 'x\n", "/* lead; */ ", "/* a */\r\n"));
        if (d.isMySqlFamily()) pieces.add("# lead; 'x\n");
        if (d == Dialect.POSTGRESQL) pieces.add("/* a /* b; */ c */ ");
        return Arbitraries.of(pieces).list().ofMaxSize(3).map(p -> String.join("", p));
    }
}

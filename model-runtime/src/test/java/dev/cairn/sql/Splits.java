package dev.cairn.sql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;

import java.util.List;

/** Shorthands for the splitter tests: every text is split as file {@code f.sql}. */
final class Splits {
    private Splits() {
    }

    static List<SqlStatement> split(Dialect dialect, String text) {
        return new StatementSplitter(Engines.of(dialect).syntax()).split("f.sql", text);
    }

    static SqlStatement at(int line, int column, String sql) {
        return new SqlStatement(sql, new SourcePosition("f.sql", line, column));
    }

    static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }
}

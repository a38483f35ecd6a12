package dev.cairn.realworld;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.List;

/** Cairn's side of a real-world check: split a script and fold it into a model (src/main's public API only). */
final class Cairn {
    private Cairn() {
    }

    static List<SqlStatement> split(Dialect dialect, String file, String text) {
        return new StatementSplitter(Engines.of(dialect).syntax()).split(file, text);
    }

    static Schema replay(Schema start, Dialect dialect, String file, String text) {
        return replay(start, dialect, split(dialect, file, text));
    }

    static Schema replay(Schema start, Dialect dialect, List<SqlStatement> statements) {
        return new Replayer(dialect).replay(start, statements).schema();
    }
}

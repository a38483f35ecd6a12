package dev.cairn.bench;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.sql.StatementSplitter;

/** Split + replay of one migration text, the way the migrator does it. */
final class BenchReplay {
    private BenchReplay() {
    }

    static Schema replay(Dialect dialect, String file, String text) {
        return new Replayer(dialect).replay(Schema.EMPTY, new StatementSplitter(Engines.of(dialect).syntax()).split(file, text)).schema();
    }
}

package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.sql.StatementSplitter;

import java.util.List;

/** The effect of repeatable migrations on a schema: their statements replayed over it, one file after the other. */
final class RepeatableReplay {
    private RepeatableReplay() {
    }

    static Schema over(Dialect dialect, Schema schema, List<MigrationFile> repeatables) {
        if (repeatables.isEmpty()) return schema;
        StatementSplitter splitter = new StatementSplitter(Engines.of(dialect).syntax());
        Replayer replayer = new Replayer(dialect);
        Schema out = schema;
        for (MigrationFile r : repeatables) out = replayer.replay(out, MigrationReplay.upStatements(splitter, r)).schema();
        return out;
    }
}

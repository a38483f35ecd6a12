package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.ReplayResult;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.ArrayList;
import java.util.List;

/** Replays every migration file in order: the schema at each version, the single source of truth. */
public final class MigrationReplay {
    private MigrationReplay() {
    }

    public static List<ReplayedMigration> of(Dialect dialect, List<MigrationFile> files) {
        StatementSplitter splitter = new StatementSplitter(Engines.of(dialect).syntax());
        Replayer replayer = new Replayer(dialect);
        List<ReplayedMigration> out = new ArrayList<>(files.size());
        Schema schema = Schema.EMPTY;
        for (MigrationFile m : files) {
            List<SqlStatement> statements = upStatements(splitter, m);
            ReplayResult r = replayer.replay(schema, statements);
            out.add(new ReplayedMigration(m, r.steps(), schema, r.schema()));
            schema = r.schema();
        }
        return out;
    }

    /** The up part's statements, positioned in the file. */
    static List<SqlStatement> upStatements(StatementSplitter splitter, MigrationFile m) {
        return shifted(splitter.split(m.displayName(), m.upSql()), m.upStartLine());
    }

    /** The written down part's statements, positioned in the file. */
    static List<SqlStatement> downStatements(StatementSplitter splitter, MigrationFile m) {
        return shifted(splitter.split(m.displayName(), m.downSql()), m.downStartLine());
    }

    private static List<SqlStatement> shifted(List<SqlStatement> statements, int startLine) {
        return statements.stream().map(s -> new SqlStatement(s.sql(), new SourcePosition(s.position().file(),
                s.position().line() + startLine - 1, s.position().column()))).toList();
    }
}

package dev.cairn.migrate;

import dev.cairn.dialect.Dialect;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.util.List;

/** Replays migration files, in order, into the schema they describe at a version (the head when none is given). */
public final class SchemaAtVersion {
    private final Dialect dialect;

    public SchemaAtVersion(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The schema and the version it stands at. */
    public record Result(long version, Schema schema) {
    }

    /**
     * @param target the version to stop at, or null for the head
     */
    public Result replay(List<MigrationFile> migrations, Long target) {
        if (target != null && target != 0 && migrations.stream().noneMatch(m -> m.version() == target)) {
            throw new MigrationFileProblem("There is no migration with version " + target + "; the versions are "
                    + migrations.stream().map(m -> String.valueOf(m.version())).toList());
        }
        StatementSplitter splitter = new StatementSplitter(dialect);
        Replayer replayer = new Replayer(dialect);
        Schema schema = Schema.EMPTY;
        long version = 0;
        for (MigrationFile m : migrations) {
            if (target != null && m.version() > target) break;
            List<SqlStatement> statements = splitter.split(m.displayName(), m.upSql()).stream()
                    .map(s -> new SqlStatement(s.sql(), new SourcePosition(s.position().file(),
                            s.position().line() + m.upStartLine() - 1, s.position().column())))
                    .toList();
            schema = replayer.replay(schema, statements).schema();
            version = m.version();
        }
        return new Result(version, schema);
    }
}

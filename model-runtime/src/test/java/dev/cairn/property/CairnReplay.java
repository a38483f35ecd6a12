package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Cairn side of the comparison: split and replay a generated script into the model, and say readably how the
 * replayed model differs from what the engine holds.
 */
final class CairnReplay {
    private CairnReplay() {
    }

    static List<SqlStatement> split(DdlScript script) {
        return new StatementSplitter(Engines.of(script.dialect()).syntax()).split("generated.sql", script.text());
    }

    static Schema replay(Dialect dialect, List<SqlStatement> statements) {
        return new Replayer(dialect).replay(Schema.EMPTY, statements).schema();
    }

    /** Empty when replaying the whole script gives exactly {@code live}; otherwise a readable account. */
    static Optional<String> compare(DdlScript script, FreshDatabase db) throws SQLException {
        Schema live = db.introspect();
        return compare(script, live, replayed -> Engines.of(script.dialect()).introspector().asStoredIn(db.connection(), replayed));
    }

    /** What the live database makes of a replayed schema (its defaults settled, {@code SchemaIntrospector.asStoredIn}). */
    interface Stored {
        Schema of(Schema replayed) throws SQLException;
    }

    static Optional<String> compare(DdlScript script, Schema live, Stored stored) throws SQLException {
        List<SqlStatement> statements = split(script);
        if (statements.size() != script.statements().size())
            return Optional.of("The splitter cut " + statements.size() + " statements out of a script of " + script.statements().size()
                    + ":\n" + statements.stream().map(s -> s.position() + ": " + s.sql()).collect(Collectors.joining("\n")));
        return compare(script.dialect(), statements, script.tableCount(), live, stored);
    }

    /** Replays {@code statements} and compares with {@code live}; {@code tableCount} < 0 skips the table count check. */
    static Optional<String> compare(Dialect dialect, List<SqlStatement> statements, int tableCount, Schema live, Stored stored) throws SQLException {
        Schema replayed;
        try {
            replayed = replay(dialect, statements);
        } catch (SqlProblem e) {
            return Optional.of("Cairn rejected a script the " + dialect.id() + " engine accepted:\n" + e.getMessage());
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return Optional.of("Cairn's replay failed with " + trace);
        }
        if (tableCount >= 0 && replayed.tables().size() != tableCount)
            return Optional.of("The generator expects " + tableCount + " tables, the replayed model has "
                    + replayed.tables().size() + ": " + replayed.tables().keySet());
        SchemaDifferences diff = SchemaDifferences.between(stored.of(replayed), live);
        if (diff.isEmpty()) return Optional.empty();
        return Optional.of("Replayed model (expected) differs from the " + dialect.id() + " database (actual):\n  "
                + diff.toString().replace("\n", "\n  "));
    }
}

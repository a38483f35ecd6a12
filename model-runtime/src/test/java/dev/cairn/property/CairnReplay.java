package dev.cairn.property;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.mysql.MySqlIntrospector;
import dev.cairn.dialect.postgres.PostgresIntrospector;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDiff;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.StatementSplitter;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Cairn side of the comparisons: split + replay a script into the model, introspect a live database, and say
 * readably how the two differ. Shared by the property tests and the real-world DDL tests.
 */
public final class CairnReplay {
    private CairnReplay() {
    }

    /** Splits and replays a whole migration text into the schema it builds from the empty schema. */
    public static Schema replay(Dialect dialect, String file, String text) {
        return replay(Schema.EMPTY, dialect, file, text);
    }

    /** Splits and replays a migration text on top of {@code start}. */
    public static Schema replay(Schema start, Dialect dialect, String file, String text) {
        return replay(start, dialect, split(dialect, file, text));
    }

    public static List<SqlStatement> split(Dialect dialect, String file, String text) {
        return new StatementSplitter(dialect).split(file, text);
    }

    /** Replays already split statements on top of {@code start}. */
    public static Schema replay(Schema start, Dialect dialect, List<SqlStatement> statements) {
        throw new UnsupportedOperationException("Replayer not there yet");
    }

    /** What the live database (its current schema) holds, as Cairn's model. */
    public static Schema introspect(Dialect dialect, Connection connection) throws Exception {
        return switch (dialect) {
            case SQLITE -> throw new UnsupportedOperationException("SqliteIntrospector not there yet");
            case POSTGRESQL -> new PostgresIntrospector().introspect(connection);
            case MYSQL, MARIADB -> new MySqlIntrospector().introspect(connection);
        };
    }

    /** Empty when replaying the script gives exactly {@code live}; otherwise a readable account with the script. */
    static Optional<String> compare(DdlScript script, Schema live) {
        Schema replayed;
        try {
            List<SqlStatement> statements = split(script.dialect(), "generated.sql", script.text());
            if (statements.size() != script.statements().size())
                return Optional.of("The splitter cut " + statements.size() + " statements out of a script of " + script.statements().size()
                        + ":\n" + statements.stream().map(s -> s.position() + ": " + s.quoted()).collect(Collectors.joining("\n"))
                        + "\n--- script ---\n" + script.text());
            replayed = replay(Schema.EMPTY, script.dialect(), statements);
        } catch (SqlProblem e) {
            return Optional.of("Cairn rejected a script the " + script.dialect().id() + " engine accepted:\n" + e.getMessage()
                    + "\n--- script ---\n" + script.listing());
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return Optional.of("Cairn's replay failed with " + trace + "\n--- script ---\n" + script.listing());
        }
        if (script.tableCount() >= 0 && replayed.tables().size() != script.tableCount())
            return Optional.of("The generator expects " + script.tableCount() + " tables, the replayed model has " + replayed.tables().size()
                    + ": " + replayed.tables().keySet() + "\n--- script ---\n" + script.listing());
        SchemaDiff diff = SchemaDiff.between(replayed, live);
        if (diff.isEmpty()) return Optional.empty();
        return Optional.of("Replayed model (expected) differs from the " + script.dialect().id() + " database (actual):\n  "
                + diff.toString().replace("\n", "\n  ") + "\n--- script ---\n" + script.listing());
    }
}

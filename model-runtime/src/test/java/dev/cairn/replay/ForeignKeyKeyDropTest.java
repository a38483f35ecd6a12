package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.FreshNamespace;
import dev.cairn.testdb.SchemaInvariants;
import dev.cairn.testdb.SchemaInvariants.Migration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Dropping a key that a PostgreSQL foreign key could be checked with. PostgreSQL records the foreign key's dependency
 * on one unique index of the referenced table (the primary key's when the foreign key names no columns, else the
 * oldest key on exactly its referenced columns, in any order): dropping that one is refused without CASCADE, dropping
 * another on the same columns is allowed. Each script runs on the live server statement by statement (one a line) and
 * is replayed by Cairn: both accept it, or both refuse it at the same line.
 */
class ForeignKeyKeyDropTest {
    private static final Dialect D = Dialect.POSTGRESQL;
    private static final Pattern AT_LINE = Pattern.compile("^m\\.sql:(\\d+):\\d+: ");

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments("the primary key serves the foreign key: the unique key on (b, a) may go (issue 21)", 0, """
                        CREATE TABLE p (a int, b int, PRIMARY KEY (a, b), UNIQUE (b, a));
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_b_a_key;"""),
                arguments("the primary key serves the foreign key: it may not go", 3, """
                        CREATE TABLE p (a int, b int, PRIMARY KEY (a, b), UNIQUE (b, a));
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_pkey;"""),
                arguments("CREATE TABLE makes its primary key first, whatever the order written", 3, """
                        CREATE TABLE p (a int, b int, UNIQUE (b, a), PRIMARY KEY (a, b));
                        CREATE TABLE c (a int, b int, FOREIGN KEY (b, a) REFERENCES p (b, a));
                        ALTER TABLE p DROP CONSTRAINT p_pkey;"""),
                arguments("a unique key older than the primary key serves: the primary key may go", 0, """
                        CREATE TABLE p (a int, b int, UNIQUE (b, a));
                        ALTER TABLE p ADD PRIMARY KEY (a, b);
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_pkey;"""),
                arguments("a unique key older than the primary key serves: it may not go", 4, """
                        CREATE TABLE p (a int, b int, UNIQUE (b, a));
                        ALTER TABLE p ADD PRIMARY KEY (a, b);
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_b_a_key;"""),
                arguments("ALTER TABLE makes its keys in the order of its actions", 4, """
                        CREATE TABLE p (a int NOT NULL, b int NOT NULL);
                        ALTER TABLE p ADD CONSTRAINT z UNIQUE (b, a), ADD PRIMARY KEY (a, b);
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_pkey, DROP CONSTRAINT z;"""),
                arguments("three keys: the oldest, a unique index, serves; the other two may go, then it may not", 7, """
                        CREATE TABLE p (a int NOT NULL, b int NOT NULL);
                        CREATE UNIQUE INDEX p_ix ON p (b, a);
                        ALTER TABLE p ADD CONSTRAINT p_u UNIQUE (a, b);
                        ALTER TABLE p ADD PRIMARY KEY (b, a);
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_u; ALTER TABLE p DROP CONSTRAINT p_pkey;
                        DROP INDEX p_ix;"""),
                arguments("three keys: the serving unique index may not go first either", 6, """
                        CREATE TABLE p (a int NOT NULL, b int NOT NULL);
                        CREATE UNIQUE INDEX p_ix ON p (b, a);
                        ALTER TABLE p ADD CONSTRAINT p_u UNIQUE (a, b);
                        ALTER TABLE p ADD PRIMARY KEY (b, a);
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        DROP INDEX p_ix;"""),
                arguments("three keys: dropping the serving index with CASCADE drops the foreign key, not the others", 0, """
                        CREATE TABLE p (a int NOT NULL, b int NOT NULL);
                        CREATE UNIQUE INDEX p_ix ON p (b, a);
                        ALTER TABLE p ADD CONSTRAINT p_u UNIQUE (a, b);
                        ALTER TABLE p ADD PRIMARY KEY (b, a);
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        DROP INDEX p_ix CASCADE;
                        ALTER TABLE p DROP CONSTRAINT p_u; ALTER TABLE p DROP CONSTRAINT p_pkey;"""),
                arguments("dropping a key that does not serve, with CASCADE, keeps the foreign key", 0, """
                        CREATE TABLE p (a int, b int, PRIMARY KEY (a, b), UNIQUE (b, a));
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT p_b_a_key CASCADE;
                        INSERT INTO p VALUES (1, 2); INSERT INTO c VALUES (1, 2);"""),
                arguments("a foreign key naming no columns is checked with the primary key, not an older unique key", 5, """
                        CREATE TABLE p (a int NOT NULL UNIQUE);
                        ALTER TABLE p ADD PRIMARY KEY (a);
                        CREATE TABLE c (a int REFERENCES p);
                        ALTER TABLE p DROP CONSTRAINT p_a_key;
                        ALTER TABLE p DROP CONSTRAINT p_pkey;"""),
                arguments("a foreign key naming no columns: the older unique key may go", 0, """
                        CREATE TABLE p (a int NOT NULL UNIQUE);
                        ALTER TABLE p ADD PRIMARY KEY (a);
                        CREATE TABLE c (a int REFERENCES p);
                        ALTER TABLE p DROP CONSTRAINT p_a_key;"""),
                arguments("ALTER COLUMN … TYPE makes the foreign key again, with its columns: the oldest key serves it then", 5, """
                        CREATE TABLE p (a int NOT NULL UNIQUE);
                        ALTER TABLE p ADD PRIMARY KEY (a);
                        CREATE TABLE c (a int REFERENCES p);
                        ALTER TABLE p ALTER COLUMN a TYPE bigint;
                        ALTER TABLE p DROP CONSTRAINT p_a_key;"""),
                arguments("ALTER COLUMN … TYPE on the referencing column: the primary key may go then", 0, """
                        CREATE TABLE p (a int NOT NULL UNIQUE);
                        ALTER TABLE p ADD PRIMARY KEY (a);
                        CREATE TABLE c (a int REFERENCES p);
                        ALTER TABLE c ALTER COLUMN a TYPE bigint;
                        ALTER TABLE p DROP CONSTRAINT p_pkey;"""),
                arguments("CREATE TABLE makes its unique keys in the order written (a self-reference)", 2, """
                        CREATE TABLE p (a int, b int, CONSTRAINT z UNIQUE (a, b), CONSTRAINT y UNIQUE (b, a), CONSTRAINT x FOREIGN KEY (b, a) REFERENCES p (a, b));
                        ALTER TABLE p DROP CONSTRAINT y; ALTER TABLE p DROP CONSTRAINT z;"""),
                arguments("a deferrable key cannot serve, however old", 4, """
                        CREATE TABLE p (a int, CONSTRAINT d UNIQUE (a) DEFERRABLE, CONSTRAINT n UNIQUE (a));
                        CREATE TABLE c (a int REFERENCES p (a));
                        ALTER TABLE p DROP CONSTRAINT d;
                        ALTER TABLE p DROP CONSTRAINT n;"""),
                arguments("a partial unique index cannot serve", 0, """
                        CREATE TABLE p (a int);
                        CREATE UNIQUE INDEX p_part ON p (a) WHERE a > 0;
                        ALTER TABLE p ADD CONSTRAINT p_u UNIQUE (a);
                        CREATE TABLE c (a int REFERENCES p (a));
                        DROP INDEX p_part;"""),
                arguments("renamed keys and tables keep their age", 6, """
                        CREATE TABLE p (a int, b int, UNIQUE (b, a));
                        ALTER TABLE p ADD PRIMARY KEY (a, b);
                        ALTER TABLE p RENAME CONSTRAINT p_b_a_key TO first_key;
                        ALTER TABLE p RENAME TO q;
                        CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES q (a, b));
                        ALTER TABLE q DROP CONSTRAINT p_pkey; ALTER TABLE q DROP CONSTRAINT first_key;"""));
    }

    /**
     * {@code refusedAt} is the line PostgreSQL refuses (0: it runs the whole script); Cairn must refuse the same line,
     * saying which foreign key depends on the key, or accept the script and then upgrade and validate cleanly.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void replayRefusesExactlyWhatPostgresqlRefuses(String name, int refusedAt, String script) throws SQLException {
        assertEquals(refusedAt, lineRefusedByPostgresql(script), "the case's expectation, as the live server answers");
        Integer cairnRefused = null;
        try {
            new Replayer(D).replay(Schema.EMPTY, new StatementSplitter(Engines.of(D).syntax()).split("m.sql", script));
        } catch (SqlProblem e) {
            Matcher m = AT_LINE.matcher(e.getMessage());
            assertTrue(m.find(), e.getMessage());
            cairnRefused = Integer.parseInt(m.group(1));
            assertTrue(e.getMessage().contains("depends on"), e.getMessage());
        }
        assertEquals(refusedAt == 0 ? null : refusedAt, cairnRefused, "the line replay refuses");
        if (refusedAt == 0) SchemaInvariants.assertUpgradeLeavesValidateClean(D, SchemaInvariants.single(name, script));
    }

    /** The order of the keys outlives a migration: one replayer goes on from one file to the next. */
    @Test
    void theKeysAgeIsKeptFromOneMigrationToTheNext() throws SQLException {
        SchemaInvariants.assertUpgradeLeavesValidateClean(D, List.of(
                new Migration("001_parent.sql", "CREATE TABLE p (a int, b int, UNIQUE (b, a));"),
                new Migration("002_key.sql", "ALTER TABLE p ADD PRIMARY KEY (a, b);"),
                new Migration("003_child.sql", "CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p (a, b));"),
                new Migration("004_drop_key.sql", "ALTER TABLE p DROP CONSTRAINT p_pkey;")));
    }

    /** The line (1-based) of the statement the live server refuses, one statement or more a line; 0 if none. */
    private static int lineRefusedByPostgresql(String script) throws SQLException {
        try (FreshNamespace ns = FreshNamespace.of(D); Statement s = ns.connection().createStatement()) {
            String[] lines = script.split("\n");
            for (int k = 0; k < lines.length; k++) {
                for (String statement : lines[k].split(";")) {
                    if (statement.isBlank()) continue;
                    try {
                        s.execute(statement);
                    } catch (SQLException e) {
                        assertTrue(e.getMessage().contains("depend"), e.getMessage());
                        return k + 1;
                    }
                }
            }
        }
        return 0;
    }
}

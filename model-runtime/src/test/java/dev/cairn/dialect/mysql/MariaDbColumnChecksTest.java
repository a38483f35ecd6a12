package dev.cairn.dialect.mysql;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaDifferences;
import dev.cairn.schema.SchemaParts;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import dev.cairn.testdb.LiveDatabase;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * MariaDB keeps a CHECK written on a column with that column ({@code CHECK_CONSTRAINTS.LEVEL = 'Column'}), a CHECK
 * written at table level with the table. Measured on MariaDB 10.11 first, then each case: the statements replayed give
 * the model the server reads back, with the checks' levels; upgrade then validate is clean; db:schema's output gives
 * the same catalog; the derived downs, one version at a time, leave validate clean.
 */
class MariaDbColumnChecksTest {
    private static final String TABLE = "CREATE TABLE t (id INT PRIMARY KEY, c INT CHECK (c > 0), e INT, f INT, CHECK (e > 0), "
            + "CONSTRAINT tf CHECK (f > 0))";

    @Test
    void createTableKeepsEachCheckAtItsLevel() throws SQLException {
        assertChecks(List.of(TABLE), "(c > 0) of column c", "CONSTRAINT_1 (e > 0)", "tf (f > 0)");
    }

    @Test
    void modifyWithoutTheCheckDropsAColumnCheckAndKeepsTableChecks() throws SQLException {
        assertChecks(List.of(TABLE, "ALTER TABLE t MODIFY c BIGINT", "ALTER TABLE t MODIFY e BIGINT NOT NULL"),
                "CONSTRAINT_1 (e > 0)", "tf (f > 0)");
    }

    @Test
    void modifyRestatingTheCheckReplacesIt() throws SQLException {
        assertChecks(List.of(TABLE, "ALTER TABLE t MODIFY c INT CHECK (c > 5)", "ALTER TABLE t MODIFY f INT CHECK (f < 10)"),
                "(c > 5) of column c", "(f < 10) of column f", "CONSTRAINT_1 (e > 0)", "tf (f > 0)");
    }

    @Test
    void changeRenamesAndDropsOrRestatesTheColumnCheck() throws SQLException {
        assertChecks(List.of(TABLE, "ALTER TABLE t CHANGE c c2 INT", "ALTER TABLE t CHANGE e e2 INT CHECK (e2 < 100)"),
                "(e2 < 100) of column e2", "CONSTRAINT_1 (e2 > 0)", "tf (f > 0)");
    }

    @Test
    void renameColumnKeepsTheCheckWithItsColumnAndALaterModifyDropsIt() throws SQLException {
        assertChecks(List.of(TABLE, "ALTER TABLE t RENAME COLUMN c TO c3"), "(c3 > 0) of column c3", "CONSTRAINT_1 (e > 0)", "tf (f > 0)");
        assertChecks(List.of(TABLE, "ALTER TABLE t RENAME COLUMN c TO c3", "ALTER TABLE t ADD COLUMN c INT CHECK (c < 0)",
                "ALTER TABLE t MODIFY c3 INT NOT NULL"), "(c < 0) of column c", "CONSTRAINT_1 (e > 0)", "tf (f > 0)");
    }

    @Test
    void addColumnWithACheckMakesAColumnCheck() throws SQLException {
        assertChecks(List.of(TABLE, "ALTER TABLE t ADD COLUMN k INT CHECK (k > e)", "ALTER TABLE t ADD CONSTRAINT kk CHECK (k < 50)"),
                "(c > 0) of column c", "(k > e) of column k", "CONSTRAINT_1 (e > 0)", "kk (k < 50)", "tf (f > 0)");
    }

    @Test
    void dropColumnTakesItsColumnCheckAndTheTableChecksOfItAlone() throws SQLException {
        assertChecks(List.of("CREATE TABLE t (id INT PRIMARY KEY, c INT CHECK (c > e), e INT, f INT, g INT CHECK (id > 0), CHECK (e > 0), "
                        + "CONSTRAINT tf CHECK (f > 0))", "ALTER TABLE t DROP COLUMN c", "ALTER TABLE t DROP COLUMN e", "ALTER TABLE t DROP COLUMN f"),
                "(id > 0) of column g");
    }

    @Test
    void dropColumnIsRefusedWhileAnotherColumnsCheckOrATableCheckOfMoreColumnsNamesIt() throws SQLException {
        // MariaDB: ERROR 1054 Unknown column 'e' in 'CHECK', for both
        refused("CREATE TABLE t (id INT PRIMARY KEY, c INT CHECK (c > e), e INT);\nALTER TABLE t DROP COLUMN e;",
                "cannot drop column e: the CHECK of column c uses it");
        refused("CREATE TABLE t (id INT PRIMARY KEY, c INT, e INT, CONSTRAINT ce CHECK (c > e));\nALTER TABLE t DROP COLUMN e;",
                "cannot drop column e: CHECK constraint ce uses it");
    }

    @Test
    void aColumnCheckHasNoNameAStatementCanUse() throws SQLException {
        // MariaDB: ERROR 1091 Can't DROP CONSTRAINT `c`; check that it exists (a note with IF EXISTS)
        refused("CREATE TABLE t (id INT PRIMARY KEY, c INT CHECK (c > 0));\nALTER TABLE t DROP CONSTRAINT c;",
                "constraint c does not exist on table t: column c's CHECK has no name a statement can use");
        assertChecks(List.of("CREATE TABLE t (id INT PRIMARY KEY, c INT CHECK (c > 0))", "ALTER TABLE t DROP CONSTRAINT IF EXISTS c"),
                "(c > 0) of column c");
        // ERROR 1064 (no CONSTRAINT name on a column's CHECK), ERROR 1826 Duplicate CHECK constraint name 'c'
        refused("CREATE TABLE t (id INT PRIMARY KEY, c INT CONSTRAINT cc CHECK (c > 0));",
                "syntax error near CHECK: a column's CHECK has no name of its own here (it is named after its column)");
        refused("CREATE TABLE t (id INT PRIMARY KEY, c INT CHECK (c > 0), CONSTRAINT c CHECK (c < 10));",
                "a constraint or index named c already exists");
        refused("CREATE TABLE t (id INT PRIMARY KEY, CONSTRAINT k CHECK (id < 10));\nALTER TABLE t ADD COLUMN k INT CHECK (k > 0);",
                "duplicate CHECK constraint name 'k': a column's CHECK is named after its column");
    }

    private static void refused(String sql, String problem) {
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(sql));
        assertEquals(problem, p.problem(), p.getMessage());
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            assertThrows(SQLException.class, () -> db.runScript(sql), "MariaDB refuses it too");
        } catch (SQLException e) {
            fail(e);
        }
    }

    /** The statements replayed hold these checks (described), read back so from the server, and meet the invariants. */
    private static void assertChecks(List<String> statements, String... expected) throws SQLException {
        String script = String.join(";\n", statements) + ";\n";
        Schema replayed = replay(script);
        assertEquals(List.of(expected), replayed.table("t").orElseThrow().checks().stream().map(SchemaParts::describe).sorted().toList(), script);
        try (LiveDatabase db = LiveDatabase.mariadb()) {
            db.runScript(script);
            SchemaDifferences diff = SchemaDifferences.between(db.asStored(replayed), db.introspect());
            assertTrue(diff.isEmpty(), "the server reads back what replay made of\n" + script + "\n" + diff);
        }
        List<SchemaInvariants.Migration> migrations = SchemaInvariants.oneStatementEach(statements);
        SchemaInvariants.assertBoth(Dialect.MARIADB, migrations);
        SchemaInvariants.assertDerivedDownsLeaveValidateClean(Dialect.MARIADB, migrations);
    }

    private static Schema replay(String sql) {
        return new Replayer(Dialect.MARIADB).replay(Schema.EMPTY, new StatementSplitter(Engines.of(Dialect.MARIADB).syntax()).split("m.sql", sql)).schema();
    }
}

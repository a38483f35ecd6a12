package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.schema.View;
import dev.cairn.sql.SourcePosition;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static dev.cairn.replay.SemanticErrorsTest.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renames and what depends on the renamed or dropped object: MariaDB's RENAME TABLE (tables and sequences, several
 * at once), the views PostgreSQL keeps by identity through renames and drops with CASCADE, the views SQLite rewrites,
 * and the foreign keys a dropped column or key takes along or refuses (PostgreSQL 15, MariaDB 10.11, SQLite 3.40).
 */
class RenamesAndDependentsTest {

    private static Table table(Dialect d, String sql, String name) {
        return replay(d, sql).table(name).orElseThrow();
    }

    // ---- MariaDB RENAME TABLE ----

    @Test
    void mariaDbRenameTableOfTablesAndSequences() {
        Schema s = replay(Dialect.MARIADB, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (id));
                CREATE SEQUENCE s;
                RENAME TABLE a TO b, s TO s2;
                """);
        assertEquals(List.of("b_ibfk_1"), s.table("b").orElseThrow().foreignKeys().stream().map(f -> f.name()).toList());
        assertTrue(s.table("a").isEmpty());
        assertTrue(s.sequence("s2").isPresent());
        assertTrue(s.sequence("s").isEmpty());
        Schema swapped = replay(Dialect.MARIADB, "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\nRENAME TABLE a TO tmp, b TO a, tmp TO b;");
        assertEquals(List.of("y"), swapped.table("a").orElseThrow().columnNames());
        assertEquals(List.of("x"), swapped.table("b").orElseThrow().columnNames());
        refused(Dialect.MARIADB, "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\nRENAME TABLE a TO b;", 3, 19, "table b already exists");
        refused(Dialect.MARIADB, "CREATE TABLE a (x INT);\nCREATE VIEW v AS SELECT x FROM a;\nRENAME TABLE a TO v;", 3, 19, "table v already exists");
        refused(Dialect.MARIADB, "CREATE SEQUENCE s;\nCREATE TABLE a (x INT);\nRENAME TABLE a TO s;", 3, 19, "table s already exists");
        refused(Dialect.MARIADB, "CREATE TABLE a (x INT);\nRENAME TABLE nope TO b;", 2, 14, "table nope does not exist");
        refused(Dialect.MARIADB, "CREATE TABLE a (x INT);\nRENAME TABLE a TO b c;", 2, 21, "syntax error near 'c' (expected the end of the statement)");
        ReplayStep step = DynamicDdlTest.replay(Dialect.MARIADB, "CREATE TABLE a (x INT);\nRENAME TABLE a TO b;").steps().get(1);
        assertTrue(step.shapeChanging());
        assertTrue(step.invertible());
    }

    // ---- PostgreSQL: views kept by identity ----

    @Test
    void postgresViewDependenciesFollowRenamesOfTablesAndViews() {
        String t = "CREATE TABLE a (x INT);\nCREATE VIEW v AS SELECT x FROM a;\nCREATE VIEW v2 AS SELECT x FROM v;\n";
        refused(Dialect.POSTGRESQL, t + "ALTER VIEW v RENAME TO w;\nDROP TABLE a;", 5, 12, "cannot drop table a: view w reads it");
        refused(Dialect.POSTGRESQL, t + "ALTER VIEW v RENAME TO w;\nDROP VIEW w;", 5, 11, "cannot drop view w: view v2 reads it");
        refused(Dialect.POSTGRESQL, t + "ALTER TABLE a RENAME TO b;\nALTER VIEW v RENAME TO w;\nDROP TABLE b;", 6, 12, "cannot drop table b: view w reads it");
        Schema cascade = replay(Dialect.POSTGRESQL, t + "ALTER VIEW v RENAME TO w;\nDROP TABLE a CASCADE;");
        assertTrue(cascade.views().isEmpty());
        Schema viewCascade = replay(Dialect.POSTGRESQL, t + "DROP VIEW v CASCADE;");
        assertEquals(List.of("a"), List.copyOf(viewCascade.tables().keySet()));
        assertTrue(viewCascade.views().isEmpty());
        // a view dropped and made again reads what its new SELECT reads
        Schema remade = replay(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\nCREATE VIEW v AS SELECT x FROM a;\n"
                + "DROP VIEW v;\nCREATE VIEW v AS SELECT y FROM b;\nDROP TABLE a;");
        assertTrue(remade.table("a").isEmpty());
        Schema replaced = replay(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nCREATE TABLE b (x INT);\nCREATE VIEW v AS SELECT x FROM a;\n"
                + "CREATE OR REPLACE VIEW v AS SELECT x FROM b;\nDROP TABLE a;");
        assertTrue(replaced.table("a").isEmpty());
    }

    @Test
    void postgresAlterView() {
        String t = "CREATE TABLE a (x INT);\nCREATE VIEW v AS SELECT x FROM a;\n";
        Schema s = replay(Dialect.POSTGRESQL, t + "ALTER VIEW v RENAME TO w;\nALTER VIEW w OWNER TO postgres;\nALTER VIEW IF EXISTS nope RENAME TO n2;");
        View w = s.view("w").orElseThrow();
        assertEquals(List.of("x"), w.columns());
        assertTrue(s.view("v").isEmpty());
        refused(Dialect.POSTGRESQL, t + "ALTER VIEW nope RENAME TO n2;", 3, 12, "view nope does not exist");
        refused(Dialect.POSTGRESQL, t + "ALTER VIEW v RENAME TO a;", 3, 24, "relation a already exists");
        refused(Dialect.POSTGRESQL, t + "CREATE VIEW w AS SELECT 1 AS one;\nALTER VIEW v RENAME TO w;", 4, 24, "relation w already exists");
    }

    @Test
    void postgresViewsOfAnEarlierReplayAreReadFromTheirDefinition() {
        Replayer r = new Replayer(Dialect.POSTGRESQL);
        ReplayResult first = DynamicDdlTest.replay(r, "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\nCREATE VIEW v AS SELECT x FROM a;");
        var second = org.junit.jupiter.api.Assertions.assertThrows(dev.cairn.sql.SqlProblem.class, () -> r.replay(first.schema(),
                new dev.cairn.sql.StatementSplitter(dev.cairn.dialect.engines.Engines.of(Dialect.POSTGRESQL).syntax()).split("n.sql", "DROP TABLE a;")));
        assertEquals("cannot drop table a: view v reads it", second.problem());
        ReplayResult dropB = r.replay(first.schema(), new dev.cairn.sql.StatementSplitter(dev.cairn.dialect.engines.Engines.of(Dialect.POSTGRESQL).syntax())
                .split("n.sql", "DROP TABLE b;"));
        assertTrue(dropB.schema().table("b").isEmpty());
        assertEquals(Optional.empty(), dropB.unknownEffect());
    }

    // ---- SQLite: views rewritten ----

    @Test
    void sqliteRewritesOnlyTheViewsThatNameTheRenamedTable() {
        Schema s = replay(Dialect.SQLITE, """
                CREATE TABLE a (x INT);
                CREATE TABLE b (x INT);
                CREATE VIEW va AS SELECT x FROM a;
                CREATE VIEW vb AS SELECT x FROM b;
                ALTER TABLE a RENAME COLUMN x TO x2;
                ALTER TABLE b RENAME TO c;
                """);
        assertEquals(List.of("x2"), s.view("va").orElseThrow().columns());
        assertEquals("SELECT x2 FROM a", s.view("va").orElseThrow().definition());
        assertEquals(List.of("x"), s.view("vb").orElseThrow().columns());
        assertTrue(s.view("vb").orElseThrow().definition().endsWith("FROM \"c\"") || s.view("vb").orElseThrow().definition().endsWith("FROM c"),
                s.view("vb").orElseThrow().definition());
    }

    // ---- foreign keys to a dropped column ----

    @Test
    void droppingAReferencedColumn() {
        String t = "CREATE TABLE p (id INT PRIMARY KEY, k INT UNIQUE, n INT);\nCREATE TABLE a (x INT REFERENCES p (id), y INT REFERENCES p (k));\n";
        var pg = refused(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP COLUMN k;", 3, 27, "cannot drop column k: foreign key a_y_fkey of table a references it");
        assertEquals("drop that foreign key first, or add CASCADE", pg.hint());
        Schema cascade = replay(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP COLUMN k CASCADE;");
        assertEquals(List.of(List.of("x")), cascade.table("a").orElseThrow().foreignKeys().stream().map(f -> f.columns()).toList());
        assertEquals(List.of("id", "n"), cascade.table("p").orElseThrow().columnNames());
        assertEquals(List.of("id", "k"), table(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP COLUMN n;", "p").columnNames());
        var maria = refused(Dialect.MARIADB, t.replace("INT REFERENCES p (id), y INT REFERENCES p (k)", "INT, y INT, FOREIGN KEY (y) REFERENCES p (k)")
                + "ALTER TABLE p DROP COLUMN k;", 3, 27, "cannot drop column k: foreign key a_ibfk_1 of table a references it");
        assertEquals("drop that foreign key first", maria.hint());
        Schema sqlite = replay(Dialect.SQLITE, t + "ALTER TABLE p DROP COLUMN n;");
        assertEquals(2, sqlite.table("a").orElseThrow().foreignKeys().size());
    }

    @Test
    void postgresDropOfAKeyTakesOnlyTheForeignKeysItServes() {
        String t = "CREATE TABLE p (id INT PRIMARY KEY, k INT CONSTRAINT p_k UNIQUE);\n"
                + "CREATE TABLE a (x INT REFERENCES p (id), y INT REFERENCES p (k));\n";
        Schema s = replay(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP CONSTRAINT p_k CASCADE;");
        assertEquals(List.of("a_x_fkey"), s.table("a").orElseThrow().foreignKeys().stream().map(f -> f.name()).toList());
        refused(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP CONSTRAINT p_k;", 3, 31, "foreign key a_y_fkey on table a depends on this key");
        assertFalse(replay(Dialect.POSTGRESQL, t + "ALTER TABLE p DROP CONSTRAINT p_pkey CASCADE;").table("p").orElseThrow().primaryKey() != null);
    }

    @Test
    void anUnknownEffectSaysWhereAndWhy() {
        ReplayResult r = DynamicDdlTest.replay(Dialect.MARIADB, "CREATE TABLE t (x INT);\nCALL fill();\nALTER TABLE t ADD COLUMN y INT;");
        UnknownEffect u = r.unknownEffect().orElseThrow();
        assertEquals(new SourcePosition("m.sql", 2, 1), u.position());
        assertTrue(r.steps().get(1).effectUnknown());
        assertFalse(r.steps().get(0).effectUnknown());
        assertFalse(r.steps().get(1).invertible());
        assertEquals(u, r.steps().get(1).unknownEffect());
        assertEquals("CALL fill()", u.statement().sql().strip());
    }
}

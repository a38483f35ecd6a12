package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.Deferral;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static dev.cairn.replay.SemanticErrorsTest.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms of column definitions and table constraints that CREATE TABLE and ALTER TABLE share, each as the engine
 * keeps it (checked against SQLite 3.40, PostgreSQL 15 and MariaDB 10.11: the names, character sets, key columns and
 * actions its catalog reports).
 */
class ColumnAndKeyFormsTest {

    private static Table table(Dialect d, String sql, String name) {
        return replay(d, sql).table(name).orElseThrow();
    }

    private static Column column(Table t, String name) {
        return t.column(name).orElseThrow();
    }

    // ---- column definitions ----

    @Test
    void wordsThatStartKeysElsewhereNameColumnsOnPostgresAndSqlite() {
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.SQLITE)) {
            Table t = table(d, "CREATE TABLE kv (key TEXT PRIMARY KEY, spatial TEXT, fulltext TEXT);", "kv");
            assertEquals(List.of("key", "spatial", "fulltext"), t.columnNames(), d.id());
            assertEquals(List.of("key"), t.primaryKey().columns());
        }
    }

    @Test
    void namedColumnConstraintsKeepTheirNames() {
        Table t = table(Dialect.POSTGRESQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (x INT CONSTRAINT x_positive CHECK (x > 0), y INT CONSTRAINT y_key UNIQUE,
                  z INT CONSTRAINT z_p REFERENCES p (id), w INT CONSTRAINT w_nn NOT NULL, v INT CONSTRAINT v_d DEFAULT 3 CONSTRAINT v_n NULL);
                """, "a");
        assertEquals(List.of(new CheckConstraint("x_positive", "x > 0")), t.checks());
        assertEquals("y_key", t.uniqueConstraints().get(0).name());
        assertEquals("z_p", t.foreignKeys().get(0).name());
        assertFalse(column(t, "w").nullable());
        assertTrue(column(t, "v").nullable());
        assertEquals("3", column(t, "v").defaultExpression());
    }

    @Test
    void mariaDbInlineKeyIsThePrimaryKeyAndUniqueKeyAUniqueConstraint() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE u (x INT UNIQUE KEY, y INT KEY);", "u");
        assertEquals(List.of("y"), t.primaryKey().columns());
        assertFalse(column(t, "y").nullable());
        assertEquals(List.of(new UniqueConstraint("x", List.of("x"))), t.uniqueConstraints());
    }

    @Test
    void sqliteConflictClausesAfterConstraintsChangeNothing() {
        Table t = table(Dialect.SQLITE, """
                CREATE TABLE c (id INTEGER PRIMARY KEY ON CONFLICT REPLACE, a TEXT NOT NULL ON CONFLICT IGNORE,
                  b TEXT UNIQUE ON CONFLICT ABORT, c TEXT, d TEXT, UNIQUE (c) ON CONFLICT FAIL);
                CREATE TABLE k (a TEXT, b TEXT, PRIMARY KEY (a, b) ON CONFLICT ROLLBACK);
                """, "c");
        assertEquals(List.of("id"), t.primaryKey().columns());
        assertFalse(column(t, "a").nullable());
        assertEquals(List.of(List.of("b"), List.of("c")), t.uniqueConstraints().stream().map(UniqueConstraint::columns).toList());
        assertEquals(List.of("a", "b"), replay(Dialect.SQLITE, "CREATE TABLE k (a TEXT, b TEXT, PRIMARY KEY (a, b) ON CONFLICT ROLLBACK);")
                .table("k").orElseThrow().primaryKey().columns());
    }

    @Test
    void mariaDbCharacterSetsAndNationalTypes() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE n (a VARCHAR(10) CHARACTER SET latin1 NOT NULL, b VARCHAR(5) CHARSET ascii, "
                + "x NCHAR(3), y NATIONAL VARCHAR(4), z VARCHAR(3));", "n");
        assertEquals("latin1", column(t, "a").charset());
        assertEquals(10, column(t, "a").type().length());
        assertFalse(column(t, "a").nullable());
        assertEquals("ascii", column(t, "b").charset());
        assertEquals("utf8mb3", column(t, "x").charset());
        assertEquals("utf8mb3", column(t, "y").charset());
        assertNull(column(t, "z").charset());
        assertNull(column(table(Dialect.POSTGRESQL, "CREATE TABLE n (x NCHAR(3));", "n"), "x").charset(), "PostgreSQL has no national character set");
    }

    @Test
    void collationsAndTheDefaultOne() {
        Table t = table(Dialect.POSTGRESQL, "CREATE TABLE c (a TEXT COLLATE \"C\", b TEXT COLLATE \"default\", c TEXT);", "c");
        assertEquals("C", column(t, "a").collation());
        assertNull(column(t, "b").collation());
        assertNull(column(t, "c").collation());
    }

    @Test
    void aMissingCommaBetweenColumnsIsNamedAsSuch() {
        var p = refused(Dialect.SQLITE, "CREATE TABLE a (x INT NOT NULL y INT);", 1, 32,
                "syntax error near 'y': a column option was expected; 'y INT' looks like the next column definition, after a missing comma");
        assertTrue(p.hint().contains("add the comma before y"), p.hint());
        refused(Dialect.SQLITE, "CREATE TABLE a (x INT NOT NULL 5);", 1, 32,
                "syntax error near '5' (expected a column option such as NOT NULL, DEFAULT, PRIMARY KEY, UNIQUE, CHECK or REFERENCES)");
    }

    @Test
    void postgresSerialColumnsAreNotNull() {
        Table t = table(Dialect.POSTGRESQL, "CREATE TABLE s (id SERIAL, n BIGSERIAL, x INT);", "s");
        assertFalse(column(t, "id").nullable());
        assertFalse(column(t, "n").nullable());
        assertTrue(column(t, "x").nullable());
    }

    @Test
    void identityColumnsRecordANamedSequenceOnly() {
        Table plain = table(Dialect.POSTGRESQL, "CREATE TABLE j (id INT GENERATED ALWAYS AS IDENTITY, n INT);", "j");
        assertEquals(java.util.Map.of(), plain.options());
        Table withOptions = table(Dialect.POSTGRESQL,
                "CREATE TABLE j (id INT GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY 2), n INT);", "j");
        assertEquals(java.util.Map.of(), withOptions.options());
        Table named = table(Dialect.POSTGRESQL,
                "CREATE TABLE j (id INT GENERATED ALWAYS AS IDENTITY (START WITH 1 SEQUENCE NAME public.j_ids CACHE (10)), n INT);", "j");
        assertEquals("j_ids", named.options().get(Table.serialSequenceOption("id")));
    }

    @Test
    void generatedColumnsStoredOrVirtualAsEachEngineDefaults() {
        Table m = table(Dialect.MARIADB, "CREATE TABLE g (a INT, b INT AS (a+1) PERSISTENT, c INT AS (a+2) VIRTUAL, d INT AS (a+3), "
                + "e INT GENERATED ALWAYS AS (a+4) STORED, f INT GENERATED ALWAYS AS (a+5));", "g");
        assertEquals(List.of(false, true, false, false, true, false), m.columns().stream().map(Column::generatedStored).toList());
        assertEquals("a + 1", column(m, "b").generatedExpression());
        Table p = table(Dialect.POSTGRESQL, "CREATE TABLE g (a INT, b INT GENERATED ALWAYS AS (a * 2) STORED);", "g");
        assertTrue(column(p, "b").generatedStored());
        Table s = table(Dialect.SQLITE, "CREATE TABLE g (a INT, b INT GENERATED ALWAYS AS (a * 2), c INT AS (a * 3) STORED, d INT AS (a) VIRTUAL);", "g");
        assertEquals(List.of(false, false, true, false), s.columns().stream().map(Column::generatedStored).toList());
    }

    // ---- references ----

    @Test
    void referentialActionsAsWritten() {
        Table t = table(Dialect.POSTGRESQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (v INT REFERENCES p ON DELETE CASCADE ON UPDATE RESTRICT,
                  w INT REFERENCES p ON DELETE NO ACTION ON UPDATE SET NULL,
                  x INT REFERENCES p MATCH FULL ON DELETE SET DEFAULT ON UPDATE CASCADE);
                """, "a");
        List<ForeignKey> fks = t.foreignKeys();
        assertEquals(List.of(ForeignKeyAction.CASCADE, ForeignKeyAction.NO_ACTION, ForeignKeyAction.SET_DEFAULT),
                List.of(fk(t, "v").onDelete(), fk(t, "w").onDelete(), fk(t, "x").onDelete()));
        assertEquals(List.of(ForeignKeyAction.RESTRICT, ForeignKeyAction.SET_NULL, ForeignKeyAction.CASCADE),
                List.of(fk(t, "v").onUpdate(), fk(t, "w").onUpdate(), fk(t, "x").onUpdate()));
        assertEquals(3, fks.size());
        refused(Dialect.POSTGRESQL, "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (v INT REFERENCES p ON DELETE NOTHING);", 2, 46,
                "syntax error near 'NOTHING' (expected CASCADE, RESTRICT, NO ACTION, SET NULL or SET DEFAULT)");
    }

    private static ForeignKey fk(Table t, String column) {
        return t.foreignKeys().stream().filter(f -> f.columns().equals(List.of(column))).findFirst().orElseThrow();
    }

    @Test
    void mariaDbKeepsRestrictAsNoAction() {
        Table t = table(Dialect.MARIADB, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (v INT, FOREIGN KEY (v) REFERENCES p (id) ON DELETE RESTRICT ON UPDATE RESTRICT);
                """, "a");
        assertEquals(ForeignKeyAction.NO_ACTION, t.foreignKeys().get(0).onDelete());
        assertEquals(ForeignKeyAction.NO_ACTION, t.foreignKeys().get(0).onUpdate());
    }

    @Test
    void postgresKeepsDeferralOfReferencesAndKeys() {
        Table t = table(Dialect.POSTGRESQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (v INT REFERENCES p (id) INITIALLY DEFERRED, w INT REFERENCES p (id) NOT DEFERRABLE);
                """, "a");
        assertEquals(Deferral.INITIALLY_DEFERRED, fk(t, "v").deferral());
        assertEquals(Deferral.NOT_DEFERRABLE, fk(t, "w").deferral());
        Table p = table(Dialect.POSTGRESQL, "CREATE TABLE p (id INT PRIMARY KEY DEFERRABLE, k INT UNIQUE DEFERRABLE INITIALLY DEFERRED);", "p");
        assertEquals(Deferral.INITIALLY_IMMEDIATE, p.primaryKey().deferral());
        assertEquals(Deferral.INITIALLY_DEFERRED, p.uniqueConstraints().get(0).deferral());
    }

    // ---- table constraints ----

    @Test
    void mariaDbKeyNamesIndexTypesAndOptions() {
        Table t = table(Dialect.MARIADB, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE k (a INT, b VARCHAR(30), c INT, d INT,
                  PRIMARY KEY USING BTREE (a) COMMENT 'pk',
                  KEY ix_a USING BTREE (a) KEY_BLOCK_SIZE=8 COMMENT 'x',
                  INDEX (a, b(10)),
                  FULLTEXT KEY ft (b),
                  CONSTRAINT c1 UNIQUE KEY ux USING HASH (c),
                  UNIQUE INDEX ud (d),
                  FOREIGN KEY fk_ix (c) REFERENCES p (id));
                """, "k");
        assertEquals(List.of("a"), t.primaryKey().columns());
        assertEquals(List.of("ud", "ux"), t.uniqueConstraints().stream().map(UniqueConstraint::name).toList());
        Index ixA = t.index("ix_a").orElseThrow();
        assertEquals(List.of(IndexKey.column("a")), ixA.keys());
        assertEquals(List.of(IndexKey.column("a"), IndexKey.prefix("b", 10, false)), t.index("a").orElseThrow().keys());
        assertEquals("FULLTEXT", t.index("ft").orElseThrow().method());
        assertEquals("fk_ix", t.foreignKeys().get(0).name());
    }

    @Test
    void mySqlIndexVisibility() {
        Table t = table(Dialect.MYSQL, "CREATE TABLE v (a INT, d INT, KEY ix (a) VISIBLE, UNIQUE INDEX ud (d) INVISIBLE COMMENT 'hidden');", "v");
        assertEquals(List.of(IndexKey.column("a")), t.index("ix").orElseThrow().keys());
        assertEquals(List.of(new UniqueConstraint("ud", List.of("d"))), t.uniqueConstraints());
    }

    @Test
    void mariaDbPrimaryKeyWithAnIgnoredNameAndSpatialKeys() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE g (id INT, pt POINT NOT NULL, PRIMARY KEY pk_ignored (id), SPATIAL INDEX sp (pt), KEY (id));", "g");
        assertEquals("PRIMARY", t.primaryKey().name());
        assertEquals(List.of("id"), t.primaryKey().columns());
        assertEquals("SPATIAL", t.index("sp").orElseThrow().method());
        assertNull(t.index("id").orElseThrow().method());
    }

    @Test
    void mariaDbUniqueKeyWithADescendingPartIsAUniqueIndex() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE d (a INT, b INT, UNIQUE KEY ud (a, b DESC), UNIQUE KEY ua (a ASC, b));", "d");
        Index ud = t.index("ud").orElseThrow();
        assertTrue(ud.unique());
        assertEquals(List.of(new IndexKey("a", null, false), new IndexKey("b", null, true)), ud.keys());
        assertEquals(List.of(new UniqueConstraint("ua", List.of("a", "b"))), t.uniqueConstraints());
    }

    @Test
    void postgresKeyIncludeAndStorageParameters() {
        Table t = table(Dialect.POSTGRESQL, """
                CREATE TABLE i (id INT, a INT, b INT, c INT,
                  PRIMARY KEY (id) INCLUDE (a) WITH (fillfactor = 70) USING INDEX TABLESPACE pg_default,
                  UNIQUE (b) INCLUDE (c, a));
                """, "i");
        assertEquals(List.of("a"), t.primaryKey().include());
        assertEquals(List.of("c", "a"), t.uniqueConstraints().get(0).include());
    }

    @Test
    void indexKeysColumnsPrefixesOperatorClassesAndExpressions() {
        Table pg = table(Dialect.POSTGRESQL, """
                CREATE TABLE t (a TEXT, b INT);
                CREATE INDEX t_ops ON t (a text_pattern_ops, b);
                CREATE INDEX t_expr ON t ((b + 1));
                CREATE INDEX t_lower ON t (lower(a) DESC NULLS LAST, b ASC);
                """, "t");
        assertEquals(List.of(IndexKey.column("a"), IndexKey.column("b")), pg.index("t_ops").orElseThrow().keys());
        assertEquals(List.of(new IndexKey(null, "b + 1", false)), pg.index("t_expr").orElseThrow().keys());
        assertEquals(List.of(new IndexKey(null, "lower(a)", true), IndexKey.column("b")), pg.index("t_lower").orElseThrow().keys());
        Table sqlite = table(Dialect.SQLITE, "CREATE TABLE t (a TEXT, b INT);\nCREATE INDEX t_e ON t ((b + 1), a COLLATE NOCASE ASC, b DESC);", "t");
        assertEquals(List.of(new IndexKey(null, "b + 1", false), IndexKey.column("a"), new IndexKey("b", null, true)),
                sqlite.index("t_e").orElseThrow().keys());
        Table maria = table(Dialect.MARIADB, "CREATE TABLE t (a VARCHAR(40), b INT);\nCREATE INDEX t_p ON t (a(12), b);", "t");
        assertEquals(List.of(IndexKey.prefix("a", 12, false), IndexKey.column("b")), maria.index("t_p").orElseThrow().keys());
        refused(Dialect.POSTGRESQL, "CREATE TABLE t (a TEXT);\nCREATE INDEX t_x ON t (a, );", 2, 27,
                "syntax error near ')' (expected an index column or expression)");
    }

    @Test
    void mariaDbCommentsOfColumnsAndTables() {
        Table t = table(Dialect.MARIADB, "CREATE TABLE c (a INT COMMENT 'the a', b INT COMMENT '') COMMENT = 'the table';", "c");
        assertEquals("the a", column(t, "a").comment());
        assertNull(column(t, "b").comment(), "COMMENT '' is no comment");
        assertEquals("the table", t.comment());
        refused(Dialect.MARIADB, "CREATE TABLE c (a INT COMMENT 5);", 1, 31, "syntax error near '5' (expected the comment as a quoted string)");
    }
}

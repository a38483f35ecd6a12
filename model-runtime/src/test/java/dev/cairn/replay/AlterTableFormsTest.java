package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Column;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ALTER TABLE forms replay models, and the model each leaves. */
class AlterTableFormsTest {

    private static Schema replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql)).schema();
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void addDropRenameColumnAndRenameTable(Dialect d) {
        Schema s = replay(d, """
                CREATE TABLE users (id INT PRIMARY KEY, name TEXT, age INT);
                ALTER TABLE users ADD COLUMN email VARCHAR(100);
                ALTER TABLE users DROP COLUMN age;
                ALTER TABLE users RENAME COLUMN name TO nickname;
                ALTER TABLE users RENAME TO members;
                """);
        assertTrue(s.table("users").isEmpty());
        assertEquals(List.of("id", "nickname", "email"), s.table("members").orElseThrow().columnNames());
    }

    @Test
    void postgresNamedAndUnnamedConstraints() {
        Table t = replay(Dialect.POSTGRESQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (id INT, code TEXT, p_id INT, n INT);
                ALTER TABLE a ADD PRIMARY KEY (id);
                ALTER TABLE a ADD UNIQUE (code);
                ALTER TABLE a ADD CONSTRAINT a_n_positive CHECK (n > 0);
                ALTER TABLE a ADD FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE;
                ALTER TABLE a ADD CONSTRAINT a_p_fk FOREIGN KEY (p_id) REFERENCES p;
                ALTER TABLE a DROP CONSTRAINT a_p_id_fkey, DROP CONSTRAINT a_code_key;
                """).table("a").orElseThrow();
        assertEquals("a_pkey", t.primaryKey().name());
        assertTrue(t.uniqueConstraints().isEmpty());
        assertEquals("a_n_positive", t.checks().get(0).name());
        assertEquals(List.of("a_p_fk"), t.foreignKeys().stream().map(f -> f.name()).toList());
        assertEquals(List.of("id"), t.foreignKeys().get(0).referencedColumns());
    }

    @Test
    void postgresAlterColumnForms() {
        Table t = replay(Dialect.POSTGRESQL, """
                CREATE TABLE a (x INT, y TEXT NOT NULL DEFAULT 'a');
                ALTER TABLE a ALTER COLUMN x SET NOT NULL;
                ALTER TABLE a ALTER COLUMN x SET DEFAULT 7;
                ALTER TABLE a ALTER x TYPE BIGINT USING x::bigint;
                ALTER TABLE a ALTER COLUMN y DROP NOT NULL, ALTER COLUMN y DROP DEFAULT;
                """).table("a").orElseThrow();
        Column x = t.column("x").orElseThrow();
        assertFalse(x.nullable());
        assertEquals("7", x.defaultExpression());
        assertEquals("bigint", x.type().name());
        Column y = t.column("y").orElseThrow();
        assertTrue(y.nullable());
        assertNull(y.defaultExpression());
    }

    @Test
    void mysqlModifyChangeAndDrops() {
        Table t = replay(Dialect.MARIADB, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (id INT NOT NULL, x INT, y INT, p_id INT, PRIMARY KEY (id), INDEX ix_y (y),
                  CONSTRAINT fk_p FOREIGN KEY (p_id) REFERENCES p (id));
                ALTER TABLE a MODIFY x BIGINT NOT NULL DEFAULT 0;
                ALTER TABLE a CHANGE y z VARCHAR(10) AFTER id;
                ALTER TABLE a DROP FOREIGN KEY fk_p;
                ALTER TABLE a DROP INDEX ix_y;
                ALTER TABLE a DROP PRIMARY KEY;
                """).table("a").orElseThrow();
        assertEquals(List.of("id", "z", "x", "p_id"), t.columnNames());
        Column x = t.column("x").orElseThrow();
        assertEquals("bigint", x.type().name());
        assertFalse(x.nullable());
        assertEquals("0", x.defaultExpression());
        assertEquals("varchar", t.column("z").orElseThrow().type().name());
        assertNull(t.primaryKey());
        assertTrue(t.foreignKeys().isEmpty());
        assertEquals(List.of("fk_p"), t.indexes().stream().map(i -> i.name()).toList());
    }

    @Test
    void indexesViewsTypesAndComments() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TYPE mood AS ENUM ('a', 'b');
                CREATE TABLE a (x INT, m mood);
                CREATE UNIQUE INDEX ix_x ON a (x);
                CREATE VIEW v AS SELECT x FROM a;
                COMMENT ON TABLE a IS 'the a table';
                COMMENT ON COLUMN a.x IS 'the x';
                DROP VIEW v;
                DROP INDEX ix_x;
                ALTER TABLE a DROP COLUMN m;
                DROP TYPE mood;
                """);
        Table a = s.table("a").orElseThrow();
        assertEquals("the a table", a.comment());
        assertEquals("the x", a.column("x").orElseThrow().comment());
        assertTrue(a.indexes().isEmpty());
        assertTrue(s.views().isEmpty());
        assertTrue(s.enumTypes().isEmpty());
    }

    @Test
    void dropTableIfExistsAndCascade() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (p_id INT REFERENCES p (id));
                DROP TABLE IF EXISTS nope, p CASCADE;
                """);
        assertTrue(s.table("p").isEmpty());
        assertTrue(s.table("a").orElseThrow().foreignKeys().isEmpty());
    }
}

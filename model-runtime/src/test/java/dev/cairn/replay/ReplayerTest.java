package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Identity;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReplayerTest {

    private static ReplayResult replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql));
    }

    @Test
    void microblogOnSqlite() {
        Schema s = replay(Dialect.SQLITE, """
                CREATE TABLE users (id INTEGER PRIMARY KEY AUTOINCREMENT, nickname VARCHAR(64) NOT NULL UNIQUE);
                CREATE INDEX ix_users_nickname ON users (nickname);
                CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users (id));
                """).schema();
        Table users = s.table("users").orElseThrow();
        assertEquals(Identity.AUTO_INCREMENT, users.column("id").orElseThrow().identity());
        assertTrue(users.column("id").orElseThrow().nullable(), "SQLite reports an INTEGER PRIMARY KEY without NOT NULL as nullable");
        assertEquals("varchar", users.column("nickname").orElseThrow().type().name());
        assertEquals(List.of("nickname"), users.uniqueConstraints().get(0).columns());
        assertEquals(List.of("nickname"), users.index("ix_users_nickname").orElseThrow().columnNames());
        assertEquals("users", s.table("posts").orElseThrow().foreignKeys().get(0).referencedTable());
    }

    @Test
    void postgresNamesConstraintsLikeTheEngine() {
        Table t = replay(Dialect.POSTGRESQL, "CREATE TABLE Users (id INT PRIMARY KEY, email TEXT UNIQUE, age INT CHECK (age > 0))")
                .schema().table("users").orElseThrow();
        assertEquals("users", t.name());
        assertEquals("users_pkey", t.primaryKey().name());
        assertEquals("users_email_key", t.uniqueConstraints().get(0).name());
        assertEquals(List.of(new CheckConstraint("users_age_check", "age > 0")), t.checks());
        assertFalse(t.column("id").orElseThrow().nullable());
    }

    @Test
    void sqliteTableOptionsThatJSqlParserRejects() {
        Table t = replay(Dialect.SQLITE, "CREATE TABLE kv (k TEXT NOT NULL PRIMARY KEY, v TEXT) WITHOUT ROWID, STRICT")
                .schema().table("kv").orElseThrow();
        assertEquals(Map.of("strict", "true", "without rowid", "true"), t.options());
    }

    @Test
    void descendingIndexKeys() {
        Table t = replay(Dialect.SQLITE, "CREATE TABLE p (a TEXT, b TEXT);\nCREATE INDEX ix ON p (a, b DESC);")
                .schema().table("p").orElseThrow();
        assertEquals(List.of(new IndexKey("a", null, false), new IndexKey("b", null, true)), t.index("ix").orElseThrow().keys());
    }

    @Test
    void opaqueStatementsStayInTheSequence() {
        ReplayResult r = replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\nINSERT INTO a VALUES (1);\nPRAGMA foreign_keys = ON;");
        assertEquals(3, r.steps().size());
        assertTrue(r.steps().get(0).shapeChanging());
        assertFalse(r.steps().get(1).shapeChanging());
        assertFalse(r.steps().get(2).invertible());
    }

    @Test
    void missingTableIsReportedAtItsName() {
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\n  ALTER TABLE b ADD COLUMN y INT;"));
        assertEquals(new SourcePosition("m.sql", 2, 15), p.position());
        assertTrue(p.getMessage().contains("table b does not exist"), p.getMessage());
    }

    @Test
    void duplicateTableAndColumnAreErrors() {
        SqlProblem t = assertThrows(SqlProblem.class, () -> replay(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nCREATE TABLE a (y INT);"));
        assertEquals(2, t.position().line());
        assertTrue(t.getMessage().contains("table a already exists"));
        SqlProblem c = assertThrows(SqlProblem.class, () -> replay(Dialect.SQLITE, "CREATE TABLE a (x INT, x TEXT)"));
        assertTrue(c.getMessage().contains("column x is declared twice"));
        assertEquals(1, replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\nCREATE TABLE IF NOT EXISTS a (y INT);").schema().tables().size());
    }

    @Test
    void foreignKeyToAMissingTableFailsOnPostgres() {
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(Dialect.POSTGRESQL, "CREATE TABLE posts (user_id INT REFERENCES users (id))"));
        assertTrue(p.getMessage().contains("references table users, which does not exist"), p.getMessage());
    }

    @Test
    void syntaxErrorsAndUnknownStatementsHaveFilePositions() {
        SqlProblem s = assertThrows(SqlProblem.class, () -> replay(Dialect.SQLITE, "CREATE TABLE a (x INT);\nCREATE TABLE b (\n  x INT,,\n  y INT);"));
        assertEquals(new SourcePosition("m.sql", 3, 9), s.position());
        SqlProblem u = assertThrows(SqlProblem.class, () -> replay(Dialect.SQLITE, "CRATE TABLE a (x INT)"));
        assertTrue(u.getMessage().contains("unknown statement 'CRATE'"), u.getMessage());
    }

    @Test
    void postgresIdentityColumnsEnumTypesAndUnnamedIndexes() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TYPE mood AS ENUM ('happy', 'it''s ok');
                CREATE TABLE c (a INT GENERATED ALWAYS AS IDENTITY, b BIGINT GENERATED BY DEFAULT AS IDENTITY, t TEXT);
                CREATE INDEX ON c (t);
                CREATE INDEX ON c (lower(t));
                """).schema();
        assertEquals(List.of("happy", "it's ok"), s.enumType("mood").orElseThrow().values());
        Table c = s.table("c").orElseThrow();
        assertEquals(Identity.ALWAYS, c.column("a").orElseThrow().identity());
        assertEquals(Identity.BY_DEFAULT, c.column("b").orElseThrow().identity());
        assertFalse(c.column("b").orElseThrow().nullable());
        assertTrue(c.index("c_t_idx").isPresent());
        assertTrue(c.index("c_lower_idx").orElseThrow().keys().get(0).expression().startsWith("lower("));
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(Dialect.POSTGRESQL, "DROP TYPE mood"));
        assertTrue(p.getMessage().contains("type mood does not exist"));
    }

    @Test
    void referencesWithoutColumnsMeansThePrimaryKeyAndDefaultsFollowTheColumnType() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TABLE tags (name TEXT PRIMARY KEY);
                CREATE TABLE item_tags (tag TEXT REFERENCES tags, n INTEGER DEFAULT '5');
                """).schema();
        Table t = s.table("item_tags").orElseThrow();
        assertEquals(List.of("name"), t.foreignKeys().get(0).referencedColumns());
        assertEquals("5", t.column("n").orElseThrow().defaultExpression());
    }
}

package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Routine;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DDL that real projects write and JSqlParser's grammar rejects; Cairn's own reader replays it. */
class RejectedByJSqlParserTest {

    private static ReplayResult replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql));
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void mysqlDropForeignKey(Dialect d) {
        Table a = replay(d, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE TABLE a (x INT, CONSTRAINT fk_a_p FOREIGN KEY (x) REFERENCES p (id));
                ALTER TABLE a DROP FOREIGN KEY fk_a_p;
                """).schema().table("a").orElseThrow();
        assertTrue(a.foreignKeys().isEmpty());
        assertTrue(a.index("fk_a_p").isPresent(), "the index InnoDB made for the key stays");
    }

    @Test
    void sqliteWithoutRowidStrictAndPrimaryKeyAsc() {
        Table kv = replay(Dialect.SQLITE, "CREATE TABLE kv (k TEXT PRIMARY KEY ASC, v INTEGER) STRICT, WITHOUT ROWID;").schema().table("kv").orElseThrow();
        assertEquals(Map.of("strict", "true", "without rowid", "true"), kv.options());
        assertEquals(List.of("k"), kv.primaryKey().columns());
        assertFalse(kv.column("k").orElseThrow().nullable(), "a WITHOUT ROWID primary key is NOT NULL");
        Table t = replay(Dialect.SQLITE, "CREATE TABLE t (id INTEGER PRIMARY KEY DESC, n TEXT);").schema().table("t").orElseThrow();
        assertEquals(List.of("id"), t.primaryKey().columns());
        assertEquals(Identity.NONE, t.column("id").orElseThrow().identity());
    }

    @Test
    void postgresSetDataTypeAndDropType() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE t (n INT DEFAULT 1, m mood);
                ALTER TABLE t ALTER COLUMN n SET DATA TYPE BIGINT;
                ALTER TABLE t ALTER COLUMN m TYPE TEXT;
                DROP TYPE mood;
                """).schema();
        Table t = s.table("t").orElseThrow();
        assertEquals("bigint", t.column("n").orElseThrow().type().name());
        assertEquals("1", t.column("n").orElseThrow().defaultExpression());
        assertEquals("text", t.column("m").orElseThrow().type().name());
        assertTrue(s.enumType("mood").isEmpty());
        assertTrue(replay(Dialect.POSTGRESQL, "DROP TYPE IF EXISTS mood CASCADE;").schema().enumTypes().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void aColumnNamedScript(Dialect d) {
        Table t = replay(d, "CREATE TABLE jobs (id INT PRIMARY KEY, script TEXT NOT NULL);\nALTER TABLE jobs RENAME COLUMN script TO body;")
                .schema().table("jobs").orElseThrow();
        assertEquals(List.of("id", "body"), t.columnNames());
    }

    @Test
    void mariaDbSequenceWithEngine() {
        Schema s = replay(Dialect.MARIADB, "CREATE SEQUENCE s START WITH 100 INCREMENT BY 10 ENGINE=InnoDB;").schema();
        assertEquals(new Sequence("s", 100L, 10L), s.sequence("s").orElseThrow());
    }

    @Test
    void sqliteTriggerBodyIsOneStep() {
        ReplayResult r = replay(Dialect.SQLITE, """
                CREATE TABLE a (x INT, changed TEXT);
                CREATE TRIGGER a_touch AFTER UPDATE ON a BEGIN
                  UPDATE a SET changed = 'yes' WHERE x = NEW.x;
                END;
                CREATE INDEX ix ON a (x);
                """);
        assertEquals(3, r.steps().size());
        assertTrue(r.schema().routine(Routine.Kind.TRIGGER, "a", "a_touch").isPresent());
        assertTrue(r.steps().get(1).statement().sql().strip().endsWith("END"), r.steps().get(1).statement().sql());
        assertTrue(r.schema().table("a").orElseThrow().index("ix").isPresent());
    }

    @Test
    void mysqlDelimiterBlockIsOneStep() {
        ReplayResult r = replay(Dialect.MARIADB, """
                CREATE TABLE a (x INT);
                DELIMITER //
                CREATE TRIGGER a_bi BEFORE INSERT ON a FOR EACH ROW BEGIN
                  SET NEW.x = NEW.x + 1;
                END//
                DELIMITER ;
                ALTER TABLE a ADD COLUMN y INT;
                """);
        List<ReplayStep> shaping = r.steps().stream().filter(ReplayStep::shapeChanging).toList();
        assertEquals(3, shaping.size());
        assertEquals(1, r.steps().stream().filter(s -> s.statement().sql().contains("TRIGGER")).count());
        assertTrue(r.schema().routine(Routine.Kind.TRIGGER, "a", "a_bi").isPresent());
        assertEquals(List.of("x", "y"), r.schema().table("a").orElseThrow().columnNames());
    }

    @Test
    void postgresDollarQuotedBodyIsOneStep() {
        ReplayResult r = replay(Dialect.POSTGRESQL, """
                CREATE TABLE a (x INT);
                CREATE FUNCTION bump() RETURNS trigger AS $$
                BEGIN
                  NEW.x := NEW.x + 1; -- a ; inside the body
                  RETURN NEW;
                END;
                $$ LANGUAGE plpgsql;
                CREATE TRIGGER a_bump BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION bump();
                ALTER TABLE a ADD COLUMN y INT;
                """);
        assertEquals(4, r.steps().size());
        assertTrue(r.steps().get(1).statement().sql().contains("RETURN NEW;"));
        assertTrue(r.schema().routine(Routine.Kind.FUNCTION, null, "bump").orElseThrow().definition().contains("RETURN NEW;"));
        assertTrue(r.schema().routine(Routine.Kind.TRIGGER, "a", "a_bump").isPresent());
        assertEquals(List.of("x", "y"), r.schema().table("a").orElseThrow().columnNames());
    }
}

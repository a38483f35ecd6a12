package dev.cairn.testdb;

import dev.cairn.dialect.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The harness's own tests: a snapshot is the same for the same schema in two namespaces, and it tells apart two
 * schemas that behave differently (each pair below differs in one thing the issue names), while spellings the engine
 * treats as one compare equal.
 */
class CatalogSnapshotTest {

    static Stream<Arguments> sameSchema() {
        return Stream.of(
                arguments(Dialect.SQLITE, """
                        CREATE TABLE 'tiles' (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT COLLATE NOCASE NOT NULL DEFAULT 'x',
                          "Zoom Level" int CHECK ("Zoom Level" >= 0), total INT GENERATED ALWAYS AS (id * 2) STORED,
                          parent INTEGER REFERENCES tiles ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
                          CONSTRAINT ck_name CHECK (length(name) > 0), UNIQUE (name, "Zoom Level"));
                        CREATE TABLE w (a TEXT PRIMARY KEY, b BLOB) WITHOUT ROWID, STRICT;
                        CREATE INDEX ix_t ON tiles (lower(name) DESC, parent) WHERE parent IS NOT NULL;
                        CREATE VIEW v AS SELECT id, name FROM tiles;
                        CREATE TRIGGER tr AFTER INSERT ON tiles BEGIN UPDATE tiles SET name = 'y' WHERE id = NEW.id; END;
                        """),
                arguments(Dialect.POSTGRESQL, """
                        CREATE TYPE mood AS ENUM ('sad', 'ok');
                        CREATE SEQUENCE s START 5 INCREMENT 2;
                        CREATE TABLE jobs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, data jsonb, name text COLLATE "C" NOT NULL,
                          m mood, n int DEFAULT nextval('s'), total int GENERATED ALWAYS AS (n * 2) STORED, CHECK (n > 0),
                          UNIQUE (name) DEFERRABLE INITIALLY DEFERRED);
                        CREATE INDEX ix_jobs ON jobs USING gin (to_tsvector('english', data::text));
                        CREATE INDEX ix_inc ON jobs (name) INCLUDE (n) WHERE n > 1;
                        ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
                        CREATE POLICY p ON jobs USING (n > 0);
                        CREATE VIEW v AS SELECT id, name FROM jobs;
                        COMMENT ON TABLE jobs IS 'the jobs';
                        CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                        CREATE TRIGGER tr BEFORE INSERT ON jobs FOR EACH ROW EXECUTE FUNCTION f();
                        """),
                arguments(Dialect.MARIADB, """
                        CREATE TABLE qrtz (ID INT AUTO_INCREMENT PRIMARY KEY, TYPE_NAME VARCHAR(200) NOT NULL, n INT DEFAULT 3 CHECK (n > 0),
                          g INT AS (n * 2) VIRTUAL, KEY IX_T (TYPE_NAME(100)), UNIQUE KEY u (n DESC))
                          ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE utf8mb3_bin COMMENT 'c';
                        CREATE TABLE child (id INT PRIMARY KEY, p INT, CONSTRAINT fk FOREIGN KEY (p) REFERENCES qrtz (ID) ON DELETE CASCADE);
                        CREATE VIEW v AS SELECT ID, n FROM qrtz;
                        CREATE SEQUENCE sq START WITH 10 INCREMENT BY 5;
                        DELIMITER //
                        CREATE TRIGGER tr BEFORE INSERT ON child FOR EACH ROW BEGIN SET NEW.p = NEW.p; END//
                        CREATE PROCEDURE pr(IN a INT) BEGIN SELECT a; END//
                        DELIMITER ;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sameSchema")
    void oneSchemaInTwoNamespacesHasOneSnapshot(Dialect dialect, String script) throws SQLException {
        try (FreshNamespace a = FreshNamespace.of(dialect); FreshNamespace b = FreshNamespace.of(dialect)) {
            a.runAsEngineClient(script);
            b.runAsEngineClient(script);
            CatalogSnapshot snapshot = a.catalog();
            assertTrue(snapshot.lines().size() > 15, snapshot::text);
            assertTrue(a.name() == null || !snapshot.text().contains(a.name()), "the namespace's name is masked:\n" + snapshot);
            CatalogSnapshot.assertSameCatalog("a", snapshot, "b", b.catalog(), null);
        }
    }

    static Stream<Arguments> differentSchemas() {
        return Stream.of(
                arguments(Dialect.SQLITE, "CREATE TABLE t (a TEXT COLLATE NOCASE)", "CREATE TABLE t (a TEXT)"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a INTEGER CHECK (a > 0))", "CREATE TABLE t (a INTEGER CHECK (a >= 0))"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a INTEGER PRIMARY KEY)", "CREATE TABLE t (a INT PRIMARY KEY)"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a INTEGER PRIMARY KEY AUTOINCREMENT)", "CREATE TABLE t (a INTEGER PRIMARY KEY)"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a INTEGER PRIMARY KEY) WITHOUT ROWID", "CREATE TABLE t (a INTEGER PRIMARY KEY)"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a, b AS (a + 1))", "CREATE TABLE t (a, b AS (a + 2))"),
                arguments(Dialect.SQLITE, "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE t (a REFERENCES p DEFERRABLE INITIALLY DEFERRED)",
                        "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE t (a REFERENCES p)"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a); CREATE INDEX i ON t (a) WHERE a > 0", "CREATE TABLE t (a); CREATE INDEX i ON t (a)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (d jsonb); CREATE INDEX i ON t USING gin (to_tsvector('english', d::text))",
                        "CREATE TABLE t (d jsonb); CREATE INDEX i ON t USING gin (to_tsvector('english', d))"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a bigint DEFAULT '1'::bigint)", "CREATE TABLE t (a bigint DEFAULT 0)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a) INCLUDE (b)",
                        "CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a int PRIMARY KEY DEFERRABLE)", "CREATE TABLE t (a int PRIMARY KEY)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a int); ALTER TABLE t ENABLE ROW LEVEL SECURITY", "CREATE TABLE t (a int)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a int); CREATE POLICY p ON t USING (a > 0)", "CREATE TABLE t (a int)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a text COLLATE \"C\")", "CREATE TABLE t (a text)"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a int); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                        + " CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()",
                        "CREATE TABLE t (a int); CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$"),
                arguments(Dialect.MARIADB, "CREATE TABLE t (a VARCHAR(10)) DEFAULT CHARSET=utf8mb3 COLLATE utf8mb3_bin",
                        "CREATE TABLE t (a VARCHAR(10))"),
                arguments(Dialect.MARIADB, "CREATE TABLE t (a VARCHAR(200), KEY i (a(100)))", "CREATE TABLE t (a VARCHAR(200), KEY i (a))"),
                arguments(Dialect.MARIADB, "CREATE TABLE t (a INT) ENGINE=MyISAM", "CREATE TABLE t (a INT) ENGINE=InnoDB"),
                arguments(Dialect.MARIADB, "CREATE TABLE t (a INT CHECK (a > 0))", "CREATE TABLE t (a INT, CONSTRAINT a CHECK (a > 0))"),
                arguments(Dialect.MARIADB, "CREATE SEQUENCE s NOCACHE", "CREATE SEQUENCE s"));
    }

    @ParameterizedTest(name = "{0}: {1} | {2}")
    @MethodSource("differentSchemas")
    void schemasThatBehaveDifferentlyHaveDifferentSnapshots(Dialect dialect, String one, String other) throws SQLException {
        assertNotEquals(snapshot(dialect, one), snapshot(dialect, other));
    }

    static Stream<Arguments> spellingsOfOneSchema() {
        return Stream.of(
                arguments(Dialect.SQLITE, "CREATE TABLE t (a TEXT DEFAULT NULL)", "CREATE TABLE t (a TEXT)"),
                arguments(Dialect.SQLITE, "CREATE TABLE t (a); CREATE INDEX i ON t ((a * 2) ASC)", "create table t (a); create index i on t (a*2)"),
                arguments(Dialect.SQLITE, "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE t (a REFERENCES p)",
                        "CREATE TABLE p (id INTEGER PRIMARY KEY); CREATE TABLE t (a REFERENCES p (id))"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a varchar(3) DEFAULT NULL)", "CREATE TABLE t (a varchar(3))"),
                arguments(Dialect.POSTGRESQL, "CREATE TABLE t (a bigint DEFAULT '0'::bigint, b int DEFAULT '-3'::integer)", "CREATE TABLE t (a bigint DEFAULT 0, b int DEFAULT -3)"),
                arguments(Dialect.MARIADB, "CREATE TABLE t (a BIGINT(13))", "CREATE TABLE t (a BIGINT)"),
                arguments(Dialect.MARIADB, "CREATE TABLE p (id INT PRIMARY KEY); CREATE TABLE t (a INT, FOREIGN KEY (a) REFERENCES p (id) ON DELETE NO ACTION)",
                        "CREATE TABLE p (id INT PRIMARY KEY); CREATE TABLE t (a INT, FOREIGN KEY (a) REFERENCES p (id))"));
    }

    @ParameterizedTest(name = "{0}: {1} | {2}")
    @MethodSource("spellingsOfOneSchema")
    void spellingsTheEngineTreatsAsOneCompareEqual(Dialect dialect, String one, String other) throws SQLException {
        assertEquals(snapshot(dialect, one), snapshot(dialect, other));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void theEngineClientStopsAtTheFirstStatementTheEngineRejects(Dialect dialect) throws SQLException {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            assertThrows(SQLException.class, () -> ns.runAsEngineClient("CREATE TABLE a (x INT);\nCREATE TABLE a (x INT);\nCREATE TABLE b (x INT);\n"));
            CatalogSnapshot after = ns.catalog();
            assertTrue(after.text().contains("table a") && !after.text().contains("table b"), after::text);
        }
    }

    static Stream<Dialect> dialects() {
        return Stream.of(Dialect.SQLITE, Dialect.POSTGRESQL, Dialect.MARIADB);
    }

    private static CatalogSnapshot snapshot(Dialect dialect, String script) throws SQLException {
        try (FreshNamespace ns = FreshNamespace.of(dialect)) {
            ns.runAsEngineClient(script + ";\n");
            return ns.catalog();
        }
    }
}

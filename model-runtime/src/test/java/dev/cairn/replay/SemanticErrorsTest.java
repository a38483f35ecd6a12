package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Table;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Semantic errors replay raises, each checked first against the engine (SQLite 3.40 CLI, PostgreSQL 15, MariaDB 10.11):
 * replay refuses what the engine refuses and accepts what it accepts. The error points at the offending name, quotes
 * the statement and gives a hint.
 */
class SemanticErrorsTest {

    static Schema replay(Dialect d, String sql) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("m.sql", sql)).schema();
    }

    static SqlProblem refused(Dialect d, String sql, int line, int column, String problem) {
        SqlProblem p = assertThrows(SqlProblem.class, () -> replay(d, sql), d + " should refuse");
        assertEquals(new SourcePosition("m.sql", line, column), p.position(), p.getMessage());
        assertEquals(problem, p.problem(), p.getMessage());
        String statement = sql.lines().toList().get(line - 1).strip();
        assertTrue(p.getMessage().startsWith("m.sql:" + line + ":" + column + ": " + problem + "\n    "), p.getMessage());
        assertTrue(p.getMessage().contains(statement.substring(0, statement.length() - 1)), "quotes the statement: " + p.getMessage());
        assertFalse(p.hint().isBlank());
        return p;
    }

    // ---- where all three engines agree ----

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void tableThatDoesNotExist(Dialect d) {
        refused(d, "CREATE TABLE a (x INT);\nALTER TABLE b ADD COLUMN y INT;", 2, 13, "table b does not exist");
        refused(d, "CREATE INDEX ix ON nope (x);", 1, 20, "table nope does not exist");
        refused(d, "DROP TABLE nope;", 1, 12, "table nope does not exist");
        refused(d, "DROP VIEW nope;", 1, 11, "view nope does not exist");
        assertTrue(replay(d, "DROP TABLE IF EXISTS nope;\nALTER TABLE IF EXISTS nope ADD COLUMN y INT;").tables().isEmpty());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void columnThatDoesNotExist(Dialect d) {
        String t = "CREATE TABLE a (x INT, y INT);\n";
        refused(d, t + "ALTER TABLE a DROP COLUMN z;", 2, 27, "column z does not exist in table a");
        refused(d, t + "ALTER TABLE a RENAME COLUMN z TO w;", 2, 29, "column z does not exist in table a");
        refused(d, t + "CREATE INDEX ix ON a (x, w);", 2, 20, "column w does not exist in table a");
        refused(d, "CREATE TABLE a (x INT, PRIMARY KEY (y));", 1, 37, "column y does not exist in table a");
        refused(d, "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT, FOREIGN KEY (y) REFERENCES p (id));",
                2, 37, "column y does not exist in table a");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void duplicates(Dialect d) {
        refused(d, "CREATE TABLE a (x INT);\nCREATE TABLE a (y INT);", 2, 14, "table a already exists");
        refused(d, "CREATE TABLE a (x INT, y INT, x TEXT);", 1, 31, "column x is declared twice in table a");
        refused(d, "CREATE TABLE a (x INT);\nALTER TABLE a ADD COLUMN x INT;", 2, 26, "column x already exists in table a");
        refused(d, "CREATE TABLE a (x INT, y INT);\nALTER TABLE a RENAME COLUMN x TO y;", 2, 34, "column y already exists in table a");
        refused(d, "CREATE TABLE a (x INT);\nCREATE TABLE b (x INT);\nALTER TABLE a RENAME TO b;", 3, 25, "table b already exists");
        refused(d, "CREATE TABLE a (x INT);\nCREATE VIEW a AS SELECT 1 AS one;", 2, 13, "a table named a already exists");
        refused(d, "CREATE TABLE a (x INT, y INT);\nCREATE INDEX ix ON a (x);\nCREATE INDEX ix ON a (y);", 3, 14,
                d == Dialect.POSTGRESQL ? "relation ix already exists" : "index ix already exists");
        refused(d, "CREATE TABLE a (x INT PRIMARY KEY, y INT PRIMARY KEY);", 1, 36, "table a has a primary key already");
        assertEquals(List.of("x"), replay(d, "CREATE TABLE a (x INT);\nCREATE TABLE IF NOT EXISTS a (y INT);")
                .table("a").orElseThrow().columnNames());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void foreignKeyColumnCountMustMatch(Dialect d) {
        refused(d, "CREATE TABLE p (id INT, k INT, PRIMARY KEY (id, k));\nCREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (id, k));",
                2, 37, "the foreign key has 1 column(s) but references 2");
    }

    // ---- where the engines differ ----

    @Test
    void foreignKeyToAMissingTableOrColumnIsAcceptedBySqliteOnly() {
        String missingTable = "CREATE TABLE a (x INT REFERENCES nope (id));";
        String missingColumn = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT REFERENCES p (nope));";
        assertEquals("nope", replay(Dialect.SQLITE, missingTable).table("a").orElseThrow().foreignKeys().get(0).referencedTable());
        assertEquals(List.of("nope"), replay(Dialect.SQLITE, missingColumn).table("a").orElseThrow().foreignKeys().get(0).referencedColumns());
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.MARIADB)) {
            refused(d, missingTable, 1, 34, "foreign key references table nope, which does not exist");
            refused(d, missingColumn, 2, 37, "foreign key references column p.nope, which does not exist");
        }
    }

    @Test
    void foreignKeyTargetMustBeUniqueOnPostgresAndIndexedOnMariaDb() {
        String indexed = "CREATE TABLE p (id INT PRIMARY KEY, k INT);\nCREATE INDEX pk_ix ON p (k);\nCREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (k));";
        refused(Dialect.POSTGRESQL, indexed, 3, 51, "there is no unique constraint or primary key on p [k] for the foreign key to reference");
        assertEquals(1, replay(Dialect.MARIADB, indexed).table("a").orElseThrow().foreignKeys().size());
        assertEquals(1, replay(Dialect.SQLITE, indexed).table("a").orElseThrow().foreignKeys().size());
        refused(Dialect.MARIADB, "CREATE TABLE p (id INT PRIMARY KEY, k INT);\nCREATE TABLE a (x INT, FOREIGN KEY (x) REFERENCES p (k));",
                2, 51, "there is no unique constraint or primary key on p [k] for the foreign key to reference");
    }

    @Test
    void indexNamesShareTheRelationNamespaceOnSqliteAndPostgres() {
        String otherTable = "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);\nCREATE INDEX ix ON a (x);\nCREATE INDEX ix ON b (y);";
        refused(Dialect.SQLITE, otherTable, 4, 14, "index ix already exists");
        refused(Dialect.POSTGRESQL, otherTable, 4, 14, "relation ix already exists");
        assertTrue(replay(Dialect.MARIADB, otherTable).table("b").orElseThrow().index("ix").isPresent());

        String indexLikeTable = "CREATE TABLE a (a INT);\nCREATE INDEX a ON a (a);";
        refused(Dialect.SQLITE, indexLikeTable, 2, 14, "there is already a table named a");
        refused(Dialect.POSTGRESQL, indexLikeTable, 2, 14, "relation a already exists");
        assertTrue(replay(Dialect.MARIADB, indexLikeTable).table("a").orElseThrow().index("a").isPresent());

        String withIndex = "CREATE TABLE a (x INT);\nCREATE INDEX ix ON a (x);\n";
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.POSTGRESQL)) {
            refused(d, withIndex + "CREATE TABLE ix (y INT);", 3, 14, "there is already an index named ix");
            refused(d, withIndex + "CREATE VIEW ix AS SELECT x FROM a;", 3, 13, "there is already an index named ix");
            refused(d, withIndex + "ALTER TABLE a RENAME TO ix;", 3, 25, "there is already an index named ix");
        }
        refused(Dialect.SQLITE, withIndex + "CREATE TABLE IF NOT EXISTS ix (y INT);", 3, 28, "there is already an index named ix");
        assertEquals(1, replay(Dialect.POSTGRESQL, withIndex + "CREATE TABLE IF NOT EXISTS ix (y INT);").tables().size());
        Schema maria = replay(Dialect.MARIADB, withIndex + "CREATE TABLE ix (y INT);\nCREATE VIEW v AS SELECT x FROM a;\nALTER TABLE ix RENAME TO v2;");
        assertTrue(maria.table("v2").isPresent());
    }

    @Test
    void postgresTableAndTypeNamesClash() {
        refused(Dialect.POSTGRESQL, "CREATE TABLE mood (x INT);\nCREATE TYPE mood AS ENUM ('b');", 2, 13, "type mood already exists");
        refused(Dialect.POSTGRESQL, "CREATE TYPE mood AS ENUM ('b');\nCREATE TABLE mood (x INT);", 2, 14, "there is already a type named mood");
    }

    @Test
    void mariaDbNamesAnUnnamedKeyAfterItsColumnEvenWhenTheTableHasThatName() {
        Table tag = replay(Dialect.MARIADB, "CREATE TABLE tag (tag VARCHAR(10), UNIQUE (tag));\nCREATE INDEX tag_2 ON tag (tag);")
                .table("tag").orElseThrow();
        assertEquals("tag", tag.uniqueConstraints().get(0).name());
        assertTrue(tag.index("tag_2").isPresent());
        Table a = replay(Dialect.MARIADB, "CREATE TABLE a (x INT, CONSTRAINT a CHECK (x > 0), CONSTRAINT b UNIQUE (x));").table("a").orElseThrow();
        assertEquals("a", a.checks().get(0).name());
    }

    @Test
    void postgresConstraintNamesAreUniquePerTableAndKeysAlsoAmongRelations() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE TABLE p (id INT PRIMARY KEY);
                CREATE INDEX ix1 ON p (id);
                CREATE TABLE a (x INT, CONSTRAINT fk1 FOREIGN KEY (x) REFERENCES p (id), CONSTRAINT ck1 CHECK (x > 0));
                CREATE TABLE b (x INT, CONSTRAINT fk1 FOREIGN KEY (x) REFERENCES p (id), CONSTRAINT ck1 CHECK (x > 0));
                CREATE TABLE c (x INT, CONSTRAINT ix1 FOREIGN KEY (x) REFERENCES p (id), CONSTRAINT u1 UNIQUE (x));
                CREATE TABLE d (x INT, CONSTRAINT u1 CHECK (x > 0));
                ALTER TABLE d ADD CONSTRAINT fk1 FOREIGN KEY (x) REFERENCES p (id);
                """);
        assertEquals("fk1", s.table("b").orElseThrow().foreignKeys().get(0).name());
        assertEquals("u1", s.table("d").orElseThrow().checks().get(0).name());
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT, y INT, CONSTRAINT c1 UNIQUE (x), CONSTRAINT c1 CHECK (y < 10));",
                1, 68, "a constraint or index named c1 already exists");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nCREATE INDEX c1 ON a (x);\nCREATE TABLE b (y INT, CONSTRAINT c1 UNIQUE (y));",
                3, 35, "a constraint or index named c1 already exists");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT, CONSTRAINT a UNIQUE (x));", 1, 35, "a constraint or index named a already exists");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nALTER TABLE a ADD CONSTRAINT c1 CHECK (x > 0);\nALTER TABLE a ADD CONSTRAINT c1 CHECK (x < 9);",
                3, 30, "a constraint or index named c1 already exists");
    }

    @Test
    void mariaDbForeignKeyNamesAreUniqueInTheSchema() {
        String p = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT, CONSTRAINT fk1 FOREIGN KEY (x) REFERENCES p (id));\n";
        refused(Dialect.MARIADB, p + "CREATE TABLE b (x INT, CONSTRAINT fk1 FOREIGN KEY (x) REFERENCES p (id));", 3, 35,
                "a constraint or index named fk1 already exists");
        refused(Dialect.MARIADB, p + "CREATE TABLE b (x INT);\nALTER TABLE b ADD CONSTRAINT fk1 FOREIGN KEY (x) REFERENCES p (id);", 4, 30,
                "a constraint or index named fk1 already exists");
        Schema s = replay(Dialect.MARIADB, p + "CREATE TABLE c (x INT, CONSTRAINT ck1 CHECK (x > 0));\nCREATE TABLE d (x INT, CONSTRAINT ck1 CHECK (x > 0));");
        assertEquals("ck1", s.table("d").orElseThrow().checks().get(0).name());
    }

    @Test
    void droppingAColumnAnIndexOrKeyNeeds() {
        String indexed = "CREATE TABLE a (x INT, y INT);\nCREATE INDEX ix ON a (x);\nALTER TABLE a DROP COLUMN x;";
        refused(Dialect.SQLITE, indexed, 3, 27, "cannot drop column x: index ix uses it");
        assertTrue(replay(Dialect.POSTGRESQL, indexed).table("a").orElseThrow().indexes().isEmpty());
        assertTrue(replay(Dialect.MARIADB, indexed).table("a").orElseThrow().indexes().isEmpty());

        refused(Dialect.SQLITE, "CREATE TABLE a (x INT PRIMARY KEY, y INT);\nALTER TABLE a DROP COLUMN x;", 2, 27, "cannot drop column x: it is part of the PRIMARY KEY");
        refused(Dialect.SQLITE, "CREATE TABLE a (x INT UNIQUE, y INT);\nALTER TABLE a DROP COLUMN x;", 2, 27, "cannot drop column x: it has a UNIQUE constraint");
        for (Dialect d : List.of(Dialect.POSTGRESQL, Dialect.MARIADB)) {
            Table a = replay(d, "CREATE TABLE a (x INT PRIMARY KEY, y INT UNIQUE, z INT);\nALTER TABLE a DROP COLUMN x;\nALTER TABLE a DROP COLUMN y;").table("a").orElseThrow();
            assertEquals(null, a.primaryKey());
            assertTrue(a.uniqueConstraints().isEmpty());
        }

        String fkTableLevel = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT, y INT, FOREIGN KEY (x) REFERENCES p (id));\nALTER TABLE a DROP COLUMN x;";
        refused(Dialect.SQLITE, fkTableLevel, 3, 27, "cannot drop column x: a foreign key uses it");
        refused(Dialect.MARIADB, fkTableLevel, 3, 27, "cannot drop column x: it is needed in foreign key constraint a_ibfk_1");
        assertTrue(replay(Dialect.POSTGRESQL, fkTableLevel).table("a").orElseThrow().foreignKeys().isEmpty());

        String referenced = "CREATE TABLE p (id INT PRIMARY KEY, z INT);\nCREATE TABLE a (x INT REFERENCES p (id), y INT);\nALTER TABLE p DROP COLUMN id;";
        refused(Dialect.POSTGRESQL, referenced, 3, 27, "cannot drop column id: foreign key a_x_fkey of table a references it");
        refused(Dialect.MARIADB, referenced, 3, 27, "cannot drop column id: foreign key a_ibfk_1 of table a references it");
        assertTrue(replay(Dialect.POSTGRESQL, referenced.replace("id;", "id CASCADE;")).table("a").orElseThrow().foreignKeys().isEmpty());
    }

    @Test
    void droppingTheOnlyColumn() {
        for (Dialect d : List.of(Dialect.SQLITE, Dialect.MARIADB)) {
            refused(d, "CREATE TABLE a (x INT);\nALTER TABLE a DROP COLUMN x;", 2, 27, "cannot drop column x: it is the only column of table a");
        }
    }

    @Test
    void mariaDbKeepsTheLastIndexAForeignKeyNeeds() {
        String fk = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT, CONSTRAINT fk FOREIGN KEY (x) REFERENCES p (id));\n";
        refused(Dialect.MARIADB, fk + "DROP INDEX fk ON a;", 3, 12, "cannot drop index fk: needed in foreign key constraint fk");
        refused(Dialect.MARIADB, fk + "ALTER TABLE a DROP INDEX fk;", 3, 26, "cannot drop index fk: needed in foreign key constraint fk");
        // a later index on the key's columns replaces the one MariaDB made for the key
        refused(Dialect.MARIADB, fk + "CREATE INDEX ix2 ON a (x);\nDROP INDEX fk ON a;", 4, 12, "index fk does not exist on table a");
        assertEquals(List.of("ix2"), replay(Dialect.MARIADB, fk + "CREATE INDEX ix2 ON a (x);").table("a").orElseThrow()
                .indexes().stream().map(dev.cairn.schema.Index::name).toList());
    }

    @Test
    void droppingAReferencedTable() {
        String referenced = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT REFERENCES p (id));\nDROP TABLE p;";
        refused(Dialect.POSTGRESQL, referenced, 3, 12, "cannot drop table p: foreign key a_x_fkey of table a references it");
        refused(Dialect.MARIADB, referenced, 3, 12, "cannot drop table p: foreign key a_ibfk_1 of table a references it");
        refused(Dialect.MARIADB, referenced.replace("p;", "p CASCADE;"), 3, 12, "cannot drop table p: foreign key a_ibfk_1 of table a references it");
        assertFalse(replay(Dialect.SQLITE, referenced).table("p").isPresent());
        Schema cascaded = replay(Dialect.POSTGRESQL, referenced.replace("p;", "p CASCADE;"));
        assertTrue(cascaded.table("a").orElseThrow().foreignKeys().isEmpty());
        refused(Dialect.SQLITE, "CREATE TABLE a (x INT);\nDROP TABLE a CASCADE;", 2, 14, "syntax error near 'CASCADE' (expected the end of the statement)");
    }

    @Test
    void postgresDropConstraintAndIndexChecks() {
        String keyed = "CREATE TABLE p (id INT PRIMARY KEY);\nCREATE TABLE a (x INT REFERENCES p (id));\n";
        refused(Dialect.POSTGRESQL, keyed + "ALTER TABLE p DROP CONSTRAINT p_pkey;", 3, 31, "foreign key a_x_fkey on table a depends on this key");
        refused(Dialect.POSTGRESQL, keyed + "DROP INDEX p_pkey;", 3, 12,
                "cannot drop index p_pkey because constraint p_pkey on table p requires it");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nALTER TABLE a DROP CONSTRAINT nope;", 2, 31, "constraint nope does not exist on table a");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT PRIMARY KEY);\nALTER TABLE a ALTER COLUMN x DROP NOT NULL;", 2, 28, "column x is in a primary key");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nALTER TABLE a ADD PRIMARY KEY (x);\nALTER TABLE a ADD PRIMARY KEY (x);", 3, 32,
                "table a has a primary key already");
    }

    @Test
    void mariaDbDropForms() {
        String t = "CREATE TABLE a (x INT, y INT);\n";
        refused(Dialect.MARIADB, t + "ALTER TABLE a DROP PRIMARY KEY;", 2, 20, "table a has no primary key");
        refused(Dialect.MARIADB, t + "ALTER TABLE a DROP FOREIGN KEY nope;", 2, 32, "foreign key nope does not exist on table a");
        refused(Dialect.MARIADB, t + "ALTER TABLE a DROP INDEX nope;", 2, 26, "index nope does not exist on table a");
        refused(Dialect.MARIADB, t + "ALTER TABLE a MODIFY z INT;", 2, 22, "column z does not exist in table a");
        refused(Dialect.MARIADB, t + "ALTER TABLE a CHANGE x y INT;", 2, 24, "column y already exists in table a");
        refused(Dialect.MARIADB, t + "ALTER TABLE a ALTER COLUMN z SET DEFAULT 1;", 2, 28, "column z does not exist in table a");
    }

    @Test
    void typesAndComments() {
        refused(Dialect.POSTGRESQL, "CREATE TYPE mood AS ENUM ('a');\nCREATE TABLE t (m mood);\nDROP TYPE mood;", 3, 11,
                "cannot drop type mood: column t.m uses it");
        refused(Dialect.POSTGRESQL, "CREATE TYPE mood AS ENUM ('a');\nCREATE TYPE mood AS ENUM ('b');", 2, 13, "type mood already exists");
        refused(Dialect.POSTGRESQL, "DROP TYPE mood;", 1, 11, "type mood does not exist");
        refused(Dialect.POSTGRESQL, "CREATE TABLE a (x INT);\nCOMMENT ON COLUMN a.y IS 'c';", 2, 21, "column y does not exist in table a");
        refused(Dialect.POSTGRESQL, "COMMENT ON TABLE nope IS 'c';", 1, 18, "table nope does not exist");
    }
}

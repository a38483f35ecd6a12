package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.sql.SourcePosition;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DDL built at run time: replay recognises the statements whose effect on the schema it cannot know, says where, stops
 * reading there (so that no later statement is refused on a model that may be wrong), and lets every other statement
 * through as before.
 */
class DynamicDdlTest {
    private static final String TABLE = "CREATE TABLE t (id INT PRIMARY KEY, a INT);\n";

    static ReplayResult replay(Replayer r, String sql) {
        return r.replay(Schema.EMPTY, new StatementSplitter(Engines.of(r.dialect()).syntax()).split("m.sql", sql));
    }

    static ReplayResult replay(Dialect d, String sql) {
        return replay(new Replayer(d), sql);
    }

    static UnknownEffect unknown(Dialect d, String sql, int line, int column) {
        ReplayResult r = replay(d, sql);
        Optional<UnknownEffect> u = r.unknownEffect();
        assertTrue(u.isPresent(), d + " should find the effect of a statement unknown in:\n" + sql);
        assertEquals(new SourcePosition("m.sql", line, column), u.get().position(), u.get().why());
        return u.get();
    }

    static void known(Dialect d, String sql) {
        ReplayResult r = replay(d, sql);
        assertEquals(Optional.empty(), r.unknownEffect().map(UnknownEffect::why), sql);
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"MYSQL", "MARIADB"})
    void executeOfAPreparedStatementOnMySqlAndMariaDb(Dialect d) {
        UnknownEffect u = unknown(d, TABLE + "SET @s = 'ALTER TABLE t ADD COLUMN b INT';\nPREPARE stmt FROM @s;\nEXECUTE stmt;\n"
                + "DEALLOCATE PREPARE stmt;\nCREATE INDEX ix_b ON t (b);", 4, 1);
        assertTrue(u.why().contains("prepared at run time"), u.why());
        unknown(d, TABLE + "EXECUTE IMMEDIATE 'ALTER TABLE t ADD COLUMN b INT';", 2, 1);
    }

    @Test
    void postgresPreparesOnlyQueriesAndDataChanges() {
        known(Dialect.POSTGRESQL, TABLE + "PREPARE ins (int) AS INSERT INTO t VALUES ($1, 0);\nEXECUTE ins(1);");
    }

    @Test
    void postgresDoBlocksThatMayRunDdl() {
        Dialect pg = Dialect.POSTGRESQL;
        unknown(pg, TABLE + "DO $$ BEGIN EXECUTE format('ALTER TABLE %I ADD COLUMN b int', 't'); END $$;", 2, 1);
        unknown(pg, TABLE + "DO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_attribute WHERE attname = 'b') THEN\n"
                + "    ALTER TABLE t ADD COLUMN b int;\n  END IF;\nEND\n$$;", 2, 1);
        unknown(pg, TABLE + "DO LANGUAGE plpgsql 'BEGIN DROP TABLE t; END';", 2, 1);
        known(pg, TABLE + "DO $$ BEGIN INSERT INTO t VALUES (1, 2); RAISE NOTICE 'created % rows', 1; END $$;");
        known(pg, TABLE + "DO $$ BEGIN -- no ALTER here, only a comment\n UPDATE t SET a = 0; END $$;");
    }

    @Test
    void mariaDbDoEvaluatesExpressions() {
        known(Dialect.MARIADB, TABLE + "DO SLEEP(0), 'ALTER TABLE t DROP COLUMN a';");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void callOfAProcedure(Dialect d) {
        UnknownEffect outside = unknown(d, TABLE + "CALL maintenance();", 2, 1);
        assertTrue(outside.why().contains("the migrations did not create it"), outside.why());
        String ddl = d == Dialect.POSTGRESQL
                ? "CREATE PROCEDURE widen() LANGUAGE plpgsql AS $$ BEGIN ALTER TABLE t ADD COLUMN b int; END $$;\n"
                : "CREATE PROCEDURE widen() BEGIN ALTER TABLE t ADD COLUMN b INT; END;\n";
        UnknownEffect u = unknown(d, TABLE + ddl + "CALL widen();", 3, 1);
        assertTrue(u.why().contains("its code may run DDL"), u.why());
        String dml = d == Dialect.POSTGRESQL
                ? "CREATE PROCEDURE seed() LANGUAGE sql AS 'INSERT INTO t VALUES (1, 1)';\n"
                : "CREATE PROCEDURE seed() COMMENT 'fills t' BEGIN INSERT INTO t VALUES (1, 1); END;\n";
        known(d, TABLE + dml + "CALL seed();");
    }

    @Test
    void postgresFunctionsThatRunDdlWhereverTheyAreCalled() {
        Dialect pg = Dialect.POSTGRESQL;
        String f = "CREATE OR REPLACE FUNCTION public.add_col(name text) RETURNS void AS $$\nBEGIN\n"
                + "  EXECUTE 'ALTER TABLE t ADD COLUMN ' || quote_ident(name) || ' int';\nEND;\n$$ LANGUAGE plpgsql;\n";
        unknown(pg, TABLE + f + "SELECT add_col('b');", 7, 8);
        unknown(pg, TABLE + f + "INSERT INTO t SELECT 1, 2 FROM (SELECT public.add_col('c')) x;", 7, 47);
        known(pg, TABLE + f + "SELECT now(), lower('ADD_COL');\nDROP FUNCTION add_col(text);");
        known(pg, TABLE + f + "DROP FUNCTION IF EXISTS add_col(text);\nSELECT add_col('b');");
        String calls = "CREATE FUNCTION outer_f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN PERFORM add_col('x'); END $$;\n";
        unknown(pg, TABLE + f + calls + "SELECT outer_f();", 8, 8);
        known(pg, TABLE + "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.a := 1; RETURN NEW; END $$;\n"
                + "SELECT touch();");
    }

    @Test
    void routinesAreRememberedFromOneFileToTheNext() {
        Replayer r = new Replayer(Dialect.MARIADB);
        ReplayResult first = replay(r, TABLE + "CREATE PROCEDURE widen() BEGIN ALTER TABLE t ADD COLUMN b INT; END;");
        assertFalse(first.unknownEffect().isPresent());
        ReplayResult second = r.replay(first.schema(), new StatementSplitter(Engines.of(Dialect.MARIADB).syntax()).split("n.sql", "CALL widen();"));
        assertEquals(new SourcePosition("n.sql", 1, 1), second.unknownEffect().orElseThrow().position());
    }

    @Test
    void writesToTheCatalog() {
        unknown(Dialect.SQLITE, TABLE + "PRAGMA writable_schema = ON;\nUPDATE sqlite_master SET sql = 'CREATE TABLE t (id INT PRIMARY KEY, a INT, b INT)'"
                + " WHERE name = 't';\nPRAGMA writable_schema = RESET;", 3, 8);
        unknown(Dialect.SQLITE, TABLE + "INSERT OR REPLACE INTO main.sqlite_schema VALUES ('index', 'ix', 't', 0, 'x');", 2, 29);
        known(Dialect.SQLITE, TABLE + "UPDATE OR IGNORE t SET a = 1;\nDELETE FROM t;\nINSERT INTO t VALUES (1, 2);");
        unknown(Dialect.POSTGRESQL, TABLE + "UPDATE pg_catalog.pg_attribute SET atttypmod = 104 WHERE attname = 'a';", 2, 19);
        unknown(Dialect.POSTGRESQL, TABLE + "UPDATE pg_attribute SET atttypmod = 104 WHERE attname = 'a';", 2, 8);
        known(Dialect.MARIADB, TABLE + "UPDATE mysql.user SET plugin = '' WHERE 1 = 0;");
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"POSTGRESQL", "MARIADB"})
    void statementsAfterAnUnknownOneAreNotReadSoNoneIsRefusedOnAModelThatMayBeWrong(Dialect d) {
        ReplayResult r = replay(d, TABLE + "CALL widen_t();\nCREATE INDEX ix_b ON t (b);\nALTER TABLE t DROP COLUMN b;");
        assertEquals(new SourcePosition("m.sql", 2, 1), r.unknownEffect().orElseThrow().position());
        assertEquals(4, r.steps().size());
        assertTrue(r.steps().subList(1, 4).stream().allMatch(s -> s.opaque() && s.changes().isEmpty()));
        assertEquals(2, r.schema().table("t").orElseThrow().columns().size());
    }

    @ParameterizedTest
    @EnumSource(value = Dialect.class, names = {"SQLITE", "POSTGRESQL", "MARIADB"})
    void ordinaryMigrationsStayKnown(Dialect d) {
        known(d, TABLE + "CREATE INDEX ix_a ON t (a);\nINSERT INTO t VALUES (1, 2);\nUPDATE t SET a = 3;\nSELECT count(*) FROM t;\n"
                + "CREATE VIEW v AS SELECT a FROM t;\nDELETE FROM t;");
    }
}

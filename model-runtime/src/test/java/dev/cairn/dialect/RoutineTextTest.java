package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Routine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What a migration writes and what the engine's catalog prints for the same object read as equal routines, and a
 * real difference does not.
 */
class RoutineTextTest {

    private static Routine read(Dialect d, String sql) {
        return RoutineText.read(Engines.of(d), sql).routine();
    }

    @Test
    void aPostgresTriggerAsWrittenEqualsPgGetTriggerdef() {
        Routine written = read(Dialect.POSTGRESQL, "CREATE TRIGGER Audit AFTER UPDATE OF b, a OR INSERT ON app.Posts FOR ROW "
                + "WHEN (NEW.x <> 'y') EXECUTE PROCEDURE log_it(1, 'two');");
        Routine catalog = read(Dialect.POSTGRESQL, "CREATE TRIGGER audit AFTER INSERT OR UPDATE OF b, a ON app.posts FOR EACH ROW "
                + "WHEN ((new.x <> 'y'::text)) EXECUTE FUNCTION app.log_it('1', 'two')");
        assertEquals(catalog, written);
        assertEquals("posts", written.table());
        assertEquals("AFTER", written.timing());
        assertEquals(List.of("INSERT", "UPDATE OF b, a"), written.events());
        assertEquals("FOR EACH ROW WHEN NEW . X <> 'y' EXECUTE FUNCTION log_it('1', 'two')", written.definition());
    }

    @Test
    void aPostgresTriggerWithoutForEachIsAStatementTrigger() {
        assertEquals(read(Dialect.POSTGRESQL, "CREATE TRIGGER t BEFORE TRUNCATE ON p FOR EACH STATEMENT EXECUTE FUNCTION f()"),
                read(Dialect.POSTGRESQL, "CREATE TRIGGER t BEFORE TRUNCATE ON p EXECUTE FUNCTION f()"));
        assertNotEquals(read(Dialect.POSTGRESQL, "CREATE TRIGGER t BEFORE INSERT ON p FOR EACH ROW EXECUTE FUNCTION f()"),
                read(Dialect.POSTGRESQL, "CREATE TRIGGER t BEFORE INSERT ON p EXECUTE FUNCTION f()"));
    }

    @Test
    void aPostgresFunctionAsWrittenEqualsPgGetFunctiondef() {
        Routine written = read(Dialect.POSTGRESQL, "CREATE FUNCTION add_one(x INT, label TEXT DEFAULT 'a') RETURNS INT "
                + "AS $$ SELECT x + 1 $$ LANGUAGE SQL VOLATILE CALLED ON NULL INPUT SECURITY INVOKER");
        Routine catalog = read(Dialect.POSTGRESQL, """
                CREATE OR REPLACE FUNCTION app.add_one(x integer, label text DEFAULT 'a'::text)
                 RETURNS integer
                 LANGUAGE sql
                AS $function$ SELECT x + 1 $function$
                """);
        assertEquals(catalog, written);
        assertEquals("(x integer, label text) RETURNS integer LANGUAGE sql AS  SELECT x + 1 ", written.definition());
        assertNotEquals(written, read(Dialect.POSTGRESQL, "CREATE FUNCTION add_one(x INT, label TEXT) RETURNS INT AS $$ SELECT x + 2 $$ LANGUAGE sql"));
        assertNotEquals(written, read(Dialect.POSTGRESQL, "CREATE FUNCTION add_one(x INT, label TEXT) RETURNS INT AS $$ SELECT x + 1 $$ LANGUAGE sql STRICT"));
        assertNotEquals(written, read(Dialect.POSTGRESQL, "CREATE FUNCTION add_one(y INT, label TEXT) RETURNS INT AS $$ SELECT x + 1 $$ LANGUAGE sql"));
    }

    @Test
    void aMariaDbFunctionAsWrittenEqualsShowCreateFunction() {
        Routine written = read(Dialect.MARIADB, "CREATE FUNCTION add_one(x INT) RETURNS INT DETERMINISTIC RETURN x + 1 -- one more");
        Routine catalog = read(Dialect.MARIADB, "CREATE DEFINER=`root`@`localhost` FUNCTION `add_one`(x INT) RETURNS int(11)\n    DETERMINISTIC\nRETURN x + 1");
        assertEquals(catalog, written);
        assertNotEquals(written, read(Dialect.MARIADB, "CREATE FUNCTION add_one(x INT) RETURNS INT RETURN x + 1"));
    }

    @Test
    void aMariaDbTriggerBodyComparesByItsTokens() {
        Routine written = read(Dialect.MARIADB, """
                CREATE TRIGGER posts_bu BEFORE UPDATE ON posts FOR EACH ROW
                BEGIN
                  -- a comment
                  IF NEW.title <> OLD.title THEN SET NEW.hits = 0; END IF;
                END""");
        Routine catalog = read(Dialect.MARIADB, "CREATE DEFINER=`root`@`%` TRIGGER posts_bu BEFORE UPDATE ON posts FOR EACH ROW "
                + "begin if new.title <> old.title then set new.hits = 0; end if; end");
        assertEquals(catalog, written);
        assertNotEquals(written, read(Dialect.MARIADB, "CREATE TRIGGER posts_bu AFTER UPDATE ON posts FOR EACH ROW "
                + "BEGIN IF NEW.title <> OLD.title THEN SET NEW.hits = 0; END IF; END"));
    }

    @Test
    void aSqliteTriggerDefaultsToBeforeAndForEachRow() {
        Routine t = read(Dialect.SQLITE, "CREATE TRIGGER IF NOT EXISTS t DELETE ON p BEGIN SELECT 1; END");
        assertEquals("BEFORE", t.timing());
        assertEquals(read(Dialect.SQLITE, "CREATE TRIGGER t BEFORE DELETE ON p FOR EACH ROW BEGIN SELECT 1; END"), t);
        assertEquals("DELETE ON p BEGIN SELECT 1; END", t.source());
    }

    @Test
    void notModelledKindsAreNull() {
        assertNull(RoutineText.read(Engines.of(Dialect.SQLITE), "CREATE TEMP TRIGGER t AFTER INSERT ON p BEGIN SELECT 1; END"));
        assertNull(RoutineText.read(Engines.of(Dialect.POSTGRESQL), "CREATE CONSTRAINT TRIGGER t AFTER INSERT ON p FOR EACH ROW EXECUTE FUNCTION f()"));
        assertNull(RoutineText.read(Engines.of(Dialect.POSTGRESQL), "CREATE AGGREGATE a (int) (sfunc = f, stype = int)"));
    }

    @Test
    void anUnreadableTriggerSaysWhere() {
        RoutineText.Unreadable e = assertThrows(RoutineText.Unreadable.class,
                () -> RoutineText.read(Engines.of(Dialect.SQLITE), "CREATE TRIGGER t AFTER SELECT ON p BEGIN SELECT 1; END"));
        assertEquals("CREATE TRIGGER t AFTER ".length(), e.at());
    }
}

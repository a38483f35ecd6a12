package dev.cairn.dialect.change;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.replay.Replayer;
import dev.cairn.schema.Column;
import dev.cairn.schema.EnumType;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.SchemaChange;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.Table;
import dev.cairn.sql.StatementSplitter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The SQL text of a few changes, and what each dialect refuses, without an engine. */
class ChangeRendererTextTest {

    private static Schema replay(Dialect d, String script) {
        return new Replayer(d).replay(Schema.EMPTY, new StatementSplitter(Engines.of(d).syntax()).split("t.sql", script)).schema();
    }

    private static List<String> render(Dialect d, Schema before, SchemaChange change) {
        return Engines.of(d).changeRenderer().render(before, change);
    }

    @Test
    void mysqlDropsChecksWithDropCheckAndMariaDbWithDropConstraint() {
        String script = "CREATE TABLE t (a int, CONSTRAINT a_pos CHECK (a > 0))";
        for (Dialect d : List.of(Dialect.MYSQL, Dialect.MARIADB)) {
            Schema s = replay(d, script);
            Table t = s.table("t").orElseThrow();
            List<String> sql = render(d, s, new SchemaChange.TableAltered(t, t.withChecks(List.of())));
            assertEquals(List.of("ALTER TABLE t " + (d == Dialect.MYSQL ? "DROP CHECK" : "DROP CONSTRAINT") + " a_pos"), sql);
        }
    }

    @Test
    void postgresRetypeDropsTheDefaultThatCannotBeCastAndSetsItAgain() {
        Schema s = replay(Dialect.POSTGRESQL, "CREATE TABLE t (a varchar(5) DEFAULT 'x')");
        Table t = s.table("t").orElseThrow();
        Table after = replay(Dialect.POSTGRESQL, "CREATE TABLE t (a text DEFAULT 'x')").table("t").orElseThrow();
        assertEquals(List.of("ALTER TABLE t ALTER COLUMN a DROP DEFAULT", "ALTER TABLE t ALTER COLUMN a TYPE text USING a::text",
                "ALTER TABLE t ALTER COLUMN a SET DEFAULT 'x'"), render(Dialect.POSTGRESQL, s, new SchemaChange.TableAltered(t, after)));
    }

    @Test
    void foreignKeysAreDroppedBeforeTheKeysTheyNeedAndAddedAfterTheKeysTheyNeed() {
        Schema s = replay(Dialect.POSTGRESQL, "CREATE TABLE t (id int PRIMARY KEY, code int CONSTRAINT t_code UNIQUE, up int CONSTRAINT t_up REFERENCES t (code))");
        Table after = replay(Dialect.POSTGRESQL, "CREATE TABLE t (id int PRIMARY KEY, code int, up int CONSTRAINT t_up REFERENCES t (id))")
                .table("t").orElseThrow();
        assertEquals(List.of("ALTER TABLE t DROP CONSTRAINT t_up", "ALTER TABLE t DROP CONSTRAINT t_code",
                        "ALTER TABLE t ADD CONSTRAINT t_up FOREIGN KEY (up) REFERENCES t (id)"),
                render(Dialect.POSTGRESQL, s, new SchemaChange.TableAltered(s.table("t").orElseThrow(), after)));
        Table back = s.table("t").orElseThrow();
        assertEquals(List.of("ALTER TABLE t DROP CONSTRAINT t_up", "ALTER TABLE t ADD CONSTRAINT t_code UNIQUE (code)",
                        "ALTER TABLE t ADD CONSTRAINT t_up FOREIGN KEY (up) REFERENCES t (code)"),
                render(Dialect.POSTGRESQL, s.withTable(after), new SchemaChange.TableAltered(after, back)));
    }

    @Test
    void postgresDropsAndAddsTheKeyAroundTheColumnsItNeeds() {
        Schema s = replay(Dialect.POSTGRESQL, "CREATE TABLE p (id int PRIMARY KEY, code int)");
        Table after = replay(Dialect.POSTGRESQL, "CREATE TABLE p (id int, code int PRIMARY KEY)").table("p").orElseThrow();
        assertEquals(List.of("ALTER TABLE p DROP CONSTRAINT p_pkey", "ALTER TABLE p ALTER COLUMN id DROP NOT NULL",
                        "ALTER TABLE p ALTER COLUMN code SET NOT NULL", "ALTER TABLE p ADD CONSTRAINT p_pkey PRIMARY KEY (code)"),
                render(Dialect.POSTGRESQL, s, new SchemaChange.TableAltered(s.table("p").orElseThrow(), after)));
    }

    @Test
    void whatTheDialectsCannotDo() {
        Schema pg = replay(Dialect.POSTGRESQL, "CREATE TABLE t (id serial PRIMARY KEY, a int, g int GENERATED ALWAYS AS (a * 2) STORED)");
        Table t = pg.table("t").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.POSTGRESQL, pg,
                new SchemaChange.TableAltered(t, t.mapColumn("g", c -> c.withGenerated("a * 3", true)))));
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.POSTGRESQL, pg,
                new SchemaChange.TableAltered(t, t.mapColumn("id", c -> c.withType(t.column("a").orElseThrow().type().withDeclared("bigint"))
                        .withType(replay(Dialect.POSTGRESQL, "CREATE TABLE x (b bigint)").table("x").orElseThrow().column("b").orElseThrow().type())))));

        Schema my = replay(Dialect.MARIADB, "CREATE TABLE t (a int)");
        Table m = my.table("t").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.MARIADB, my, new SchemaChange.TableAltered(m,
                m.withIndexes(List.of(new Index("partial", false, List.of(IndexKey.column("a")), "a > 0", null))))));
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.MYSQL, my, new SchemaChange.SequenceCreated(new Sequence("s", null, null))));

        Schema lite = replay(Dialect.SQLITE, "CREATE TABLE t (a INTEGER)");
        Table l = lite.table("t").orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.SQLITE, lite, new SchemaChange.TableAltered(l, l.withComment("no"))));
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.SQLITE, lite, new SchemaChange.SequenceCreated(new Sequence("s", null, null))));
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.SQLITE, lite, new SchemaChange.EnumTypeCreated(new EnumType("e", List.of("a"), null))));
        assertThrows(IllegalArgumentException.class, () -> render(Dialect.MARIADB, my,
                new SchemaChange.EnumTypeAltered(new EnumType("e", List.of("a"), null), new EnumType("e", List.of("a", "b"), null))));
    }

    @Test
    void anUnchangedTableRendersNothing() {
        Schema s = replay(Dialect.SQLITE, "CREATE TABLE t (a INTEGER)");
        Table t = s.table("t").orElseThrow();
        for (Dialect d : Dialect.values()) assertEquals(List.of(), Engines.of(d).changeRenderer().render(s, new SchemaChange.TableAltered(t, t)));
    }

    @Test
    void sqliteAddsAColumnInTheMiddleByRebuild() {
        Schema s = replay(Dialect.SQLITE, "CREATE TABLE t (a INTEGER, b TEXT)");
        Table t = s.table("t").orElseThrow();
        Table after = t.withColumns(List.of(t.columns().get(0), Column.of("m", t.columns().get(0).type(), true), t.columns().get(1)));
        SchemaChange change = new SchemaChange.TableAltered(t, after);
        assertTrue(Engines.of(Dialect.SQLITE).changeRenderer().needsForeignKeysOff(s, change));
        assertEquals(List.of("CREATE TABLE new_t (\n    a INTEGER,\n    m INTEGER,\n    b TEXT\n)",
                "INSERT INTO new_t (a, b) SELECT a, b FROM t", "DROP TABLE t", "ALTER TABLE new_t RENAME TO t"), render(Dialect.SQLITE, s, change));
    }
}

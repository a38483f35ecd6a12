package dev.cairn.replay;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.testdb.SchemaInvariants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.SQLException;
import java.util.stream.Stream;

import static dev.cairn.replay.SemanticErrorsTest.refused;
import static dev.cairn.replay.SemanticErrorsTest.replay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every option of CREATE SEQUENCE and ALTER SEQUENCE (PostgreSQL, MariaDB): the value type, the bounds, the start,
 * the step, the cache and CYCLE are kept in the model, each left out where it is the engine's default, so that
 * validate finds no drift right after the upgrade and db:schema's sequences are the engine's (Spring Batch's MariaDB
 * {@code NOCACHE}, for one, was lost).
 */
class SequenceOptionsTest {

    static Stream<Arguments> scripts() {
        return Stream.of(
                arguments(Dialect.POSTGRESQL, """
                        CREATE SEQUENCE plain;
                        CREATE SEQUENCE spelt AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
                        CREATE SEQUENCE small AS smallint;
                        CREATE SEQUENCE bounded INCREMENT 5 MINVALUE 10 MAXVALUE 1000 CACHE 20 CYCLE;
                        CREATE SEQUENCE started START 50 MINVALUE 10;
                        CREATE SEQUENCE down INCREMENT BY -1;
                        CREATE SEQUENCE down_bounded AS integer INCREMENT BY -2 NO MINVALUE MAXVALUE 0 START WITH -10;
                        CREATE SEQUENCE altered;
                        ALTER SEQUENCE altered AS integer CACHE 10 CYCLE;
                        ALTER SEQUENCE altered NO CYCLE MAXVALUE 500 INCREMENT BY 3;
                        ALTER SEQUENCE bounded NO MAXVALUE;
                        """),
                arguments(Dialect.MARIADB, """
                        CREATE SEQUENCE plain;
                        CREATE SEQUENCE spelt START WITH 1 MINVALUE 1 MAXVALUE 9223372036854775806 INCREMENT BY 1 CACHE 1000 NOCYCLE ENGINE=InnoDB;
                        CREATE SEQUENCE nocache NOCACHE;
                        CREATE SEQUENCE bounded INCREMENT = 5 MINVALUE = 10 MAXVALUE = 1000 CACHE = 20 CYCLE;
                        CREATE SEQUENCE started START WITH 50 MINVALUE 10 NOMAXVALUE;
                        CREATE SEQUENCE down INCREMENT BY -1;
                        CREATE SEQUENCE altered;
                        ALTER SEQUENCE altered CACHE 10 CYCLE;
                        ALTER SEQUENCE altered NOCYCLE MAXVALUE 500 INCREMENT BY 3;
                        ALTER SEQUENCE bounded NO MAXVALUE;
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scripts")
    void meetsBothInvariants(Dialect dialect, String script) throws SQLException {
        SchemaInvariants.assertBoth(dialect, SchemaInvariants.single("sequences", script));
    }

    @Test
    void defaultsSpeltOutAreTheDefaults() {
        Schema pg = replay(Dialect.POSTGRESQL, """
                CREATE SEQUENCE a;
                CREATE SEQUENCE b AS int8 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
                CREATE SEQUENCE c INCREMENT BY -1 NO MINVALUE NO MAXVALUE START -1;
                """);
        assertEquals(new Sequence("a", null, null), pg.sequence("a").orElseThrow());
        assertEquals(new Sequence("b", null, null), pg.sequence("b").orElseThrow());
        assertEquals(new Sequence("c", null, -1L), pg.sequence("c").orElseThrow());
        Schema maria = replay(Dialect.MARIADB, """
                CREATE SEQUENCE a;
                CREATE SEQUENCE b START WITH 1 MINVALUE 1 MAXVALUE 9223372036854775806 INCREMENT BY 1 CACHE 1000 NOCYCLE ENGINE=InnoDB;
                """);
        assertEquals(new Sequence("a", null, null), maria.sequence("a").orElseThrow());
        assertEquals(new Sequence("b", null, null), maria.sequence("b").orElseThrow());
    }

    @Test
    void everyOptionIsKept() {
        assertEquals(new Sequence("s", null, null, null, null, null, 0L, false), replay(Dialect.MARIADB, "CREATE SEQUENCE s NOCACHE;").sequence("s").orElseThrow());
        assertEquals(new Sequence("s", "integer", 7L, 5L, 5L, 1000L, 20L, true),
                replay(Dialect.POSTGRESQL, "CREATE SEQUENCE s AS int4 INCREMENT 5 MINVALUE 5 MAXVALUE 1000 START 7 CACHE 20 CYCLE;").sequence("s").orElseThrow());
        // MAXVALUE 9223372036854775807 is not MariaDB's default (2^63 - 2), though it is PostgreSQL's
        assertEquals(new Sequence("s", null, null, null, null, Long.MAX_VALUE, null, false),
                replay(Dialect.MARIADB, "CREATE SEQUENCE s MAXVALUE 9223372036854775807;").sequence("s").orElseThrow());
    }

    @Test
    void alterChangesOnlyWhatItWrites() {
        Schema s = replay(Dialect.POSTGRESQL, """
                CREATE SEQUENCE s INCREMENT 5 MINVALUE 10 MAXVALUE 1000 CACHE 20;
                ALTER SEQUENCE s CYCLE;
                """);
        assertEquals(new Sequence("s", null, null, 5L, 10L, 1000L, 20L, true), s.sequence("s").orElseThrow());
        Schema typed = replay(Dialect.POSTGRESQL, "CREATE SEQUENCE s;\nALTER SEQUENCE s AS smallint;");
        assertEquals(new Sequence("s", "smallint", null, null, null, null, null, false), typed.sequence("s").orElseThrow(),
                "the default upper bound moves with the type");
        Schema reset = replay(Dialect.POSTGRESQL, "CREATE SEQUENCE s MAXVALUE 10;\nALTER SEQUENCE s NO MAXVALUE;");
        assertEquals(new Sequence("s", null, null), reset.sequence("s").orElseThrow());
    }

    @Test
    void renderedWithEveryOption() {
        Sequence s = new Sequence("s", "integer", 7L, 5L, 5L, 1000L, 20L, true);
        assertEquals("CREATE SEQUENCE s AS integer INCREMENT BY 5 MINVALUE 5 MAXVALUE 1000 START WITH 7 CACHE 20 CYCLE",
                Engines.of(Dialect.POSTGRESQL).renderer().createSequence(s));
        assertNotEquals(new Sequence("s", null, null), replay(Dialect.MARIADB, "CREATE SEQUENCE s NOCACHE;").sequence("s").orElseThrow(),
                "NOCACHE is a difference the drift check sees");
    }

    @Test
    void aTypeNoSequenceCanHaveIsRefused() {
        var p = refused(Dialect.POSTGRESQL, "CREATE SEQUENCE s AS text;", 1, 22, "a sequence cannot be of type text");
        assertTrue(p.hint().contains("bigint"));
    }
}

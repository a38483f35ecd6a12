package dev.cairn.dialect;

import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each engine's answers to {@link JdbcValues}, as its Javadoc states them. */
class JdbcValuesTest {
    private static final JdbcValues SQLITE = Engines.of(Dialect.SQLITE).values();
    private static final JdbcValues POSTGRES = Engines.of(Dialect.POSTGRESQL).values();
    private static final JdbcValues MYSQL = Engines.of(Dialect.MYSQL).values();
    private static final JdbcValues MARIADB = Engines.of(Dialect.MARIADB).values();

    private static SqlType integer(String name, boolean unsigned) {
        return new SqlType(name, TypeFamily.INTEGER, null, null, null, 0, List.of(), unsigned, name);
    }

    @Test
    void sqliteKeepsDatesAsTextAndEveryIntegerIn64Bits() {
        assertTrue(SQLITE.keepsDatesAndTimesAsText());
        assertEquals(64, SQLITE.integerBits(integer("smallint", false)));
        assertEquals(64, SQLITE.floatBits(SqlType.of("real", TypeFamily.FLOAT)));
        assertTrue(SQLITE.keyIsRowId(integer("integer", false)));
        assertFalse(SQLITE.keyIsRowId(integer("int", false)));
        assertFalse(SQLITE.bindsUuidNatively() || SQLITE.bindsOtherTypesAsUntypedText() || SQLITE.hasNamedEnumTypes());
    }

    @Test
    void postgresBindsUuidsNativelyAndOtherTypesUntyped() {
        assertTrue(POSTGRES.bindsUuidNatively() && POSTGRES.bindsOtherTypesAsUntypedText() && POSTGRES.hasNamedEnumTypes());
        assertEquals(16, POSTGRES.integerBits(integer("smallint", false)));
        assertEquals(32, POSTGRES.integerBits(integer("integer", false)));
        assertEquals(64, POSTGRES.integerBits(integer("bigint", false)));
        assertEquals(32, POSTGRES.floatBits(SqlType.of("real", TypeFamily.FLOAT)));
        assertEquals(64, POSTGRES.floatBits(SqlType.of("double precision", TypeFamily.FLOAT)));
        assertFalse(POSTGRES.keepsDatesAndTimesAsText() || POSTGRES.keyIsRowId(integer("integer", false)));
    }

    @Test
    void mysqlAndMariaDbWidenUnsignedIntegersByOneBit() {
        for (JdbcValues v : List.of(MYSQL, MARIADB)) {
            assertEquals(8, v.integerBits(integer("tinyint", false)));
            assertEquals(25, v.integerBits(integer("mediumint", true)));
            assertEquals(33, v.integerBits(integer("int", true)));
            assertEquals(65, v.integerBits(integer("bigint", true)));
            assertEquals(32, v.floatBits(SqlType.of("float", TypeFamily.FLOAT)));
            assertEquals(64, v.floatBits(SqlType.of("double", TypeFamily.FLOAT)));
            assertFalse(v.keepsDatesAndTimesAsText() || v.bindsUuidNatively() || v.bindsOtherTypesAsUntypedText()
                    || v.keyIsRowId(integer("int", false)) || v.hasNamedEnumTypes());
        }
    }
}

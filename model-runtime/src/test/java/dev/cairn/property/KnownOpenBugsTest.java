package dev.cairn.property;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature by which {@link GeneratedHistoriesProperties} aborts a case on an open bug is that bug's and no other. */
class KnownOpenBugsTest {
    private static final String HEAD = "the catalog of db:schema's output differs from that of the migrations run by the engine:\n";

    @Test
    void aDefaultCastToTheColumnsOldTypeIsTheOpenBug() {
        assertTrue(GeneratedHistoriesProperties.onlyDefaultsCastToAnotherType(HEAD
                + "  - only in the migrations run by the engine: table t21 column 003 Col4 timestamp with time zone not-null default='2020-01-01 00:00:00'::timestamp without time zone\n"
                + "  + only in db:schema's output: table t21 column 003 Col4 timestamp with time zone not-null default='2020-01-01 00:00:00+00'::timestamp with time zone\n"
                + "--- db:schema output ---\nCREATE TABLE t21 (…);"));
    }

    @Test
    void anyOtherDifferenceIsNot() {
        assertFalse(GeneratedHistoriesProperties.onlyDefaultsCastToAnotherType(HEAD
                + "  - only in the migrations run by the engine: table t22 column 001 c12 text default='a'::text\n"
                + "  + only in db:schema's output: table t22 column 001 c12 text default='b'::text\n"), "another value, same cast");
        assertFalse(GeneratedHistoriesProperties.onlyDefaultsCastToAnotherType(HEAD
                + "  - only in the migrations run by the engine: table t22 column 001 c12 character varying default='a'::text\n"
                + "  + only in db:schema's output: table t22 column 001 c12 character varying default='a'::character varying\n"
                + "  - only in the migrations run by the engine: table t17 constraint uq10 UNIQUE (c8)\n"), "a default and something else");
        assertFalse(GeneratedHistoriesProperties.onlyDefaultsCastToAnotherType(HEAD
                + "  - only in the migrations run by the engine: table t22 column 001 c12 character varying default='a'::text\n"
                + "  + only in db:schema's output: table t22 column 001 c12 text default='a'::text\n"), "another column type");
        assertFalse(GeneratedHistoriesProperties.onlyDefaultsCastToAnotherType("down to version 3 on postgresql: default='a'::text"));
    }
}

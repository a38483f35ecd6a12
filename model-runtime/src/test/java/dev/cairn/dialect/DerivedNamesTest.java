package dev.cairn.dialect;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * PostgreSQL's {@code makeObjectName}, byte for byte: the longer part loses a byte at a time, {@code name2} on a tie,
 * then each part is cut back to a character boundary. The expected names here are the ones PostgreSQL 15 gave for the
 * same inputs ({@code PostgresDerivedNamesTest} checks the rule against the live server).
 */
class DerivedNamesTest {
    private static final String T30 = "t".repeat(30);
    private static final String C30 = "c".repeat(30);

    @Test
    void shortNamesAreJoinedWhole() {
        assertEquals("orders_customer_id_fkey", DerivedNames.choose("orders", "customer_id", "fkey", 63, n -> false));
        assertEquals("orders_pkey", DerivedNames.choose("orders", null, "pkey", 63, n -> false));
    }

    @Test
    void onATieTheSecondNameLosesTheByte() {
        // 30 + 30 bytes, 57 available beside "_" and "_fkey": (30,30) → (30,29) → (29,29) → (29,28)
        assertEquals("t".repeat(29) + "_" + "c".repeat(28) + "_fkey", DerivedNames.choose(T30, C30, "fkey", 63, n -> false));
        // "key1" leaves 57 too: the second unnamed UNIQUE on the same column
        assertEquals("t".repeat(29) + "_" + "c".repeat(28) + "_key1",
                DerivedNames.choose(T30, C30, "key", 63, Set.of(T30.substring(0, 29) + "_" + C30.substring(0, 29) + "_key")::contains));
    }

    @Test
    void theLongerNameIsCutFirst() {
        assertEquals("t".repeat(10) + "_" + "c".repeat(48) + "_idx", DerivedNames.choose("t".repeat(10), "c".repeat(60), "idx", 63, n -> false));
        assertEquals("t".repeat(29) + "_" + "c".repeat(29) + "_idx", DerivedNames.choose("t".repeat(40), "c".repeat(50), "idx", 63, n -> false));
        assertEquals("t".repeat(29) + "_" + "c".repeat(29) + "_idx", DerivedNames.choose("t".repeat(70), "c".repeat(70), "idx", 63, n -> false));
    }

    @Test
    void aMultiByteCharacterAtTheCutIsDroppedWholeAfterTheByteCount() {
        // "é" is 2 bytes: 15 of them tie with 30 ASCII bytes; the bytes are counted first: (30,31) → … → (29,28), then
        // the first part is cut back from 29 bytes to 28 (14 characters), so the name is a byte short of 63
        String name = DerivedNames.choose("é".repeat(15), "c".repeat(31), "fkey", 63, n -> false);
        assertEquals("é".repeat(14) + "_" + "c".repeat(28) + "_fkey", name);
        assertEquals(62, name.getBytes(StandardCharsets.UTF_8).length);
        // a 3-byte character: 29 bytes of "中" are 9 characters
        assertEquals("t".repeat(29) + "_" + "中".repeat(9) + "_key", DerivedNames.choose("t".repeat(29), "中".repeat(11), "key", 63, n -> false));
    }
}

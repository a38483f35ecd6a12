package dev.cairn.migrate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a file's {@code -- migrate:down} line counts as the marker: after each kind of line, whether the next starts
 * outside every string, quoted name, block comment and dollar-quoted body, by either reading of a backslash; lines
 * that end right after a quote, a dash, a slash, a star or a dollar sign included.
 */
class SectionScanTest {

    /** Whether a line after {@code lines} starts at top level. */
    private static boolean topLevelAfter(String... lines) {
        SectionScan scan = new SectionScan();
        for (String line : lines) scan.line(line);
        return scan.atTopLevel();
    }

    /** The down part the file's text gives, or null when its marker is taken for text. */
    private static String downOf(String text) {
        return MigrationFile.parse(1, "x", "001_x.sql", text).downSql();
    }

    @Test
    void stringsAndQuotedNamesThatCloseOnTheirLineLeaveTheNextAtTopLevel() {
        assertTrue(topLevelAfter("SELECT 'a'"), "a quote closing at the end of the line");
        assertTrue(topLevelAfter("SELECT \"a\""));
        assertTrue(topLevelAfter("SELECT `a`"));
        assertTrue(topLevelAfter("SELECT 'it''s'"), "a doubled quote inside");
        assertTrue(topLevelAfter("SELECT ''"), "an empty string");
        assertTrue(topLevelAfter("SELECT 1 -"), "a minus at the end");
        assertTrue(topLevelAfter("SELECT 4 /"), "a slash at the end");
        assertTrue(topLevelAfter("SELECT $"), "a dollar sign at the end");
        assertTrue(topLevelAfter("SELECT 1 - 2 -- a comment with a ' quote"), "a line comment ends with the line");
        assertTrue(topLevelAfter("/* one */ SELECT 1"));
        assertTrue(topLevelAfter("/**/"));
        assertTrue(topLevelAfter("SELECT a$b$ FROM t"), "a dollar sign inside a word opens nothing");
        assertTrue(topLevelAfter("SELECT 1$x$"), "nor after a digit");
        assertTrue(topLevelAfter("SELECT _$x$"), "nor after an underscore");
        assertTrue(topLevelAfter("SELECT $1, $2"), "parameters are not tags");
        assertTrue(topLevelAfter("SELECT $a-b$"), "a tag holds letters, digits and underscores only");
        assertTrue(topLevelAfter("SELECT $$x$$"), "a body that closes on its line");
        assertTrue(topLevelAfter("SELECT $t$ x $t$ + 1"));
        assertTrue(topLevelAfter("SELECT 'a', 'b' FROM t -- 'c"));
        assertTrue(topLevelAfter("SELECT 'a\\'"), "the standard reading: the backslash is a character, the quote closes");
    }

    @Test
    void aLineThatLeavesSomethingOpenPutsTheNextInsideIt() {
        assertFalse(topLevelAfter("SELECT 'a"), "a string left open");
        assertFalse(topLevelAfter("SELECT \"a"));
        assertFalse(topLevelAfter("SELECT `a"));
        assertFalse(topLevelAfter("SELECT 'it''s"), "a doubled quote does not close it");
        assertFalse(topLevelAfter("SELECT 'a''"), "a doubled quote at the end");
        assertFalse(topLevelAfter("/* open"));
        assertFalse(topLevelAfter("/* open *"), "a star at the end does not close it");
        assertFalse(topLevelAfter("/* open /"));
        assertFalse(topLevelAfter("/*"), "the opening alone");
        assertFalse(topLevelAfter("SELECT 1 /* open"));
        assertFalse(topLevelAfter("DO $$"), "a dollar-quoted body left open");
        assertFalse(topLevelAfter("$body$ BEGIN"), "a tag at the start of the line");
        assertFalse(topLevelAfter("SELECT ($x$"), "after a parenthesis");
        assertFalse(topLevelAfter("SELECT $$ a $ b"), "a lone dollar sign inside does not close it");
        assertFalse(topLevelAfter("SELECT $a$ b $b$"), "another tag does not close it");
        assertFalse(topLevelAfter("/* a */ /* b"));
        assertFalse(topLevelAfter("SELECT 'a' || 'b"));
    }

    @Test
    void whatOpensOnOneLineClosesOnALaterOne() {
        assertTrue(topLevelAfter("SELECT 'a", "b'"));
        assertTrue(topLevelAfter("/* a", "b */"));
        assertTrue(topLevelAfter("/* a", "*/"));
        assertFalse(topLevelAfter("/* a", "b *"), "a star alone at the end");
        assertFalse(topLevelAfter("/* a", "-- b"), "dashes inside a comment are no line comment");
        assertTrue(topLevelAfter("/* a", "-- b", "*/"));
        assertTrue(topLevelAfter("DO $$", "BEGIN", "END $$;"));
        assertTrue(topLevelAfter("DO $f$", "SELECT '$$';", "$f$"), "only its own tag closes it");
        assertFalse(topLevelAfter("DO $f$", "SELECT '$$';"));
        assertTrue(topLevelAfter("SELECT \"a", "b\" FROM t"));
        assertFalse(topLevelAfter("SELECT 'a", "b''"), "still open: a doubled quote");
        assertTrue(topLevelAfter("SELECT 'a", "''b'"));
    }

    @Test
    void aBackslashIsReadBothWaysAndEitherReadingAtTopLevelCounts() {
        // MySQL reads \' as an escaped quote (still open); the standard reads the quote as closing: top level by one reading
        assertTrue(topLevelAfter("SELECT 'a\\'"));
        assertTrue(topLevelAfter("SELECT 'a\\\\'"), "an escaped backslash: closed in both readings");
        assertTrue(topLevelAfter("SELECT \"a\\\""), "in a quoted name a backslash escapes nothing");
        assertFalse(topLevelAfter("SELECT 'x\\"), "a backslash at the end of a line: open in both readings");
        assertTrue(topLevelAfter("SELECT 'x\\", "'"), "a quote alone on the next line closes it in both");
    }

    @Test
    void theMarkerInsideAStringOrCommentIsTextAndAfterItTheMarker() {
        assertEquals("SELECT 2;", downOf("SELECT 'a\n-- migrate:down\nb';\n-- migrate:down\nSELECT 2;"));
        assertEquals(null, downOf("/* a\n-- migrate:down\n*/ SELECT 1;"));
        assertEquals(null, downOf("DO $$\n-- migrate:down\n$$;"));
        assertEquals("DROP TABLE t;", downOf("CREATE TABLE t (id INT); -- it's\n-- migrate:down\nDROP TABLE t;"));
        assertEquals("DROP TABLE t;", downOf("CREATE TABLE t (a TEXT DEFAULT 'x-');\n-- migrate:down\nDROP TABLE t;"));
    }
}

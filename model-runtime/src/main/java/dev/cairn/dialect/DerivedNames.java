package dev.cairn.dialect;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * PostgreSQL's rule for the names it derives ({@code ChooseRelationName}/{@code ChooseConstraintName} with
 * {@code makeObjectName} in its indexcmds.c): {@code name1_name2_label}; while the whole is over the byte limit, one
 * byte comes off the longer of the two names, off {@code name2} when they are as long as each other; then each is cut
 * back to a character boundary ({@code pg_mbcliplen}), so a multi-byte character at a cut is dropped whole and the
 * name may end a byte or two short of the limit. While the name is taken, the label becomes {@code label1},
 * {@code label2}, … (never cut). PostgreSQL names its constraints, indexes and serial sequences so; Cairn also names
 * SQLite's unnamed CREATE INDEX so (a form SQLite itself refuses).
 */
public final class DerivedNames {
    private DerivedNames() {
    }

    /** {@code name2} and {@code label} may be null (left out). */
    public static String choose(String name1, String name2, String label, int maxBytes, Predicate<String> taken) {
        String candidate = make(name1, name2, label, maxBytes);
        for (int pass = 1; taken.test(candidate); pass++) candidate = make(name1, name2, label + pass, maxBytes);
        return candidate;
    }

    static String make(String name1, String name2, String label, int maxBytes) {
        byte[] first = name1.getBytes(StandardCharsets.UTF_8);
        byte[] second = name2 == null ? new byte[0] : name2.getBytes(StandardCharsets.UTF_8);
        int overhead = (name2 == null ? 0 : 1) + (label == null ? 0 : label.getBytes(StandardCharsets.UTF_8).length + 1);
        int available = maxBytes - overhead;
        int firstBytes = first.length, secondBytes = second.length;
        while (firstBytes + secondBytes > available) {
            if (firstBytes > secondBytes) firstBytes--;
            else secondBytes--;
        }
        StringBuilder s = new StringBuilder(clip(first, firstBytes));
        if (name2 != null) s.append('_').append(clip(second, secondBytes));
        if (label != null) s.append('_').append(label);
        return s.toString();
    }

    /** The longest prefix of {@code utf8} of at most {@code limit} bytes that ends at a character boundary. */
    private static String clip(byte[] utf8, int limit) {
        int end = limit;
        while (end > 0 && end < utf8.length && (utf8[end] & 0xC0) == 0x80) end--; // a continuation byte: inside a character
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }
}

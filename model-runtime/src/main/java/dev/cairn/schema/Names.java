package dev.cairn.schema;

import java.util.Locale;

/** How the model compares identifiers: case-insensitively, the way every supported engine resolves unquoted names. */
public final class Names {
    private Names() {
    }

    /** The lookup key of an identifier. */
    public static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    public static boolean same(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }
}

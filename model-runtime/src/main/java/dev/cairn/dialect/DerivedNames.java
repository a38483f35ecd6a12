package dev.cairn.dialect;

import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

/**
 * PostgreSQL's rule for the names it derives ({@code ChooseRelationName}/{@code ChooseConstraintName} with
 * {@code makeObjectName}): {@code name1_name2_label}, the longer of the two names cut until the whole fits the byte
 * limit, then {@code label1}, {@code label2}, … while the name is taken. PostgreSQL names its constraints and indexes
 * so; Cairn also names SQLite's unnamed CREATE INDEX so (a form SQLite itself refuses).
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

    private static String make(String name1, String name2, String label, int maxBytes) {
        int overhead = (label == null ? 0 : label.length() + 1) + (name2 == null ? 0 : 1);
        String a = name1, b = name2;
        int availChars = maxBytes - overhead;
        while (bytes(a) + (b == null ? 0 : bytes(b)) > availChars) {
            if (b != null && bytes(b) > bytes(a)) b = cut(b, bytes(b) - 1);
            else a = cut(a, bytes(a) - 1);
        }
        StringBuilder s = new StringBuilder(a);
        if (b != null) s.append('_').append(b);
        if (label != null) s.append('_').append(label);
        return s.toString();
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String cut(String s, int maxBytes) {
        String out = s;
        while (bytes(out) > maxBytes) out = out.substring(0, out.length() - 1);
        return out;
    }
}

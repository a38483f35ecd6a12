package dev.cairn.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Java spellings of SQL names: words split at underscores, spaces, dashes and case changes. */
public final class JavaNames {
    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "var", "yield",
            "record", "sealed", "permits", "non-sealed", "_");

    private JavaNames() {
    }

    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /** The lower-case words of a SQL name: {@code user_ID}, {@code userId} → [user, id]. */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                continue;
            }
            boolean boundary = Character.isUpperCase(c) && w.length() > 0
                    && (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1))
                    || (i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))));
            if (boundary) flush(w, out);
            w.append(Character.toLowerCase(c));
        }
        flush(w, out);
        return out;
    }

    private static void flush(StringBuilder w, List<String> out) {
        if (w.length() > 0) out.add(w.toString());
        w.setLength(0);
    }

    /** {@code [blog, post]} → {@code BlogPost}. */
    public static String pascal(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(capitalize(w));
        return safeStart(b.toString(), "T");
    }

    /** {@code [blog, post]} → {@code blogPost}. */
    public static String camel(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(b.length() == 0 ? w : capitalize(w));
        return safeStart(b.toString(), "c");
    }

    /** {@code [blog, post]} → {@code BLOG_POST}. */
    public static String constant(List<String> words) {
        return safeStart(String.join("_", words).toUpperCase(Locale.ROOT), "C_");
    }

    public static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String decapitalize(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String safeStart(String s, String prefix) {
        if (s.isEmpty()) return prefix + "_";
        return Character.isJavaIdentifierStart(s.charAt(0)) ? s : prefix + s;
    }

    /** Whether {@code s} is a legal Java identifier that is not a keyword. */
    public static boolean isIdentifier(String s) {
        if (s == null || s.isEmpty() || isKeyword(s) || !Character.isJavaIdentifierStart(s.charAt(0))) return false;
        for (int i = 1; i < s.length(); i++) if (!Character.isJavaIdentifierPart(s.charAt(i))) return false;
        return true;
    }
}

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

    /**
     * The lower-case words of a SQL name: {@code user_ID}, {@code userId} → [user, id]. A symbol that is neither a
     * letter, a digit nor a separator ({@code _}, space, {@code -}, {@code .} and other punctuation) stands for the words
     * of its Unicode name, so that every such name still gives a Java name, and distinct ones distinct names:
     * {@code 😀} → [grinning, face], {@code price€} → [price, euro, sign].
     */
    public static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        int previous = -1;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int next = i + Character.charCount(c) < name.length() ? name.codePointAt(i + Character.charCount(c)) : -1;
            i += Character.charCount(c);
            if (!Character.isLetterOrDigit(c)) {
                flush(w, out);
                if (isSymbol(c)) {
                    String unicodeName = Character.getName(c);
                    if (unicodeName != null) out.addAll(words(unicodeName.replace('-', ' ')));
                }
                previous = c;
                continue;
            }
            boolean boundary = Character.isUpperCase(c) && w.length() > 0
                    && (Character.isLowerCase(previous) || Character.isDigit(previous) || next >= 0 && Character.isLowerCase(next));
            if (boundary) flush(w, out);
            w.appendCodePoint(Character.toLowerCase(c));
            previous = c;
        }
        flush(w, out);
        return out;
    }

    /** A symbol (math, currency, modifier, other: emoji among them), not punctuation, a separator or a control. */
    private static boolean isSymbol(int c) {
        int type = Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                || type == Character.OTHER_SYMBOL;
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

    /**
     * {@code [blog, post]} → {@code BLOG_POST}. Words of a script without case ({@code 名前}) would give the field's own
     * name, so their constant takes the prefix {@code C_}.
     */
    public static String constant(List<String> words) {
        String upper = String.join("_", words).toUpperCase(Locale.ROOT);
        boolean cased = !upper.equals(String.join("_", words)) || upper.chars().noneMatch(Character::isLetter);
        return safeStart(cased ? upper : "C_" + upper, "C_");
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

package dev.cairn.codegen;

/** Bits of Java source text the writers share. */
final class SourceText {
    private SourceText() {
    }

    /** A Java string literal for {@code s}. */
    static String literal(String s) {
        return "\"" + escaped(s) + "\"";
    }

    /** The text of {@link #literal} between its quotes. */
    static String escaped(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** Javadoc paragraphs joined the way JavaParser prints them. */
    static String javadoc(java.util.List<String> paragraphs) {
        return String.join("\n<p>\n", paragraphs);
    }
}

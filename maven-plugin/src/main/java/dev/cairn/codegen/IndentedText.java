package dev.cairn.codegen;

import java.util.ArrayList;
import java.util.List;

/**
 * The text the Java printers write, with JavaParser's {@code SourcePrinter} rules: a line's indent is written with its
 * first text, lines end as JavaParser's default configuration ends them.
 */
final class IndentedText {
    private static final String EOL = System.lineSeparator();
    private static final String INDENT = "    ";

    private final StringBuilder out = new StringBuilder(16_384);
    private final List<String> indents = new ArrayList<>(List.of(""));
    private int depth;
    private boolean indented;

    void print(String text) {
        if (!indented) {
            out.append(indents.get(depth));
            indented = true;
        }
        out.append(text);
    }

    void println(String text) {
        print(text);
        println();
    }

    void println() {
        out.append(EOL);
        indented = false;
    }

    void indent() {
        if (++depth == indents.size()) indents.add(indents.get(depth - 1) + INDENT);
    }

    void unindent() {
        depth--;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

package dev.cairn.dialect;

import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.SqlSyntax;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pieces of a type as written, read with the engine's lexer: its words (lower-case, quotes removed), the text of its
 * first parenthesised argument list, and its array suffix ({@code []}, {@code [3]}, {@code ARRAY}, {@code ARRAY[3]}).
 * Adjacent characters that are not quotes, brackets, parentheses or dots make one word ({@code int4}, {@code my-type}).
 * Each engine's {@link TypeSystem} reads its canonical type from these pieces.
 */
public final class TypeShape {
    private final List<String> words = new ArrayList<>();
    private final List<String> rawNames = new ArrayList<>();
    private final List<String> argList = new ArrayList<>();
    private String args;
    private int arrayDimensions;
    private boolean quoted;
    private boolean dotted;

    private TypeShape() {
    }

    public static TypeShape of(SqlSyntax syntax, String text) {
        TypeShape shape = new TypeShape();
        SqlLexer lexer = new SqlLexer(syntax, text);
        int wordStart = -1;
        int wordEnd = -1;
        boolean afterArray = false;
        for (Kind k = lexer.next(); k != Kind.END; k = lexer.next()) {
            if (k == Kind.COMMENT || k == Kind.EXECUTABLE_COMMENT) continue;
            if (isWordPart(k, lexer, text)) {
                if (wordStart < 0 || lexer.start() != wordEnd) {
                    if (wordStart >= 0) afterArray = shape.word(text.substring(wordStart, wordEnd));
                    wordStart = lexer.start();
                }
                wordEnd = lexer.end();
                continue;
            }
            if (wordStart >= 0) afterArray = shape.word(text.substring(wordStart, wordEnd));
            wordStart = -1;
            boolean arrayBracket = afterArray;
            afterArray = false;
            char first = text.charAt(lexer.start());
            if (k == Kind.QUOTED_NAME && first == '[' && (shape.args != null || !shape.words.isEmpty())) {
                if (!arrayBracket) shape.arrayDimensions++; // SQLite's brackets quote names, but after a type they are its array suffix
            } else if (k == Kind.QUOTED_NAME || k == Kind.STRING) {
                shape.quotedName(SqlLiterals.unquotedName(lexer.text()));
            } else if (lexer.isSymbol('(')) {
                shape.arguments(lexer, text);
            } else if (lexer.isSymbol('[')) {
                if (!arrayBracket) shape.arrayDimensions++; // ARRAY[3] is one dimension, not two
                while (lexer.next() != Kind.END && !lexer.isSymbol(']')) {
                    // the array's size is not kept
                }
            } else if (lexer.isSymbol('.')) {
                shape.dotted = true;
            }
        }
        if (wordStart >= 0) shape.word(text.substring(wordStart, wordEnd));
        return shape;
    }

    /** Words are made of everything but quoted names, double-quoted strings, brackets, parentheses and dots. */
    private static boolean isWordPart(Kind k, SqlLexer lexer, String text) {
        return switch (k) {
            case WORD, NUMBER -> true;
            case STRING -> text.charAt(lexer.start()) != '"';
            case SYMBOL -> "()[].".indexOf(lexer.lastChar()) < 0 || lexer.end() - lexer.start() > 1;
            default -> false;
        };
    }

    /** Takes one word; returns whether it was an {@code ARRAY} suffix, whose {@code [n]} adds no dimension. */
    private boolean word(String raw) {
        String w = raw.toLowerCase(Locale.ROOT);
        if (w.equals("array") && !words.isEmpty()) {
            arrayDimensions++;
            return true;
        }
        rawNames.add(raw);
        words.add(w);
        return false;
    }

    private void quotedName(String name) {
        quoted = true;
        rawNames.add(name);
        for (String w : name.strip().split("\\s+")) if (!w.isEmpty()) words.add(w.toLowerCase(Locale.ROOT));
    }

    /** Reads {@code ( … )} from its opening parenthesis; only the first list is kept, split at its top-level commas. */
    private void arguments(SqlLexer lexer, String text) {
        int from = lexer.end();
        int pieceStart = from;
        int depth = 1;
        List<String> pieces = new ArrayList<>();
        Kind k;
        while ((k = lexer.next()) != Kind.END) {
            if (lexer.isSymbol('(')) depth++;
            else if (lexer.isSymbol(')') && --depth == 0) break;
            else if (lexer.isSymbol(',') && depth == 1) {
                pieces.add(text.substring(pieceStart, lexer.start()).strip());
                pieceStart = lexer.end();
            }
        }
        if (args != null) return;
        int to = k == Kind.END ? text.length() : lexer.start();
        args = text.substring(from, to);
        if (args.isBlank()) return;
        argList.addAll(pieces);
        argList.add(text.substring(pieceStart, to).strip());
    }

    /** The words, lower-case, quotes removed. */
    public List<String> words() {
        return words;
    }

    /** The text inside the first parentheses, or null when there are none. */
    public String args() {
        return args;
    }

    /** The arguments, split at top-level commas, each stripped; quoted values keep their quotes. */
    public List<String> argList() {
        return argList;
    }

    public int arrayDimensions() {
        return arrayDimensions;
    }

    /** Whether a name was quoted ({@code "char"}, {@code "Mood"}). */
    public boolean quoted() {
        return quoted;
    }

    /** Whether the name is qualified ({@code pg_catalog.int4}). */
    public boolean dotted() {
        return dotted;
    }

    /** The last name as written (without quotes). */
    public String lastName() {
        return rawNames.get(rawNames.size() - 1);
    }

    /** An integer argument ({@code 64}, {@code +3}), or null when it is none. */
    public static Integer integer(String s) {
        String t = s.strip();
        if (t.startsWith("+")) t = t.substring(1);
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

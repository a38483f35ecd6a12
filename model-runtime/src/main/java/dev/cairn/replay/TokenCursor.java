package dev.cairn.replay;

import dev.cairn.dialect.Engine;
import dev.cairn.dialect.StatementSite;
import dev.cairn.sql.SqlLexer;
import dev.cairn.sql.SqlLiterals;
import dev.cairn.sql.SqlProblem;
import dev.cairn.sql.SqlStatement;
import dev.cairn.sql.Token;
import dev.cairn.sql.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Walks the tokens of one statement; every error it raises points at the token where reading stopped. */
final class TokenCursor {
    private final Engine engine;
    private final boolean stringsAsNames;
    private final SqlStatement statement;
    private final List<Token> tokens;
    private int index;

    TokenCursor(Engine engine, SqlStatement statement) {
        this.engine = engine;
        this.stringsAsNames = engine.ddl().stringsAsNames();
        this.statement = statement;
        this.tokens = SqlLexer.tokens(engine.syntax(), statement.sql());
    }

    Engine engine() {
        return engine;
    }

    SqlStatement statement() {
        return statement;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(index + ahead, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (t.kind() != Kind.END) index++;
        return t;
    }

    boolean atEnd() {
        return peek().kind() == Kind.END || peek().isSymbol(";") && peek(1).kind() == Kind.END;
    }

    /** Whether the next tokens are these words (a symbol may stand among them, e.g. {@code "("}). */
    boolean at(String... words) {
        for (int k = 0; k < words.length; k++) {
            Token t = peek(k);
            if (!(t.is(words[k]) || t.kind() == Kind.SYMBOL && t.text().equals(words[k]))) return false;
        }
        return true;
    }

    boolean accept(String... words) {
        if (!at(words)) return false;
        index += words.length;
        return true;
    }

    Token expect(String... words) {
        Token first = peek();
        if (!accept(words)) throw unexpected("expected " + String.join(" ", words));
        return first;
    }

    boolean atEndOfElement() {
        Token t = peek();
        return t.kind() == Kind.END || t.isSymbol(",") || t.isSymbol(")") || t.isSymbol(";");
    }

    /** A possibly qualified name ({@code schema.table}); the model keeps the last part. */
    Name qualifiedName(String what) {
        Name n = name(what);
        while (peek().isSymbol(".") && isName(peek(1))) {
            next();
            n = name(what);
        }
        return n;
    }

    /** Whether a name comes next (on SQLite a string literal too, {@link dev.cairn.dialect.DdlRules#stringsAsNames()}). */
    boolean atName() {
        return isName(peek());
    }

    /** Whether the token can stand for a name: a word, a quoted name, or where the engine takes one so, a string. */
    boolean isName(Token t) {
        return t.isName() || stringsAsNames && t.kind() == Kind.STRING;
    }

    Name name(String what) {
        Token t = peek();
        if (!isName(t)) throw unexpected("expected " + what);
        next();
        return new Name(unquote(t), t);
    }

    /** {@code (a, b DESC, …)}: the names, sort words dropped. */
    List<Name> nameList(String what) {
        expect("(");
        List<Name> names = new ArrayList<>();
        do {
            names.add(name(what));
            while (!atEndOfElement()) next(); // ASC/DESC, COLLATE x, a MySQL prefix length (10)
        } while (accept(","));
        expect(")");
        return names;
    }

    /** The name a token stands for, as the engine stores it (folded, unquoted, cut to its length limit). */
    String unquote(Token t) {
        if (t.kind() == Kind.STRING) {
            String name = SqlLiterals.stringValue(engine.syntax(), t.text()); // a name written as a string
            return engine.ddl().nameAsStored(name, siteAt(t, ""));
        }
        return engine.ddl().storedName(t, siteAt(t, ""));
    }

    /** A name as written in the statement's text (a word or a quoted name, e.g. from a parsed SELECT), as the engine stores it. */
    String storedName(String written, Token at) {
        List<Token> parts = SqlLexer.tokens(engine.syntax(), written);
        Token t = parts.get(0);
        if (!t.isName() || parts.get(1).kind() != Kind.END) return written;
        return engine.ddl().storedName(t, siteAt(at, ""));
    }

    /** The names an expression mentions, unquoted and folded as this statement's names are; function names left out. */
    List<String> namesIn(String expression) {
        List<String> out = new ArrayList<>();
        List<Token> parts = SqlLexer.tokens(engine.syntax(), expression);
        for (int k = 0; k < parts.size(); k++) {
            Token t = parts.get(k);
            if (t.isName() && !(k + 1 < parts.size() && parts.get(k + 1).isSymbol("("))) out.add(unquote(t));
        }
        return out;
    }

    /** The place of this token, for an engine's rule: its refusals are problems at the token. */
    StatementSite siteAt(Token at) {
        return siteAt(at, "");
    }

    /** The place of this token, for an engine's rule whose refusals give a reason that follows {@code prefix}. */
    StatementSite siteAt(Token at, String prefix) {
        return new StatementSite() {
            @Override
            public List<String> namesIn(String expression) {
                return TokenCursor.this.namesIn(expression);
            }

            @Override
            public SqlProblem refused(String what, String hint) {
                return problem(at, prefix + what, hint);
            }
        };
    }

    /**
     * The source text from the next token up to (not including) a {@code ,} or {@code )} at depth zero, the end, or
     * a word of {@code stopWords} at depth zero. Returns null when that text is empty.
     */
    Span until(Set<String> stopWords) {
        int depth = 0;
        Token first = peek();
        Token last = null;
        while (true) {
            Token t = peek();
            if (t.kind() == Kind.END || t.isSymbol(";") && peek(1).kind() == Kind.END) break;
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")"))) break;
            if (depth == 0 && t.kind() == Kind.WORD && stopWords.contains(t.upper()) && last != null) break;
            if (t.isSymbol("(") || t.isSymbol("[")) depth++;
            if (t.isSymbol(")") || t.isSymbol("]")) depth--;
            last = next();
        }
        if (last == null) return null;
        return new Span(statement.sql().substring(first.start(), last.end()), first);
    }

    /** {@code ( … )}: the text inside the parentheses. */
    Span parenthesized(String what) {
        Token open = peek();
        if (!open.isSymbol("(")) throw unexpected("expected ( before " + what);
        next();
        int depth = 1;
        Token first = peek();
        while (true) {
            Token t = next();
            if (t.kind() == Kind.END) throw problem(open, "the ( of " + what + " is never closed", "add the missing )");
            if (t.isSymbol("(")) depth++;
            if (t.isSymbol(")") && --depth == 0) {
                return new Span(statement.sql().substring(first.start(), t.start()).strip(), first);
            }
        }
    }

    /** Skips to the end of the statement; returns the source text skipped. */
    String rest() {
        Token first = peek();
        while (!atEnd()) next();
        return statement.sql().substring(first.start(), peek().start()).strip();
    }

    void expectEnd() {
        if (atStatementStart()) throw missingSemicolon();
        if (!atEnd()) throw unexpected("expected the end of the statement");
    }

    /**
     * Whether the next token starts another statement on a line of its own ({@code CREATE}, {@code ALTER}, {@code DROP},
     * {@code INSERT}, {@code UPDATE}, {@code DELETE} first on its line): the statement before it lacks its {@code ;}.
     */
    boolean atStatementStart() {
        Token t = peek();
        if (!(t.is("CREATE") || t.is("ALTER") || t.is("DROP") || t.is("INSERT") || t.is("UPDATE") || t.is("DELETE"))) return false;
        String sql = statement.sql();
        int k = t.start() - 1;
        while (k >= 0 && (sql.charAt(k) == ' ' || sql.charAt(k) == '\t')) k--;
        return k >= 0 && sql.charAt(k) == '\n';
    }

    SqlProblem missingSemicolon() {
        Token t = peek();
        return problem(t, "syntax error near '" + t.text() + "': a new statement starts here, inside the one before it",
                "add the missing ; at the end of the statement before " + t.text());
    }

    SqlProblem unexpected(String expected) {
        Token t = peek();
        String near = t.kind() == Kind.END ? "the end of the statement" : "'" + t.text() + "'";
        return problem(t, "syntax error near " + near + " (" + expected + ")", "fix the SQL at this position; Cairn reads every migration before it runs it");
    }

    SqlProblem problem(Token at, String what, String hint) {
        return new SqlProblem(statement.positionAt(at.start()), statement.sql(), what, hint);
    }

    /** A name as the model keeps it, and the token it was read from (for error positions). */
    record Name(String text, Token token) {
    }

    /** A piece of source text and its first token. */
    record Span(String text, Token first) {
    }
}

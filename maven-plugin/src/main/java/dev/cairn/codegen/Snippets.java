package dev.cairn.codegen;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.type.Type;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Parses the small pieces of code the writers put into declarations, at the Java 17 language level. Each parse
 * builds a new JavaParser parser, the costliest step of generation; types and the short expressions that recur in
 * every class ({@code ValueTypes.STRING}) are parsed once and copied after.
 */
final class Snippets {
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));
    private static final Map<String, Type> TYPES = new ConcurrentHashMap<>();
    private static final Map<String, Expression> RECURRING = new ConcurrentHashMap<>();

    private Snippets() {
    }

    static BlockStmt block(String code) {
        return parsed(code, p -> p.parseBlock(code));
    }

    static Expression expression(String code) {
        return parsed(code, p -> p.parseExpression(code));
    }

    /** A type such as {@code List<Post>} or {@code String[]}; a copy, so the caller may attach it anywhere. */
    static Type type(String code) {
        return TYPES.computeIfAbsent(code, c -> parsed(c, p -> p.parseType(c))).clone();
    }

    /** An expression that recurs across classes (a value type); a copy, so the caller may attach it anywhere. */
    static Expression recurringExpression(String code) {
        return RECURRING.computeIfAbsent(code, Snippets::expression).clone();
    }

    private static <T extends com.github.javaparser.ast.Node> T parsed(String code, Function<JavaParser, ParseResult<T>> parse) {
        ParseResult<T> r = parse.apply(PARSER.get());
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            throw new IllegalStateException("Generated code does not parse: " + code + "\n" + r.getProblems());
        }
        return r.getResult().get();
    }
}

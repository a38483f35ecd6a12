package dev.cairn.codegen;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.stmt.BlockStmt;

import java.util.function.Function;

/** Parses the small pieces of code the writers put into declarations, at the Java 17 language level. */
final class Snippets {
    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() ->
            new JavaParser(new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    private Snippets() {
    }

    static BlockStmt block(String code) {
        return parsed(code, p -> p.parseBlock(code));
    }

    static Expression expression(String code) {
        return parsed(code, p -> p.parseExpression(code));
    }

    private static <T extends com.github.javaparser.ast.Node> T parsed(String code, Function<JavaParser, ParseResult<T>> parse) {
        ParseResult<T> r = parse.apply(PARSER.get());
        if (!r.isSuccessful() || r.getResult().isEmpty()) {
            throw new IllegalStateException("Generated code does not parse: " + code + "\n" + r.getProblems());
        }
        return r.getResult().get();
    }
}

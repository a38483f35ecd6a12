package dev.cairn.dialect.expression;

/** Thrown inside the normalizer when an expression uses syntax it does not model; the caller falls back to token text. */
final class UnsupportedExpression extends RuntimeException {
    UnsupportedExpression(String message) {
        super(message, null, false, false);
    }
}

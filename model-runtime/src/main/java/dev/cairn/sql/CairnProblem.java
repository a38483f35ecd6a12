package dev.cairn.sql;

/**
 * A mistake of the user's that stops Cairn: SQL that does not replay ({@link SqlProblem}), a migration or its
 * history that does not fit ({@code MigrationProblem}), a schema that cannot become classes ({@code ModelProblem}).
 * The message says what happened, where, and what to do, so a tool shows the message alone, without a stack trace;
 * it never holds a password.
 */
public abstract class CairnProblem extends RuntimeException {
    protected CairnProblem(String message) {
        super(message);
    }

    protected CairnProblem(String message, Throwable cause) {
        super(message, cause);
    }
}

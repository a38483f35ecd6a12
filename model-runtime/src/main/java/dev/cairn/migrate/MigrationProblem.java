package dev.cairn.migrate;

import dev.cairn.sql.CairnProblem;

/**
 * Something about the database and its migrations that stops a command: an edited applied migration, a failing
 * statement, an irreversible step. The message says what happened and what to do; it never holds a password.
 */
public class MigrationProblem extends CairnProblem {
    public MigrationProblem(String message) {
        super(message);
    }

    public MigrationProblem(String message, Throwable cause) {
        super(message, cause);
    }
}

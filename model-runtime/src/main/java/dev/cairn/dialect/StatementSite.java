package dev.cairn.dialect;

import dev.cairn.sql.SqlProblem;

import java.util.List;

/**
 * The place in a statement that Cairn's DDL reader asks an engine about: what the engine's rule may need to read
 * there, and the error it raises when the engine refuses what is written there.
 */
public interface StatementSite {

    /** The names an expression of the statement mentions, unquoted and folded as the engine folds names; function names left out. */
    List<String> namesIn(String expression);

    /** The problem to throw when the engine refuses what is written here. */
    SqlProblem refused(String what, String hint);
}

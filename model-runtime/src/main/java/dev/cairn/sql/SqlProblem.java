package dev.cairn.sql;

/**
 * An error the user caused in a migration: it names file:line:column, quotes the statement and says what to
 * do. Thrown for unparseable SQL and for semantic errors found by replay (a missing table, a duplicate column …).
 */
public class SqlProblem extends CairnProblem {
    private final SourcePosition position;
    private final String statement;
    private final String problem;
    private final String hint;

    public SqlProblem(SourcePosition position, String statement, String problem, String hint) {
        this(position, statement, problem, hint, null);
    }

    public SqlProblem(SourcePosition position, String statement, String problem, String hint, Throwable cause) {
        super(format(position, statement, problem, hint), cause);
        this.position = position;
        this.statement = statement;
        this.problem = problem;
        this.hint = hint;
    }

    public SourcePosition position() {
        return position;
    }

    public String statement() {
        return statement;
    }

    public String problem() {
        return problem;
    }

    public String hint() {
        return hint;
    }

    private static String format(SourcePosition position, String statement, String problem, String hint) {
        StringBuilder b = new StringBuilder();
        b.append(position).append(": ").append(problem);
        if (statement != null && !statement.isBlank()) {
            String oneLine = statement.strip().replaceAll("\\s+", " ");
            if (oneLine.length() > 300) oneLine = oneLine.substring(0, 297) + "...";
            b.append("\n    ").append(oneLine);
        }
        if (hint != null && !hint.isBlank()) b.append("\n  ").append(hint);
        return b.toString();
    }
}

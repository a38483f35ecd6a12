package dev.cairn.property;

import dev.cairn.dialect.Dialect;

import java.util.List;

/**
 * A generated migration: statements in order, each valid for the schema the earlier ones built.
 *
 * @param seed       the test case it was generated for ({@code -Dcairn.seed=N} generates it again)
 * @param tableCount how many tables exist after the last statement (a sanity check on both sides)
 */
record DdlScript(Dialect dialect, long seed, List<String> statements, int tableCount) {
    DdlScript {
        statements = List.copyOf(statements);
    }

    /** The migration file as Cairn reads it: statements ended by ';', with a comment line now and then. */
    String text() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) {
            if (i % 5 == 0) b.append("-- step ").append(i + 1).append("; generated\n");
            b.append(statements.get(i)).append(";\n");
        }
        return b.toString();
    }

    /** Numbered statements, one per paragraph, for failure messages. */
    String listing() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < statements.size(); i++) b.append(String.format("%3d: ", i + 1)).append(statements.get(i).replace("\n", "\n     ")).append(";\n");
        return b.toString();
    }

    @Override
    public String toString() {
        return dialect.id() + " script of seed " + seed + ", " + statements.size() + " statements:\n" + listing();
    }
}

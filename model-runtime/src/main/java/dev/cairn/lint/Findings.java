package dev.cairn.lint;

import dev.cairn.sql.SourcePosition;

import java.util.ArrayList;
import java.util.List;

/** What the rules found in one migration, before the configuration's severities and the file's suppressions apply. */
final class Findings {
    /** One finding as its rule reported it, with the statement it is about (-1: the migration as a whole). */
    record Raw(LintRule rule, SourcePosition position, String message, String fix, int statement) {
    }

    private final List<Raw> found = new ArrayList<>();
    private int statement = -1;

    void at(int statementIndex) {
        this.statement = statementIndex;
    }

    void add(LintRule rule, SourcePosition position, String message, String fix) {
        found.add(new Raw(rule, position, message, fix, statement));
    }

    List<Raw> list() {
        return found;
    }
}

package dev.cairn.dialect.sqlite;

import dev.cairn.sql.RoutineBodies;
import dev.cairn.sql.SqlSyntax;

import java.util.List;

/**
 * SQLite's SQL as the {@code sqlite3} shell reads it: names in {@code "…"}, {@code `…`} or {@code […]}, strings without
 * backslash escapes, non-nesting block comments; only a trigger has a {@code BEGIN … END} body.
 */
final class SqliteSyntax implements SqlSyntax {
    static final SqliteSyntax INSTANCE = new SqliteSyntax();

    private SqliteSyntax() {
    }

    @Override
    public boolean backslashEscapes() {
        return false;
    }

    @Override
    public boolean doubleQuotedStrings() {
        return false;
    }

    @Override
    public boolean backquotedNames() {
        return true;
    }

    @Override
    public boolean bracketedNames() {
        return true;
    }

    @Override
    public boolean escapeStrings() {
        return false;
    }

    @Override
    public boolean dollarQuotedStrings() {
        return false;
    }

    @Override
    public boolean charsetIntroducers() {
        return false;
    }

    @Override
    public boolean hashComments() {
        return false;
    }

    @Override
    public boolean dashCommentsNeedSpace() {
        return false;
    }

    @Override
    public boolean nestedBlockComments() {
        return false;
    }

    @Override
    public List<String> executableCommentOpeners() {
        return List.of();
    }

    @Override
    public boolean delimiterCommand() {
        return false;
    }

    @Override
    public boolean parenthesesHoldSemicolons() {
        return false;
    }

    @Override
    public RoutineBodies routineBodies() {
        return RoutineBodies.TRIGGER_BODIES;
    }

    @Override
    public boolean anonymousBlocks() {
        return false;
    }
}

package dev.cairn.dialect.postgres;

import dev.cairn.sql.RoutineBodies;
import dev.cairn.sql.SqlSyntax;

import java.util.List;

/**
 * PostgreSQL's SQL as {@code psql} reads it (with {@code standard_conforming_strings} on, the default since 9.1): names
 * in {@code "…"}, backslash escapes only in {@code E'…'}, dollar-quoted bodies, nesting block comments, and a
 * {@code ;} inside parentheses that does not end a statement.
 */
final class PostgresSyntax implements SqlSyntax {
    static final PostgresSyntax INSTANCE = new PostgresSyntax();

    private PostgresSyntax() {
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
        return false;
    }

    @Override
    public boolean bracketedNames() {
        return false;
    }

    @Override
    public boolean escapeStrings() {
        return true;
    }

    @Override
    public boolean dollarQuotedStrings() {
        return true;
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
        return true;
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
        return true;
    }

    @Override
    public RoutineBodies routineBodies() {
        return RoutineBodies.BEGIN_ATOMIC;
    }

    @Override
    public boolean anonymousBlocks() {
        return false;
    }
}

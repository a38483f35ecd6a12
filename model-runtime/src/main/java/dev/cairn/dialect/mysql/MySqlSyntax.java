package dev.cairn.dialect.mysql;

import dev.cairn.sql.RoutineBodies;
import dev.cairn.sql.SqlSyntax;

import java.util.List;

/**
 * The SQL of MySQL and MariaDB as the {@code mysql} client reads it (without {@code ANSI_QUOTES} or
 * {@code NO_BACKSLASH_ESCAPES}): names in {@code `…`}, strings in {@code '…'} or {@code "…"} with backslash escapes,
 * {@code #} comments, {@code DELIMITER} lines and stored programs of nested compound statements. The two engines differ
 * in the executable comments they run and in MariaDB's anonymous {@code BEGIN NOT ATOMIC} blocks.
 */
final class MySqlSyntax implements SqlSyntax {
    static final MySqlSyntax MYSQL = new MySqlSyntax(List.of("/*!"), false);
    static final MySqlSyntax MARIADB = new MySqlSyntax(List.of("/*!", "/*M!"), true);

    private final List<String> executableCommentOpeners;
    private final boolean anonymousBlocks;

    private MySqlSyntax(List<String> executableCommentOpeners, boolean anonymousBlocks) {
        this.executableCommentOpeners = executableCommentOpeners;
        this.anonymousBlocks = anonymousBlocks;
    }

    @Override
    public boolean backslashEscapes() {
        return true;
    }

    @Override
    public boolean doubleQuotedStrings() {
        return true;
    }

    @Override
    public boolean backquotedNames() {
        return true;
    }

    @Override
    public boolean bracketedNames() {
        return false;
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
        return true;
    }

    @Override
    public boolean hashComments() {
        return true;
    }

    @Override
    public boolean dashCommentsNeedSpace() {
        return true;
    }

    @Override
    public boolean nestedBlockComments() {
        return false;
    }

    @Override
    public List<String> executableCommentOpeners() {
        return executableCommentOpeners;
    }

    @Override
    public boolean delimiterCommand() {
        return true;
    }

    @Override
    public boolean parenthesesHoldSemicolons() {
        return false;
    }

    @Override
    public RoutineBodies routineBodies() {
        return RoutineBodies.COMPOUND_STATEMENTS;
    }

    @Override
    public boolean anonymousBlocks() {
        return anonymousBlocks;
    }
}

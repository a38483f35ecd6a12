package dev.cairn.sql;

import java.util.List;

/**
 * The lexical rules of one engine's SQL, and what ends a statement in its migration files: the questions
 * {@link SqlLexer} and {@link StatementSplitter} ask instead of asking which engine it is. Each engine answers in its
 * own package ({@code dialect.<engine>}); the answers are constants. Server modes that change them (MySQL
 * {@code ANSI_QUOTES} and {@code NO_BACKSLASH_ESCAPES}, PostgreSQL {@code standard_conforming_strings = off}) are not
 * modelled: the answers are the engines' defaults.
 */
public interface SqlSyntax {

    /**
     * Whether a backslash escapes the next character in every string ({@code 'it\'s'}). MySQL, MariaDB: yes.
     * PostgreSQL: only in {@code E'…'} strings ({@link #escapeStrings()}). SQLite: no.
     */
    boolean backslashEscapes();

    /**
     * Whether {@code "…"} is a string rather than a quoted name. MySQL, MariaDB: yes. PostgreSQL, SQLite: no, it
     * quotes a name.
     */
    boolean doubleQuotedStrings();

    /** Whether {@code `…`} quotes a name. MySQL, MariaDB, SQLite: yes. PostgreSQL: no, {@code `} is a symbol. */
    boolean backquotedNames();

    /**
     * Whether {@code […]} quotes a name. SQLite: yes (as SQL Server does). Elsewhere {@code [} is a symbol (PostgreSQL
     * array subscripts and types).
     */
    boolean bracketedNames();

    /** Whether {@code E'…'} is a string with backslash escapes. PostgreSQL: yes. Others: no. */
    boolean escapeStrings();

    /**
     * Whether {@code $tag$…$tag$} (and {@code $$…$$}) quotes a string, as PostgreSQL writes function bodies. Others: no,
     * {@code $} is a symbol.
     */
    boolean dollarQuotedStrings();

    /**
     * Whether a word of the form {@code _charset} written right before a string names the string's character set
     * ({@code _utf8mb4'text'}). MySQL, MariaDB: yes. Others: no.
     */
    boolean charsetIntroducers();

    /** Whether {@code #} starts a comment that runs to the end of the line. MySQL, MariaDB: yes. Others: no. */
    boolean hashComments();

    /**
     * Whether {@code --} starts a comment only when a space or control character (or the end) follows it. MySQL,
     * MariaDB: yes ({@code 5--1} is five minus minus one). PostgreSQL, SQLite: no, any {@code --} starts a comment.
     */
    boolean dashCommentsNeedSpace();

    /**
     * Whether block comments nest, each {@code /*} needing its own closing. PostgreSQL: yes. Others: no, a block
     * comment ends at the first closing.
     */
    boolean nestedBlockComments();

    /**
     * How comments begin whose content the server runs as part of the statement. MySQL: {@code /*!}. MariaDB:
     * {@code /*!} and {@code /*M!}. PostgreSQL, SQLite: none.
     */
    List<String> executableCommentOpeners();

    /**
     * Whether a {@code DELIMITER x} line in a file sets what ends the statements after it, as the {@code mysql}
     * client does. MySQL, MariaDB: yes. Others: no.
     */
    boolean delimiterCommand();

    /**
     * Whether a {@code ;} inside parentheses leaves the statement open, as {@code psql} does. PostgreSQL: yes. MySQL,
     * MariaDB, SQLite: no, their clients end the statement there.
     */
    boolean parenthesesHoldSemicolons();

    /** Which {@code BEGIN … END} bodies statements hold, so that a {@code ;} inside one does not end the statement. */
    RoutineBodies routineBodies();

    /**
     * Whether a statement may be an anonymous block {@code BEGIN NOT ATOMIC … END}. MariaDB: yes. MySQL, PostgreSQL,
     * SQLite: no ({@code BEGIN} there starts a transaction).
     */
    boolean anonymousBlocks();
}

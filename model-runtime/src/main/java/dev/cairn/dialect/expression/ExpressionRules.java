package dev.cairn.dialect.expression;

import dev.cairn.schema.SqlType;
import dev.cairn.sql.SqlSyntax;

/**
 * What the expression canonicalizer asks an engine: how its expressions are written (tokens, names, operators, casts,
 * types) and how it stores them (what its catalog reports for what a migration wrote). Each engine answers in its own
 * package; the answers are constants.
 */
public interface ExpressionRules {

    /** How expression text is cut into tokens. */
    SqlSyntax syntax();

    /** Whether a name must be quoted because the engine reserves the word. */
    boolean isReserved(String word);

    /**
     * A name as the engine stores it, where it limits the length: PostgreSQL cuts every identifier to 63 bytes, so an
     * expression's longer name means the cut one ({@link dev.cairn.dialect.DdlRules#nameAsStored}). Others: unchanged.
     */
    default String storedName(String name) {
        return name;
    }

    /**
     * Whether a name written in quotes is spelled bare in canonical text. By default where the engine would read it
     * bare as the same name (a plain word, see {@link #bareNamesMayStartWithDigitOrDollar}) and neither the engine nor
     * the canonicalizer's parser takes it for a keyword. PostgreSQL: where its catalog prints it bare
     * ({@code quote_identifier}: {@code "key"} is {@code key}, {@code "a$b"} keeps its quotes).
     */
    default boolean spelledBare(String quotedName) {
        return NameSpelling.plainByDefault(this, quotedName);
    }

    /** A type as written in a cast or typed literal ({@code varchar(5)}, {@code int4}), in the engine's canonical DDL. */
    String canonicalType(String written);

    /**
     * The character names are quoted with in canonical text. MySQL, MariaDB: {@code `}. PostgreSQL, SQLite: {@code "}.
     */
    char nameQuote();

    /**
     * Whether a quoted name's canonical spelling is lower case because the engine compares such names without case.
     * MySQL, MariaDB: yes (column and index names). PostgreSQL: no, {@code "Name"} and {@code name} differ. SQLite: no
     * here, as its {@link #catalogSpelling} has lower-cased the quoted names that keep their quotes already.
     */
    boolean lowerCasesQuotedNames();

    /**
     * Whether a bare name may start with a digit or {@code $} ({@code 1st}, {@code $x}). MySQL, MariaDB: yes.
     * PostgreSQL, SQLite: no, such a name keeps its quotes.
     */
    boolean bareNamesMayStartWithDigitOrDollar();

    /**
     * Whether a collation named in quotes keeps them. PostgreSQL: yes, {@code "C"} is a case-sensitive name. SQLite:
     * yes, kept as written. MySQL, MariaDB: no, a collation name is one word however it is quoted, so it is written bare.
     */
    boolean quotedCollationsKeepQuotes();

    /**
     * Whether the hex digits of a blob literal {@code X'00FF'} are lower-cased. PostgreSQL, MySQL, MariaDB: yes, the
     * engine keeps the value, not the text. SQLite: no, its catalog keeps the default as written ({@code x'00FF'}).
     */
    default boolean lowerCasesHexDigits() {
        return true;
    }

    /**
     * Whether {@code ||}, {@code &&} and a prefix {@code !} are the logical OR, AND and NOT. MySQL, MariaDB: yes.
     * PostgreSQL: no ({@code ||} concatenates, {@code &&} is array overlap). SQLite: no ({@code ||} concatenates).
     */
    boolean logicalOperatorSymbols();

    /**
     * Whether casts are written {@code operand::type}, as PostgreSQL reports them. Others: {@code CAST(operand AS type)}
     * (SQLite, MySQL and MariaDB have no {@code ::}).
     */
    boolean castsWithDoubleColon();

    /**
     * The expression spelled the way the engine's catalog spells what a migration wrote, before it is parsed. SQLite,
     * whose catalog keeps the text as written: its other name quotes ({@code [a]}, {@code `a`}) become double quotes
     * (dropped where the name needs none) and {@code ==} becomes {@code =}. PostgreSQL, MySQL, MariaDB: unchanged.
     */
    String catalogSpelling(String expression);

    /**
     * A column default as the engine reads it, before it is canonicalized. SQLite: a double-quoted default is a string
     * (a default cannot name a column). PostgreSQL, MySQL, MariaDB: unchanged.
     */
    String defaultSpelling(String strippedDefault);

    /**
     * One parsed node as the engine stores it (its children are already rewritten). PostgreSQL drops the casts it adds
     * to literals and text columns, turns {@code IN (…)} into {@code = ANY (ARRAY[…])} and back, {@code BETWEEN} into
     * two comparisons and {@code ~~} into {@code LIKE}; MySQL and MariaDB store booleans as 1/0, {@code NOW()} as
     * {@code CURRENT_TIMESTAMP}, {@code %} as {@code MOD} and rename some functions. SQLite: unchanged.
     */
    Node storedForm(Node node);

    /**
     * A cast of a column of {@code columnType} (its children already rewritten, {@link #storedForm} not yet applied),
     * as the engine stores it. PostgreSQL drops a cast to the column's own type and a cast to {@code text} of a
     * {@code text} or {@code varchar} column (where a function or operator wants text it adds that cast to a varchar
     * itself); any other cast of a column changes what the expression means ({@code data::text} of a {@code jsonb}
     * column, {@code code::text} of a {@code char(3)} one) and stays. SQLite, MySQL, MariaDB: unchanged.
     */
    Node storedColumnCast(Node.Cast cast, SqlType columnType);

    /**
     * A cast of a column of {@code columnType} that is an argument of {@code function} (an operand of {@code ||}: the
     * function {@code "||"}), after {@link #storedColumnCast}, as the engine stores it. PostgreSQL drops a cast to
     * {@code text} of a {@code char(n)} column where the function has no {@code char(n)} form ({@code lower},
     * {@code ||}, but not {@code length}): the cast it adds there itself, so {@code lower(code)} and
     * {@code lower(code::text)} are one expression, {@code lower((code)::text)} in its catalog. Others: unchanged.
     */
    default Node storedColumnArgument(String function, Node.Cast cast, SqlType columnType) {
        return cast;
    }

    /**
     * A canonical default converted the way the engine stores it for a column of {@code type}: {@code DEFAULT '5'} on an
     * integer reads back as {@code 5}, {@code DEFAULT 0} on MariaDB's {@code decimal(10,2)} as {@code 0.00}, a date on a
     * datetime column gains {@code 00:00:00}. SQLite: unchanged.
     */
    String storedDefault(String canonical, SqlType type);

    /**
     * Whether a column default written as this cast ({@code 'a'::character varying}, {@code date '2020-01-02'}) keeps
     * the cast in the catalog, on a column of {@code columnType}. PostgreSQL: yes where a string literal is cast to
     * another type than the column's, which it then converts to the column's type with a cast it does not print (a
     * default that ALTER COLUMN … TYPE left on a column of another type reads so); the cast to the column's own type is
     * the one it adds, dropped as everywhere. Others: no.
     */
    default boolean keepsDefaultCast(Node.Cast cast, SqlType columnType) {
        return false;
    }

    /**
     * A canonical default of a column of {@code type} spelled with the type the catalog gives it there
     * ({@code 'a'} on a {@code varchar} column is {@code 'a'::character varying}): what the default is once ALTER COLUMN …
     * TYPE changes the column's type around it, as PostgreSQL leaves the default as it was and only converts it to the
     * new type. Others: unchanged.
     */
    default String typedDefault(String canonical, SqlType type) {
        return canonical;
    }
}

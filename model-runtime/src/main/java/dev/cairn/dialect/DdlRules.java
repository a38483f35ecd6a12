package dev.cairn.dialect;

import dev.cairn.sql.Token;

import java.util.Locale;

/**
 * What the engine's CREATE and DROP statements accept and what they do, as Cairn's DDL reader ({@code replay}) asks:
 * how unquoted names fold, what a column definition implies, which table options exist, what DROP takes.
 * Keys, indexes and foreign keys are {@link KeyRules}; ALTER TABLE is {@link AlterTableForms}.
 */
public interface DdlRules {

    /**
     * Whether an unquoted name folds to lower case ({@code CREATE TABLE Users} makes {@code users}): PostgreSQL yes;
     * SQLite, MySQL and MariaDB keep the name as written (and compare names without case).
     */
    boolean foldsUnquotedNamesToLowerCase();

    /**
     * Whether types are schema objects that DROP TYPE drops: PostgreSQL yes (its enum types); on the others DROP TYPE
     * is not the engine's and passes as an opaque statement.
     */
    boolean typesAreSchemaObjects();

    /** Whether {@code RENAME TABLE a TO b, …} is a statement: MySQL and MariaDB yes; the others rename with ALTER TABLE. */
    boolean hasRenameTableStatement();

    /**
     * Whether PRIMARY KEY makes its columns NOT NULL: yes, except on SQLite, where a rowid table's key columns may hold
     * NULL (a WITHOUT ROWID or STRICT table's may not; replay checks those table options itself).
     */
    boolean primaryKeyImpliesNotNull();

    /** Whether a bare {@code KEY} in a column definition means PRIMARY KEY: MySQL and MariaDB yes. */
    boolean inlineKeyIsPrimaryKey();

    /**
     * Whether {@code REFERENCES t (c)} in a column definition makes a foreign key: yes, except on MySQL, which parses
     * the clause and ignores it (MariaDB makes it a foreign key).
     */
    boolean inlineReferencesMakeForeignKeys();

    /**
     * Whether a CHECK written on a column stays that column's ({@link dev.cairn.schema.CheckConstraint#column}): on
     * MariaDB, which writes it with the column, drops it with a {@code MODIFY} or {@code CHANGE} that does not restate
     * it and with the column, and cannot drop it by name. PostgreSQL and MySQL keep no level (a column CHECK is one of
     * the table's); SQLite keeps the text as written, but Cairn does not model its level.
     */
    boolean keepsColumnLevelChecks();

    /**
     * Whether {@code GENERATED ALWAYS AS (expr)} without STORED or VIRTUAL is stored: PostgreSQL yes (it has stored
     * generated columns only); SQLite, MySQL and MariaDB make it virtual.
     */
    boolean generatedColumnsStoredByDefault();

    /**
     * Whether a column type, as written, is a pseudo-type that numbers the column by itself and makes it NOT NULL:
     * PostgreSQL's {@code serial}, {@code bigserial}, {@code smallserial}, {@code serial2/4/8}; no other engine has one.
     */
    boolean isAutoIncrementType(String type);

    /**
     * Whether {@code WITHOUT ROWID} and {@code STRICT} are table options (a table without rowid needs a primary key,
     * and such tables' key columns are NOT NULL): SQLite yes.
     */
    boolean hasRowidTableOptions();

    /**
     * Whether a table's comment is a table option ({@code CREATE TABLE … COMMENT 'x'}, {@code ALTER TABLE t COMMENT
     * = 'x'}): MySQL and MariaDB yes; PostgreSQL comments with COMMENT ON, SQLite has no comments.
     */
    boolean commentIsTableOption();

    /**
     * Whether a string literal where a name must stand is that name ({@code CREATE TABLE 'tiles' (…)},
     * {@code FOREIGN KEY ('a') REFERENCES t ('b')}, {@code CREATE INDEX 'ix' ON 't' ('c')}): SQLite yes, as its
     * grammar takes a string for a name, and a string as a key of an index, PRIMARY KEY or UNIQUE for a column.
     */
    boolean stringsAsNames();

    /**
     * A name as the engine stores it, where it limits the length: PostgreSQL cuts every identifier to 63 bytes (at a
     * character boundary, as its lexer does, with only a notice); MySQL and MariaDB refuse one longer than 64
     * characters ({@code site.refused}, before anything runs). SQLite keeps every name whole.
     */
    default String nameAsStored(String name, StatementSite site) {
        return name;
    }

    /**
     * The name a word or quoted name of a statement stands for, as the engine stores it: a quoted name without its
     * quotes (a doubled quote inside as one), a word folded where the engine folds unquoted names, and either cut or
     * refused where the engine limits the length ({@link #nameAsStored}). The one spelling replay gives every name it
     * reads, in a statement, a view's SELECT or a trigger's text, so that a reference finds what a declaration made.
     */
    default String storedName(Token name, StatementSite site) {
        String spelled = name.kind() == Token.Kind.QUOTED_NAME ? name.name()
                : foldsUnquotedNamesToLowerCase() ? name.text().toLowerCase(Locale.ROOT) : name.text();
        return nameAsStored(spelled, site);
    }

    /**
     * Whether CREATE TABLE and ALTER TABLE take the storage engine and the table's default character set and collation
     * as options ({@code ENGINE=InnoDB DEFAULT CHARSET=utf8mb3 COLLATE=utf8mb3_bin}), which the model keeps as written
     * under {@code engine}, {@code charset} and {@code collate}: MySQL and MariaDB yes.
     */
    boolean charsetTableOptions();

    /**
     * The character set of {@code NCHAR}, {@code NVARCHAR} and {@code NATIONAL CHAR/VARCHAR} columns, which the model
     * writes out as the column's ({@code utf8mb3} on MySQL and MariaDB), or null where these types carry none.
     */
    String nationalCharset();

    /**
     * Whether CREATE TABLE IF NOT EXISTS looks at tables and views only, so that a name an index holds is still an
     * error: SQLite yes; PostgreSQL skips over any relation of that name (MySQL and MariaDB keep indexes per table).
     */
    boolean ifNotExistsLooksAtTablesAndViewsOnly();

    /** Whether DROP takes CASCADE or RESTRICT after its names: yes, except on SQLite, which knows neither. */
    boolean acceptsCascadeOnDrop();

    /**
     * Whether CASCADE drops what depends on the dropped object (other tables' foreign keys, generated columns), and
     * without it such a dependent is an error: PostgreSQL yes; MySQL and MariaDB accept the word and ignore it.
     */
    boolean cascadeDropsDependents();

    /** Whether DROP may end in options the model does not hold ({@code ALGORITHM=…}, {@code LOCK=…}, {@code WAIT n}): MySQL and MariaDB yes. */
    boolean hasOptionsAfterDrop();

    /** Whether {@code [name]} quotes a name in a view's SELECT (JSqlParser must be told): SQLite yes. */
    boolean quotesNamesInBrackets();

    /**
     * Whether a view column that is an expression without alias is named by the expression's text as written: SQLite,
     * MySQL and MariaDB yes; PostgreSQL names it after a function's or a cast type's name, else {@code ?column?}.
     */
    boolean namesExpressionColumnsAsWritten();

    /**
     * Whether a view column that is a bare column reference takes the name the table's column was declared with
     * ({@code SELECT C1 FROM t} over column {@code c1} names it {@code c1}): SQLite and PostgreSQL yes; MySQL and MariaDB
     * name it as the reference is written.
     */
    boolean namesColumnReferencesAsDeclared();

    /**
     * What the engine makes of a sequence's options left out of CREATE SEQUENCE (PostgreSQL, MariaDB); an engine
     * without sequences (SQLite, MySQL) throws {@link UnsupportedOperationException}.
     */
    SequenceDefaults sequenceDefaults();

    /**
     * Whether {@code ALTER TABLE … RENAME TO} rewrites the table's name in the text of triggers that mention it
     * (SQLite, which writes the new name double-quoted), rather than leaving trigger bodies as written.
     */
    boolean renameTableRewritesTriggers();

    /**
     * Whether renaming a table or a column rewrites the text of the views that name it (SQLite), so that a view column
     * that was a bare reference to a renamed column takes its new name; PostgreSQL keeps views by reference with their
     * column names, MySQL and MariaDB leave such a view broken.
     */
    boolean renamesRewriteViews();

    /**
     * Whether {@code EXECUTE} runs a statement prepared from text built at run time, which may be DDL: MySQL and MariaDB
     * yes ({@code PREPARE s FROM @sql; EXECUTE s}, {@code EXECUTE IMMEDIATE}); PostgreSQL prepares queries and data
     * changes only; SQLite has no such statement.
     */
    boolean preparedStatementsMayRunDdl();

    /**
     * Whether {@code DO} runs a block of procedural code (which may run DDL): PostgreSQL yes; MySQL's and MariaDB's
     * {@code DO} evaluates expressions; SQLite has no {@code DO}.
     */
    boolean doRunsCodeBlocks();

    /**
     * Whether a data change to the table {@code name} (in {@code schema}, null when unqualified) changes the schema
     * itself: SQLite's {@code sqlite_schema} ({@code sqlite_master}) under {@code PRAGMA writable_schema}; PostgreSQL's
     * system catalogs ({@code pg_catalog}, and an unqualified {@code pg_} name, which resolves there first); none on
     * MySQL and MariaDB, whose catalog is read-only.
     */
    boolean isCatalogTable(String schema, String name);
}

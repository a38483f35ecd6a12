package dev.cairn.dialect;

/** How the engine's primary keys, unique keys, indexes and foreign keys behave, as Cairn's DDL reader asks. */
public interface KeyRules {

    /**
     * Whether CREATE TABLE and ADD declare indexes ({@code INDEX}, {@code KEY}, {@code FULLTEXT}, {@code SPATIAL}):
     * MySQL and MariaDB yes; elsewhere these words can name a column.
     */
    boolean indexesInCreateTable();

    /**
     * Whether a unique index and a unique constraint are one thing: MySQL and MariaDB yes (their catalog cannot tell
     * them apart; a UNIQUE key's index name names it, its parts may be prefixes such as {@code name(10)}, and CREATE
     * UNIQUE INDEX makes a unique constraint of the model).
     */
    boolean uniqueIndexesAreConstraints();

    /**
     * Whether a primary key or unique constraint is an index of its own name: PostgreSQL yes (the name is taken among
     * the relations, DROP INDEX refuses to drop it, and foreign keys that reference its columns depend on it, so
     * dropping it needs CASCADE).
     */
    boolean keyConstraintsOwnIndexes();

    /**
     * Whether CREATE and ALTER check a foreign key's target (the table, its columns, a key on them): yes, except on
     * SQLite, which checks only when rows are written.
     */
    boolean checksForeignKeyTargets();

    /**
     * Whether a foreign key's referenced columns must be a primary key or unique key: SQLite and PostgreSQL yes;
     * MySQL and MariaDB (InnoDB) need only an index that starts with them.
     */
    boolean foreignKeyTargetNeedsUniqueKey();

    /**
     * Whether the engine makes an index for each foreign key that no key or index starts with, drops that index when a
     * later key can serve the foreign key, and refuses to drop the last index a foreign key can use: MySQL and MariaDB
     * (InnoDB) yes. There {@code FOREIGN KEY name (…)} names the key and its index when no CONSTRAINT name does.
     */
    boolean createsForeignKeyIndexes();

    /** Whether ON DELETE/UPDATE RESTRICT is NO ACTION: MySQL and MariaDB yes (InnoDB's catalog cannot tell them apart). */
    boolean restrictIsNoAction();

    /**
     * Whether the parentheses around an index expression are syntax, not part of the expression: PostgreSQL yes (it
     * reports {@code lower(email)} for {@code (lower(email))}).
     */
    boolean indexExpressionParenthesesAreSyntax();

    /**
     * Whether {@code name(n)} in a key list is the first n characters of a column ({@link dev.cairn.schema.IndexKey#prefixLength()}),
     * not a call of a function: MySQL and MariaDB yes, whatever the name's case or quotes.
     */
    boolean columnPrefixKeys();

    /**
     * Whether, of the keys one CREATE TABLE declares, a unique key that repeats the primary key or an earlier unique
     * key (columns, INCLUDE columns, deferral) is left out: PostgreSQL yes (ALTER TABLE … ADD keeps every one).
     */
    default boolean mergesRepeatedKeysInCreateTable() {
        return false;
    }

    /**
     * Whether the catalog keeps a foreign key's referenced table and columns as the key spells them, not as they are
     * declared: SQLite yes (its table text and {@code PRAGMA foreign_key_list} echo {@code REFERENCES T (COL4)} for a
     * column declared {@code Col4}, until a rename of that table or column rewrites them); the model keeps them so.
     */
    default boolean keepsForeignKeyTargetsAsWritten() {
        return false;
    }

    /** Whether an index's access method ({@code USING gin}) is part of the model: PostgreSQL yes (its default btree is not recorded). */
    boolean recordsIndexMethods();

    /** Whether CREATE INDEX may name the index type before ON ({@code CREATE INDEX i USING BTREE ON t …}): MySQL and MariaDB yes. */
    boolean indexTypeBeforeOn();

    /** Whether CREATE INDEX needs a name: MySQL and MariaDB yes (PostgreSQL names an unnamed index itself). */
    boolean createIndexNeedsName();

    /**
     * Whether {@code [NOT] DEFERRABLE [INITIALLY IMMEDIATE | DEFERRED]} on a primary key, unique constraint or foreign
     * key is part of the model: PostgreSQL yes (its catalog keeps it on all three). MySQL and MariaDB read it after
     * REFERENCES and ignore it; SQLite keeps it on foreign keys, which the model leaves out for now.
     */
    boolean keepsDeferral();

    /**
     * Whether a primary key or unique constraint may {@code INCLUDE (…)} columns in its index and take index storage
     * parameters ({@code WITH (…)}, {@code USING INDEX TABLESPACE …}): PostgreSQL yes (the included columns are part of
     * the model, the storage is not).
     */
    boolean keysTakeIndexParameters();
}

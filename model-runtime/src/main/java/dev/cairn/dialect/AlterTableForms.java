package dev.cairn.dialect;

import dev.cairn.schema.Column;
import dev.cairn.schema.Table;

/**
 * Which ALTER TABLE actions the engine has, as Cairn's DDL reader asks. All engines have ADD COLUMN, DROP COLUMN,
 * RENAME TO and RENAME COLUMN; SQLite has nothing more, PostgreSQL adds the ALTER COLUMN forms, MySQL and MariaDB
 * MODIFY, CHANGE and their DROP/RENAME of keys by kind. Where an engine limits an action, the {@code check…} methods
 * throw its refusal at the {@link StatementSite}; DROP COLUMN is each engine's own.
 */
public interface AlterTableForms {

    /** The key a column being added is written with inline (the first, if several). */
    enum InlineKey { NONE, PRIMARY_KEY, UNIQUE }

    /** ADD CONSTRAINT (or a key) on an existing table: returns, or throws the refusal (SQLite refuses). */
    void checkAddConstraint(StatementSite at);

    /** DROP CONSTRAINT: returns, or throws the refusal (SQLite refuses). */
    void checkDropConstraint(StatementSite at);

    /** ALTER COLUMN: returns, or throws the refusal (SQLite refuses). */
    void checkAlterColumn(StatementSite at);

    /**
     * ADD COLUMN of this column: returns, or throws the refusal. SQLite refuses a PRIMARY KEY or UNIQUE column, a NOT
     * NULL column without a default, a non-constant default and a STORED generated column.
     */
    void checkAddColumn(Column column, InlineKey key, StatementSite at);

    /**
     * DROP COLUMN: the table without the column and without what the engine drops with it, or the refusal thrown
     * (given as the reason only: the site names the column). SQLite refuses when a key, an index, a foreign key, a
     * CHECK on other columns too or a generated column needs the column. PostgreSQL drops the indexes, keys and
     * constraints that use it, and with {@code cascade} the generated columns (without, they are an error). MySQL and
     * MariaDB take the column out of its keys and indexes, and refuse while a foreign key or a CHECK on other
     * columns uses it. Other tables' foreign keys to the column are the caller's ({@link DdlRules#cascadeDropsDependents()}).
     */
    Table dropColumn(Table table, String column, boolean cascade, StatementSite at);

    /**
     * Whether ALTER TABLE takes table options and storage settings that do not change the schema's shape
     * ({@code OWNER TO}, {@code ENGINE=}, {@code SET (…)}, {@code ENABLE TRIGGER}, …): yes, except on SQLite.
     */
    boolean hasTableOptions();

    /**
     * Whether {@code ENABLE | DISABLE | FORCE | NO FORCE ROW LEVEL SECURITY} exist, kept as the table options
     * {@link dev.cairn.schema.Table#ROW_LEVEL_SECURITY} and {@link dev.cairn.schema.Table#FORCE_ROW_LEVEL_SECURITY}, and
     * with them {@code CREATE | ALTER | DROP POLICY} (a table's {@link dev.cairn.schema.Policy policies}): PostgreSQL yes.
     */
    boolean hasRowLevelSecurity();

    /** Whether {@code MODIFY [COLUMN] definition} and {@code CHANGE [COLUMN] old definition} exist: MySQL and MariaDB yes. */
    boolean hasModifyAndChange();

    /** Whether {@code DROP PRIMARY KEY} exists: MySQL and MariaDB yes (elsewhere the key is dropped by its constraint name). */
    boolean hasDropPrimaryKey();

    /** Whether {@code DROP FOREIGN KEY name} exists: MySQL and MariaDB yes. */
    boolean hasDropForeignKey();

    /** Whether {@code DROP CHECK name} exists: MySQL and MariaDB yes. */
    boolean hasDropCheck();

    /** Whether {@code DROP INDEX|KEY name} and {@code RENAME INDEX|KEY a TO b} exist: MySQL and MariaDB yes (indexes are per table). */
    boolean hasDropAndRenameIndex();

    /**
     * Whether {@code ALTER INDEX i [IN]VISIBLE}, {@code ALTER CHECK c [NOT] ENFORCED} and {@code ALTER CONSTRAINT}
     * exist (states the model does not hold): MySQL and MariaDB yes.
     */
    boolean hasAlterIndexAndCheck();

    /**
     * Whether ALTER COLUMN goes beyond SET/DROP DEFAULT: {@code SET/DROP NOT NULL}, {@code [SET DATA] TYPE},
     * {@code DROP IDENTITY}, {@code SET STATISTICS/STORAGE/COMPRESSION}: PostgreSQL yes.
     */
    boolean altersColumnTypeAndNullability();

    /**
     * Whether PostgreSQL's online forms of ADD CONSTRAINT exist: a foreign key or CHECK added {@code NOT VALID} (checked
     * for new rows only, until {@code VALIDATE CONSTRAINT}), and {@code PRIMARY KEY | UNIQUE USING INDEX name} (the
     * constraint takes over an existing unique index): PostgreSQL yes.
     */
    boolean hasNotValidAndUsingIndex();
}

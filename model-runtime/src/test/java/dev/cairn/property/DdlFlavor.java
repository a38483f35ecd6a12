package dev.cairn.property;

import dev.cairn.dialect.Dialect;

import java.util.List;

/**
 * What one engine accepts and how it spells it: the generator asks its flavor instead of knowing dialects itself.
 */
abstract class DdlFlavor {

    abstract Dialect dialect();

    /** Types for ordinary columns. */
    abstract List<ColumnType> types();

    /** Auto-numbered primary key columns, e.g. {@code INTEGER PRIMARY KEY AUTOINCREMENT}. */
    abstract List<AutoIncrementColumn> autoIncrementColumns();

    /**
     * An auto-numbered primary key column.
     *
     * @param definition  everything after the column name, PRIMARY KEY included
     * @param type        the column's type as seen by referencing columns
     * @param rowidTable  true if it needs a table with rowid (SQLite AUTOINCREMENT)
     */
    record AutoIncrementColumn(String definition, ColumnType type, boolean rowidTable) {
    }

    abstract String quote(String name);

    /** Whether unquoted table names may be written in another letter case when referred to (false on MariaDB/Linux). */
    abstract boolean tableNamesCaseInsensitive();

    /** Whether ALTER TABLE … ADD CONSTRAINT (unique, foreign key) and DROP CONSTRAINT exist (not in SQLite). */
    abstract boolean canAlterConstraints();

    /** Whether ADD COLUMN may declare UNIQUE (not in SQLite). */
    abstract boolean addColumnMayBeUnique();

    /** Whether ADD COLUMN … NOT NULL needs a non-null default (SQLite). */
    abstract boolean addColumnNotNullNeedsDefault();

    /** Whether an index the engine still needs for a foreign key cannot be dropped (MySQL/MariaDB). */
    abstract boolean foreignKeysNeedIndexes();

    /** Whether a CHECK written on a column is the column's (MariaDB): MODIFY and CHANGE drop it unless restated, DROP COLUMN drops it. */
    boolean keepsColumnChecks() {
        return false;
    }

    /** Whether DROP TABLE … CASCADE drops the foreign keys that reference the table (PostgreSQL). */
    abstract boolean dropTableCascades();

    /** Whether ON DELETE/UPDATE SET NULL needs nullable columns at definition time (MariaDB). */
    abstract boolean setNullNeedsNullable();

    abstract boolean supportsSetDefaultAction();

    /** Whether columns can be altered in place: type, default, nullability (not in SQLite). */
    boolean canAlterColumns() {
        return canAlterConstraints();
    }

    /** Types a column of type {@code from} can be changed to on an empty table, keeping its defaults valid. */
    List<ColumnType> widenings(ColumnType from) {
        return List.of();
    }

    String setDefault(String table, GeneratedSchema.GColumn column, Choices c) {
        return "ALTER TABLE " + table + " ALTER " + (c.chance(50) ? "COLUMN " : "") + ref(column.id, c) + " SET DEFAULT " + column.defaultSql;
    }

    String dropDefault(String table, GeneratedSchema.GColumn column, Choices c) {
        return "ALTER TABLE " + table + " ALTER " + (c.chance(50) ? "COLUMN " : "") + ref(column.id, c) + " DROP DEFAULT";
    }

    /** Changes nullability to what {@code column} now says (PostgreSQL SET/DROP NOT NULL, MySQL MODIFY). */
    String alterNullability(String table, GeneratedSchema.GColumn column, Choices c) {
        throw new UnsupportedOperationException();
    }

    /** Changes the type to what {@code column} now says (its default and nullability already adjusted). */
    String alterType(String table, GeneratedSchema.GColumn column, Choices c) {
        throw new UnsupportedOperationException();
    }

    /** A MySQL-style full column definition after the name, as MODIFY and CHANGE restate it. */
    static String restated(GeneratedSchema.GColumn column) {
        StringBuilder b = new StringBuilder(column.type.sql());
        if (column.notNull) b.append(" NOT NULL");
        if (column.autoIncrement) b.append(" AUTO_INCREMENT");
        if (column.defaultSql != null) b.append(" DEFAULT ").append(column.defaultSql);
        return b.toString();
    }

    /** SQLite STRICT tables: the types allowed there, or empty when the dialect has none. */
    List<ColumnType> strictTypes() {
        return List.of();
    }

    /** Whether {@code WITHOUT ROWID} may follow a table with a primary key (SQLite). */
    boolean supportsWithoutRowid() {
        return false;
    }

    /** Whether {@code CREATE INDEX ON t (c)} without a name is valid (PostgreSQL). */
    boolean supportsUnnamedIndex() {
        return false;
    }

    /** Reserved or awkward words usable as column names; written quoted when {@link #mustQuote}. */
    List<String> awkwardColumnNames() {
        return List.of("script", "name", "status", "data", "order", "key", "value", "group");
    }

    boolean mustQuote(String word) {
        return List.of("order", "key", "value", "group").contains(word);
    }

    /** A table option clause to put after the closing parenthesis ("" for none). */
    String tableSuffix(Choices c, GeneratedSchema.GTable table, boolean withoutRowid) {
        return "";
    }

    String renameTable(String from, String to, Choices c) {
        return "ALTER TABLE " + from + " RENAME TO " + to;
    }

    String renameColumn(String table, GeneratedSchema.GColumn column, String newName, Choices c) {
        return "ALTER TABLE " + table + " RENAME " + (c.chance(70) ? "COLUMN " : "") + ref(column.id, c) + " TO " + newName;
    }

    String addColumn(String table, String definition, Choices c) {
        return "ALTER TABLE " + table + " ADD " + (c.chance(60) ? "COLUMN " : "") + definition;
    }

    String dropColumn(String table, String column, Choices c) {
        return "ALTER TABLE " + table + " DROP " + (c.chance(70) ? "COLUMN " : "") + column;
    }

    String dropIndex(String index, String table, boolean ifExists, Choices c) {
        return "DROP INDEX " + (ifExists ? "IF EXISTS " : "") + index;
    }

    String dropForeignKey(String table, String name, Choices c) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
    }

    String dropUnique(String table, String name, Choices c) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
    }

    /** How a script writes an identifier where it is declared. */
    String declare(GeneratedSchema.Ident id) {
        return id.quoted ? quote(id.name) : id.name;
    }

    /** How a script refers to a declared identifier: quoted ones as declared, others maybe in another letter case. */
    String ref(GeneratedSchema.Ident id, Choices c) {
        if (id.quoted) return quote(id.name);
        return switch (c.below(8)) {
            case 6 -> id.name.toUpperCase(java.util.Locale.ROOT);
            case 7 -> id.name.toLowerCase(java.util.Locale.ROOT);
            default -> id.name;
        };
    }

    String tableRef(GeneratedSchema.Ident id, Choices c) {
        return tableNamesCaseInsensitive() ? ref(id, c) : declare(id);
    }

    /** What the first trigger needs, one statement a step: the log table its triggers write to (and a function). */
    List<String> triggerSetup() {
        return List.of("CREATE TABLE trigger_log (note VARCHAR(100))");
    }

    /** An AFTER INSERT trigger on {@code table} that writes a row to {@code trigger_log}. */
    abstract String createTrigger(String name, String table);

    String dropTrigger(String name, String table) {
        return "DROP TRIGGER " + name;
    }

    // ---------------------------------------------------------------- the wider vocabulary (issue 21)

    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile(
            "(?i)(int|integer|int4|bigint|smallint|tinyint\\(1\\)|bigint unsigned|numeric(\\(.*\\))?|decimal\\(.*\\)|real|double( precision)?)");
    private static final java.util.regex.Pattern TEXT = java.util.regex.Pattern.compile(
            "(?i)(text|varchar(\\(\\d+\\))?|character varying\\(\\d+\\)|char\\(\\d+\\))( collate .*)?");

    /** Types only the wide vocabulary declares (collated ones). */
    List<ColumnType> wideTypes() {
        return List.of();
    }

    /** Whether a CHECK like {@code x > -1000} and a generated {@code x + 1} fit the type. */
    static boolean isNumeric(ColumnType type) {
        return NUMERIC.matcher(type.sql()).matches();
    }

    /** Whether {@code lower(x)} fits the type (an expression index). */
    static boolean isText(ColumnType type) {
        return TEXT.matcher(type.sql()).matches();
    }

    /**
     * Whether renaming a table or column also rewrites the views, CHECK constraints and generation expressions that
     * name it (PostgreSQL keeps them by reference, SQLite rewrites their text); MariaDB leaves them broken.
     */
    boolean renamesFollowDependents() {
        return true;
    }

    /** A generated column's definition after its name, computed from {@code base}; null where not generated. */
    String generatedColumn(String typeSql, String base, Choices c) {
        return null;
    }

    /** PARTIAL ({@code WHERE}) and expression indexes (PostgreSQL, SQLite). */
    boolean supportsPartialIndexes() {
        return false;
    }

    /** An index method clause after the table name ({@code USING hash}), or "" (PostgreSQL only). */
    String indexMethod(boolean unique, boolean plainSingleColumn, Choices c) {
        return "";
    }

    /** The deferral clauses a foreign key may end with (PostgreSQL, SQLite), none elsewhere. */
    List<String> deferralClauses() {
        return List.of();
    }

    /** Whether comments on tables and columns exist. */
    boolean supportsComments() {
        return false;
    }

    String commentOnTable(String table, String literal, Choices c) {
        throw new UnsupportedOperationException();
    }

    String commentOnColumn(String table, GeneratedSchema.GColumn column, String literal, Choices c) {
        throw new UnsupportedOperationException();
    }

    /** Whether {@code CREATE/ALTER/DROP SEQUENCE} exist (PostgreSQL, MariaDB). */
    boolean supportsSequences() {
        return false;
    }

    /** Whether {@code CREATE TYPE … AS ENUM} exists (PostgreSQL). */
    boolean supportsEnumTypes() {
        return false;
    }

    /** Whether one ALTER TABLE may carry several comma-separated actions (PostgreSQL, MariaDB). */
    boolean supportsMultiActionAlter() {
        return canAlterConstraints();
    }

    /** Whether {@code CREATE OR REPLACE VIEW} exists (not in SQLite). */
    boolean supportsCreateOrReplaceView() {
        return canAlterConstraints();
    }

    String dropCheck(String table, String name, Choices c) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + name;
    }

    /** The longest generated identifier, in bytes of UTF-8: beyond the engine's limit where it truncates (PostgreSQL). */
    abstract int longNameBytes();

    /** Names outside ASCII, always written quoted. */
    List<String> nonAsciiWords() {
        return List.of("größe", "名前", "café", "Ñandú", "δοκιμή");
    }
}

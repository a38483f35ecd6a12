package dev.cairn.property;

import dev.cairn.dialect.Dialect;

import java.util.List;

/** SQLite: no ADD CONSTRAINT, ADD COLUMN is restricted, STRICT and WITHOUT ROWID tables. */
final class SqliteFlavor extends DdlFlavor {
    private static final List<ColumnType> TYPES = List.of(
            ColumnType.of("INTEGER", true, "0", "1", "-5", "42", "NULL").withCreateOnlyDefaults("(1 + 2)"),
            ColumnType.of("INT", true, "7"),
            ColumnType.of("BIGINT", true, "0"),
            ColumnType.of("TEXT", true, "'abc'", "''", "'a;b'", "'it''s'", "NULL"),
            ColumnType.of("VARCHAR(40)", true, "'x'"),
            ColumnType.of("REAL", true, "1.5", "-0.25"),
            ColumnType.of("NUMERIC", true, "0"),
            ColumnType.of("DECIMAL(10,2)", true, "10.5"),
            ColumnType.of("BOOLEAN", true, "0", "1", "TRUE", "FALSE"),
            ColumnType.of("DATE", true, "'2020-01-01'").withCreateOnlyDefaults("CURRENT_DATE"),
            ColumnType.of("TIMESTAMP", true, "'2020-01-01 00:00:00'").withCreateOnlyDefaults("CURRENT_TIMESTAMP"),
            ColumnType.of("BLOB", true, "X'00FF'"));
    private static final List<ColumnType> WIDE_TYPES = List.of(
            ColumnType.of("TEXT COLLATE NOCASE", true, "'abc'"),
            ColumnType.of("VARCHAR(40) COLLATE RTRIM", true, "'x'"));
    private static final List<ColumnType> STRICT_TYPES = List.of(
            ColumnType.of("INTEGER", true, "0", "-5"),
            ColumnType.of("INT", true, "1"),
            ColumnType.of("REAL", true, "1.5"),
            ColumnType.of("TEXT", true, "'abc'", "'a;b'"),
            ColumnType.of("BLOB", true),
            ColumnType.of("ANY", true, "1"));
    private static final ColumnType INTEGER = ColumnType.of("INTEGER", true);

    @Override
    Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    List<ColumnType> types() {
        return TYPES;
    }

    @Override
    List<ColumnType> strictTypes() {
        return STRICT_TYPES;
    }

    @Override
    List<AutoIncrementColumn> autoIncrementColumns() {
        return List.of(
                new AutoIncrementColumn("INTEGER PRIMARY KEY AUTOINCREMENT", INTEGER, true),
                new AutoIncrementColumn("INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", INTEGER, true),
                new AutoIncrementColumn("INTEGER PRIMARY KEY ASC AUTOINCREMENT", INTEGER, true));
    }

    @Override
    String quote(String name) {
        return "\"" + name + "\"";
    }

    @Override
    boolean tableNamesCaseInsensitive() {
        return true;
    }

    @Override
    boolean canAlterConstraints() {
        return false;
    }

    @Override
    boolean addColumnMayBeUnique() {
        return false;
    }

    @Override
    boolean addColumnNotNullNeedsDefault() {
        return true;
    }

    @Override
    boolean foreignKeysNeedIndexes() {
        return false;
    }

    @Override
    boolean dropTableCascades() {
        return false;
    }

    @Override
    boolean setNullNeedsNullable() {
        return false;
    }

    @Override
    boolean supportsSetDefaultAction() {
        return true;
    }

    @Override
    boolean supportsWithoutRowid() {
        return true;
    }

    @Override
    String tableSuffix(Choices c, GeneratedSchema.GTable table, boolean withoutRowid) {
        if (table.strict && withoutRowid) return c.chance(50) ? " STRICT, WITHOUT ROWID" : " WITHOUT ROWID, STRICT";
        if (table.strict) return " STRICT";
        return withoutRowid ? " WITHOUT ROWID" : "";
    }

    @Override
    String createTrigger(String name, String table) {
        return "CREATE TRIGGER " + name + " AFTER INSERT ON " + table + " BEGIN INSERT INTO trigger_log (note) VALUES ('" + name + "'); END";
    }

    @Override
    String generatedColumn(String typeSql, String base, Choices c) {
        String expression = "(" + base + " + 1)";
        return switch (c.below(4)) {
            case 1 -> typeSql + " GENERATED ALWAYS AS " + expression + " STORED";
            case 2 -> typeSql + " AS " + expression + " VIRTUAL";
            case 3 -> typeSql + " AS " + expression;
            default -> typeSql + " GENERATED ALWAYS AS " + expression + " VIRTUAL";
        };
    }

    @Override
    boolean supportsPartialIndexes() {
        return true;
    }

    @Override
    List<String> deferralClauses() {
        return List.of(" DEFERRABLE INITIALLY DEFERRED", " NOT DEFERRABLE", " DEFERRABLE INITIALLY IMMEDIATE", " DEFERRABLE");
    }

    @Override
    int longNameBytes() {
        return 90;
    }

    @Override
    List<ColumnType> wideTypes() {
        return WIDE_TYPES;
    }
}

package dev.cairn.property;

import dev.cairn.dialect.Dialect;

import java.util.List;

/**
 * MariaDB: backtick quoting, case-sensitive table names (Linux), indexes needed by foreign keys, RENAME TABLE,
 * DROP FOREIGN KEY / DROP INDEX … ON, MySQL-style column definitions.
 */
final class MariaDbFlavor extends DdlFlavor {
    private static final List<ColumnType> TYPES = List.of(
            ColumnType.of("INT", true, "0", "-1", "42"),
            ColumnType.of("INTEGER", true, "3"),
            ColumnType.of("BIGINT", true, "0"),
            ColumnType.of("SMALLINT", true, "1"),
            ColumnType.of("TINYINT(1)", true, "0", "1"),
            ColumnType.of("BOOLEAN", true, "TRUE", "FALSE", "0"),
            ColumnType.of("VARCHAR(40)", true, "'x'", "''", "'a;b'"),
            ColumnType.of("VARCHAR(255)", true, "'it''s'"),
            ColumnType.of("CHAR(3)", true, "'abc'"),
            ColumnType.of("TEXT", false, "'q'"),
            ColumnType.of("DECIMAL(10,2)", true, "0", "10.5", "-1.25"),
            ColumnType.of("DOUBLE", true, "1.5"),
            ColumnType.of("DATE", true, "'2020-01-01'"),
            ColumnType.of("DATETIME", true, "CURRENT_TIMESTAMP", "'2020-01-01 00:00:00'"),
            ColumnType.of("DATETIME(6)", true, "CURRENT_TIMESTAMP(6)"),
            ColumnType.of("BLOB", false),
            ColumnType.of("ENUM('a','b')", true, "'a'"),
            ColumnType.of("BIGINT UNSIGNED", true, "0"));
    private static final List<ColumnType> WIDE_TYPES = List.of(
            ColumnType.of("VARCHAR(40) COLLATE utf8mb4_bin", true, "'x'"),
            ColumnType.of("VARCHAR(60) CHARACTER SET latin1", true, "'l'"));
    private static final ColumnType INT = ColumnType.of("INT", true);
    private static final ColumnType BIGINT_UNSIGNED = ColumnType.of("BIGINT UNSIGNED", true);

    @Override
    Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Override
    List<ColumnType> types() {
        return TYPES;
    }

    @Override
    List<AutoIncrementColumn> autoIncrementColumns() {
        return List.of(
                new AutoIncrementColumn("INT AUTO_INCREMENT PRIMARY KEY", INT, false),
                new AutoIncrementColumn("INT NOT NULL AUTO_INCREMENT PRIMARY KEY", INT, false),
                new AutoIncrementColumn("BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY", BIGINT_UNSIGNED, false));
    }

    @Override
    String quote(String name) {
        return "`" + name + "`";
    }

    @Override
    boolean tableNamesCaseInsensitive() {
        return false;
    }

    @Override
    boolean canAlterConstraints() {
        return true;
    }

    @Override
    boolean addColumnMayBeUnique() {
        return true;
    }

    @Override
    boolean addColumnNotNullNeedsDefault() {
        return false;
    }

    @Override
    boolean foreignKeysNeedIndexes() {
        return true;
    }

    @Override
    boolean keepsColumnChecks() {
        return true;
    }

    /**
     * The column's whole definition as MODIFY and CHANGE restate it, named {@code name} in its own CHECK: half the time
     * with that CHECK, else without it, which drops it.
     */
    private static String restated(GeneratedSchema.GColumn column, String name, String comment, Choices c) {
        String definition = DdlFlavor.restated(column) + (comment == null ? "" : " COMMENT " + comment);
        if (column.ownCheck == null) return definition;
        if (c.chance(50)) return definition + " CHECK (" + name + column.ownCheck + ")";
        column.ownCheck = null;
        return definition;
    }

    @Override
    boolean dropTableCascades() {
        return false;
    }

    @Override
    boolean setNullNeedsNullable() {
        return true;
    }

    @Override
    boolean supportsSetDefaultAction() {
        return false;
    }

    @Override
    String tableSuffix(Choices c, GeneratedSchema.GTable table, boolean withoutRowid) {
        return switch (c.below(3)) {
            case 1 -> " ENGINE=InnoDB";
            case 2 -> " ENGINE = InnoDB";
            default -> "";
        };
    }

    @Override
    String renameTable(String from, String to, Choices c) {
        return c.chance(50) ? "RENAME TABLE " + from + " TO " + to : "ALTER TABLE " + from + " RENAME TO " + to;
    }

    @Override
    String renameColumn(String table, GeneratedSchema.GColumn column, String newName, Choices c) {
        if (c.chance(40)) {
            // CHANGE restates the whole column definition
            return "ALTER TABLE " + table + " CHANGE " + (c.chance(50) ? "COLUMN " : "") + ref(column.id, c) + " " + newName + " " + restated(column, newName, null, c);
        }
        return "ALTER TABLE " + table + " RENAME COLUMN " + ref(column.id, c) + " TO " + newName;
    }

    @Override
    List<ColumnType> widenings(ColumnType from) {
        return switch (from.sql()) {
            case "INT", "INTEGER" -> List.of(ColumnType.of("BIGINT", true, "0", "-1"));
            case "SMALLINT" -> List.of(ColumnType.of("INT", true, "0", "42"), ColumnType.of("BIGINT", true, "0"));
            case "TINYINT(1)", "BOOLEAN" -> List.of(ColumnType.of("INT", true, "0", "1"));
            case "VARCHAR(40)" -> List.of(ColumnType.of("VARCHAR(255)", true, "'x'", "''"), ColumnType.of("TEXT", false, "'q'"));
            case "VARCHAR(255)" -> List.of(ColumnType.of("TEXT", false, "'q'"));
            case "CHAR(3)" -> List.of(ColumnType.of("VARCHAR(40)", true, "'abc'"));
            case "DECIMAL(10,2)" -> List.of(ColumnType.of("DECIMAL(12,2)", true, "0", "10.5"));
            case "DATETIME" -> List.of(ColumnType.of("DATETIME(6)", true, "CURRENT_TIMESTAMP(6)"));
            default -> List.of();
        };
    }

    @Override
    String alterNullability(String table, GeneratedSchema.GColumn column, Choices c) {
        return modify(table, column, c);
    }

    @Override
    String alterType(String table, GeneratedSchema.GColumn column, Choices c) {
        return modify(table, column, c);
    }

    private String modify(String table, GeneratedSchema.GColumn column, Choices c) {
        if (c.chance(25)) {
            String name = ref(column.id, c);
            return "ALTER TABLE " + table + " CHANGE " + name + " " + declare(column.id) + " " + restated(column, declare(column.id), null, c);
        }
        String keyword = c.chance(50) ? "COLUMN " : "";
        String name = ref(column.id, c);
        return "ALTER TABLE " + table + " MODIFY " + keyword + name + " " + restated(column, name, null, c);
    }

    @Override
    String dropIndex(String index, String table, boolean ifExists, Choices c) {
        if (c.chance(40)) return "ALTER TABLE " + table + " DROP " + (c.chance(50) ? "KEY " : "INDEX ") + (ifExists ? "IF EXISTS " : "") + index;
        return "DROP INDEX " + (ifExists ? "IF EXISTS " : "") + index + " ON " + table;
    }

    @Override
    String dropForeignKey(String table, String name, Choices c) {
        return "ALTER TABLE " + table + (c.chance(60) ? " DROP FOREIGN KEY " : " DROP CONSTRAINT ") + name;
    }

    @Override
    String dropUnique(String table, String name, Choices c) {
        return "ALTER TABLE " + table + switch (c.below(3)) {
            case 1 -> " DROP INDEX ";
            case 2 -> " DROP KEY ";
            default -> " DROP CONSTRAINT ";
        } + name;
    }

    @Override
    String createTrigger(String name, String table) {
        return "CREATE TRIGGER " + name + " AFTER INSERT ON " + table + " FOR EACH ROW INSERT INTO trigger_log (note) VALUES ('" + name + "')";
    }

    @Override
    boolean renamesFollowDependents() {
        return false;
    }

    @Override
    String generatedColumn(String typeSql, String base, Choices c) {
        String expression = "(" + base + " + 1)";
        return switch (c.below(3)) {
            case 1 -> typeSql + " AS " + expression + " PERSISTENT";
            case 2 -> typeSql + " GENERATED ALWAYS AS " + expression + " STORED";
            default -> typeSql + " AS " + expression + " VIRTUAL";
        };
    }

    @Override
    boolean supportsComments() {
        return true;
    }

    @Override
    String commentOnTable(String table, String literal, Choices c) {
        return "ALTER TABLE " + table + " COMMENT" + (c.chance(50) ? " = " : " ") + literal;
    }

    @Override
    String commentOnColumn(String table, GeneratedSchema.GColumn column, String literal, Choices c) {
        String name = ref(column.id, c);
        return "ALTER TABLE " + table + " MODIFY " + name + " " + restated(column, name, literal, c);
    }

    @Override
    boolean supportsSequences() {
        return true;
    }

    @Override
    String dropCheck(String table, String name, Choices c) {
        return "ALTER TABLE " + table + " DROP CONSTRAINT " + (c.chance(20) ? "IF EXISTS " : "") + name;
    }

    @Override
    int longNameBytes() {
        return 48;
    }

    @Override
    List<ColumnType> wideTypes() {
        return WIDE_TYPES;
    }
}

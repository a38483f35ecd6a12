package dev.cairn.dialect.mysql;

import dev.cairn.dialect.RoutineText;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.SequenceDefaults.Options;
import dev.cairn.schema.CheckConstraint;
import dev.cairn.schema.Column;
import dev.cairn.schema.DeclaredSpelling;
import dev.cairn.schema.ForeignKey;
import dev.cairn.schema.ForeignKeyAction;
import dev.cairn.schema.Identity;
import dev.cairn.schema.Index;
import dev.cairn.schema.IndexKey;
import dev.cairn.schema.PrimaryKey;
import dev.cairn.schema.Schema;
import dev.cairn.schema.Sequence;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;
import dev.cairn.schema.UniqueConstraint;
import dev.cairn.schema.View;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tables, views and (MariaDB) sequences of one MySQL or MariaDB database from {@code information_schema}
 * into Cairn's model, in the form replay gives:
 * <ul>
 *   <li>every unique index is a {@link UniqueConstraint}; every other index, including the one the engine adds for a
 *       foreign key's columns, is an {@link Index} (method {@code FULLTEXT}/{@code SPATIAL} when not a B-tree);</li>
 *   <li>MariaDB's JSON (stored as {@code longtext} with an automatic {@code json_valid} column check) is type
 *       {@code json}, without that check and without its forced {@code utf8mb4_bin} collation;</li>
 *   <li>a table's engine and collation are options ({@link Table#ENGINE}, {@link Table#COLLATE}) only where they are
 *       not the server's default engine and the database's collation, a column's collation only where it differs from
 *       its table's, and no character set apart from its collation ({@link MySqlDatabaseDefaults});</li>
 *   <li>a table's row format is an option ({@link Table#ROW_FORMAT}) only where its DDL wrote one: the server lists
 *       only those in {@code CREATE_OPTIONS};</li>
 *   <li>referential actions: InnoDB treats RESTRICT and NO ACTION alike, and reports an unspecified action as
 *       RESTRICT (MariaDB) or NO ACTION (MySQL 8), so both are read as {@link ForeignKeyAction#NO_ACTION}.</li>
 * </ul>
 * Whether the server is MariaDB or MySQL is asked of the server itself.
 */
public final class MySqlIntrospector implements SchemaIntrospector {
    private final String databaseName;

    /** Reads the connection's current database ({@code DATABASE()}). */
    public MySqlIntrospector() {
        this(null);
    }

    /** Reads the named database ({@code null}: the connection's current one). */
    public MySqlIntrospector(String databaseName) {
        this.databaseName = databaseName;
    }

    @Override
    public Schema introspect(Connection connection) throws SQLException {
        String database = database(connection);
        String version = queryString(connection, "SELECT VERSION()");
        MySqlFamilyEngine engine = version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? MariaDbEngine.INSTANCE : MySqlEngine.INSTANCE;
        MySqlDatabaseDefaults defaults = MySqlDatabaseDefaults.read(connection, database);
        return DeclaredSpelling.of(new Reading(connection, database, engine, majorVersion(version), defaults).read());
    }

    @Override
    public Schema asStoredIn(Connection connection, Schema expected) throws SQLException {
        return MySqlDatabaseDefaults.read(connection, database(connection)).stored(expected);
    }

    private String database(Connection connection) throws SQLException {
        String database = databaseName != null ? databaseName : queryString(connection, "SELECT DATABASE()");
        if (database == null) throw new SQLException("the connection has no current database; name the database to introspect");
        return database;
    }

    static int majorVersion(String version) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)").matcher(version == null ? "" : version);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private static String queryString(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }

    /** InnoDB's RESTRICT and NO ACTION are one behaviour (checked at once); the model keeps it as NO_ACTION. */
    public static ForeignKeyAction action(String rule) {
        ForeignKeyAction action = ForeignKeyAction.parse(rule);
        return action == ForeignKeyAction.RESTRICT ? ForeignKeyAction.NO_ACTION : action;
    }

    /** A MariaDB sequence as its state row holds it, with the engine's defaults left null as the model keeps them. */
    static Sequence sequence(String name, Options stateRow) {
        return MariaDbEngine.INSTANCE.ddl().sequenceDefaults().sequence(name, stateRow);
    }

    /** The text MariaDB's automatic check on a JSON column holds. */
    static boolean isJsonValidCheck(String columnName, String clause) {
        String c = clause.strip();
        while (c.startsWith("(") && c.endsWith(")")) c = c.substring(1, c.length() - 1).strip();
        return c.equalsIgnoreCase("json_valid(`" + columnName.replace("`", "``") + "`)");
    }

    /** What is read for one table before it becomes an immutable value. */
    private static final class TableParts {
        final String name;
        final String engine;
        final String collation;
        final String comment;
        /** The row format written in the table's CREATE or ALTER, null where none was. */
        final String rowFormat;
        final List<ColumnRow> columns = new ArrayList<>();
        final Map<String, List<IndexColumnRow>> indexes = new LinkedHashMap<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final Map<String, ForeignKeyParts> foreignKeys = new LinkedHashMap<>();
        final Set<String> jsonColumns = new HashSet<>();

        TableParts(String name, String engine, String collation, String comment, String rowFormat) {
            this.name = name;
            this.engine = engine;
            this.collation = collation;
            this.comment = comment;
            this.rowFormat = rowFormat;
        }

        /** The options beside engine and collation: the row format where one was written. */
        Map<String, String> otherOptions() {
            return rowFormat == null ? Map.of() : Map.of(Table.ROW_FORMAT, rowFormat);
        }
    }

    private record ColumnRow(String name, String columnType, boolean nullable, String defaultText, String extra,
                             String generation, String collation, String comment) {
    }

    private record IndexColumnRow(boolean unique, String column, String collation, Integer subPart, String indexType,
                                  String expression) {
    }

    private record ForeignKeyParts(String name, String referencedTable, List<String> columns, List<String> referencedColumns,
                                   String deleteRule, String updateRule) {
    }

    private static final class Reading {
        private final Connection connection;
        private final String database;
        private final MySqlFamilyEngine engine;
        private final int majorVersion;
        private final MySqlDatabaseDefaults defaults;
        private final Map<String, TableParts> tables = new LinkedHashMap<>();
        private final Map<String, View> views = new LinkedHashMap<>();
        private final List<String> sequenceNames = new ArrayList<>();

        Reading(Connection connection, String database, MySqlFamilyEngine engine, int majorVersion, MySqlDatabaseDefaults defaults) {
            this.connection = connection;
            this.defaults = defaults;
            this.database = database;
            this.engine = engine;
            this.majorVersion = majorVersion;
        }

        Schema read() throws SQLException {
            readTables();
            Map<String, List<String>> viewColumns = readColumns();
            readViews(viewColumns);
            readIndexes();
            readChecks();
            readForeignKeys();
            Schema.Builder schema = Schema.EMPTY.toBuilder();
            for (TableParts t : tables.values()) schema.putTable(table(t));
            for (View v : views.values()) schema.putView(v);
            for (String name : sequenceNames) schema.putSequence(readSequence(name));
            readRoutines(schema);
            return schema.build();
        }

        /** Triggers, functions and procedures, each from its SHOW CREATE statement (the body as written). */
        private void readRoutines(Schema.Builder schema) throws SQLException {
            List<String> shows = new ArrayList<>();
            try (PreparedStatement s = prepare("SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = ? ORDER BY TRIGGER_NAME");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) shows.add("SHOW CREATE TRIGGER " + quote(database) + "." + quote(r.getString(1)));
            }
            try (PreparedStatement s = prepare("SELECT ROUTINE_TYPE, ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = ? "
                    + "AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE') ORDER BY ROUTINE_NAME"); ResultSet r = s.executeQuery()) {
                while (r.next()) shows.add("SHOW CREATE " + r.getString(1) + " " + quote(database) + "." + quote(r.getString(2)));
            }
            for (String show : shows) {
                try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(show)) {
                    if (r.next()) RoutineText.putIntrospected(engine, schema, r.getString(3));
                }
            }
        }

        private PreparedStatement prepare(String sql) throws SQLException {
            PreparedStatement s = connection.prepareStatement(sql);
            s.setString(1, database);
            return s;
        }

        private void readTables() throws SQLException {
            String sql = """
                    SELECT TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, TABLE_COMMENT, CREATE_OPTIONS
                    FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME""";
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString("TABLE_NAME");
                    switch (r.getString("TABLE_TYPE")) {
                        case "BASE TABLE", "SYSTEM VERSIONED" -> tables.put(name, new TableParts(name, r.getString("ENGINE"), r.getString("TABLE_COLLATION"),
                                emptyToNull(r.getString("TABLE_COMMENT")), writtenRowFormat(r.getString("CREATE_OPTIONS"))));
                        case "VIEW" -> views.put(name, null);
                        case "SEQUENCE" -> sequenceNames.add(name);
                        default -> {
                        }
                    }
                }
            }
        }

        /**
         * The row format in {@code CREATE_OPTIONS} ({@code stats_persistent=1 row_format=DYNAMIC}), where the server
         * lists it only when the table's DDL wrote one: a table left to the engine's default has none.
         */
        private static String writtenRowFormat(String createOptions) {
            if (createOptions == null) return null;
            for (String option : createOptions.trim().split("\\s+")) {
                int eq = option.indexOf('=');
                if (eq > 0 && option.substring(0, eq).equalsIgnoreCase("row_format"))
                    return option.substring(eq + 1).toUpperCase(java.util.Locale.ROOT);
            }
            return null;
        }

        private Map<String, List<String>> readColumns() throws SQLException {
            String sql = """
                    SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, GENERATION_EXPRESSION,
                           COLLATION_NAME, COLUMN_COMMENT
                    FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION""";
            Map<String, List<String>> viewColumns = new LinkedHashMap<>();
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String table = r.getString("TABLE_NAME");
                    String column = r.getString("COLUMN_NAME");
                    if (views.containsKey(table)) viewColumns.computeIfAbsent(table, k -> new ArrayList<>()).add(column);
                    TableParts parts = tables.get(table);
                    if (parts == null) continue;
                    parts.columns.add(new ColumnRow(column, r.getString("COLUMN_TYPE"), "YES".equals(r.getString("IS_NULLABLE")),
                            r.getString("COLUMN_DEFAULT"), nullToEmpty(r.getString("EXTRA")), r.getString("GENERATION_EXPRESSION"),
                            r.getString("COLLATION_NAME"), emptyToNull(r.getString("COLUMN_COMMENT"))));
                }
            }
            return viewColumns;
        }

        private void readViews(Map<String, List<String>> viewColumns) throws SQLException {
            String sql = "SELECT TABLE_NAME, VIEW_DEFINITION FROM information_schema.VIEWS WHERE TABLE_SCHEMA = ?";
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String name = r.getString("TABLE_NAME");
                    views.put(name, new View(name, r.getString("VIEW_DEFINITION"), viewColumns.getOrDefault(name, List.of()), null));
                }
            }
            views.entrySet().removeIf(e -> e.getValue() == null);
        }

        private void readIndexes() throws SQLException {
            // MySQL 8 reports functional key parts in EXPRESSION; MariaDB has no such column.
            String expression = engine.hasFunctionalKeyParts(majorVersion) ? "EXPRESSION" : "NULL AS EXPRESSION";
            String sql = "SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, COLLATION, SUB_PART, INDEX_TYPE, " + expression
                    + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX";
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableParts parts = tables.get(r.getString("TABLE_NAME"));
                    if (parts == null) continue;
                    Number subPart = (Number) r.getObject("SUB_PART");
                    parts.indexes.computeIfAbsent(r.getString("INDEX_NAME"), k -> new ArrayList<>())
                            .add(new IndexColumnRow(r.getInt("NON_UNIQUE") == 0, r.getString("COLUMN_NAME"), r.getString("COLLATION"),
                                    subPart == null || subPart.intValue() == 0 ? null : subPart.intValue(), r.getString("INDEX_TYPE"), r.getString("EXPRESSION")));
                }
            }
        }

        private void readChecks() throws SQLException {
            if (!engine.keepsChecks(majorVersion)) return;
            if (engine.ddl().keepsColumnLevelChecks() && hasCheckLevels()) {
                readLeveledChecks();
                return;
            }
            // MariaDB names checks per table (a column check is named after its column), MySQL per schema.
            String sameTable = engine.namesChecksPerTable() ? " AND cc.TABLE_NAME = tc.TABLE_NAME" : "";
            String sql = """
                    SELECT tc.TABLE_NAME, tc.CONSTRAINT_NAME, cc.CHECK_CLAUSE
                    FROM information_schema.TABLE_CONSTRAINTS tc
                    JOIN information_schema.CHECK_CONSTRAINTS cc
                      ON cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME""" + sameTable + """

                    WHERE tc.TABLE_SCHEMA = ? AND tc.CONSTRAINT_TYPE = 'CHECK'
                    ORDER BY tc.TABLE_NAME, tc.CONSTRAINT_NAME""";
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableParts parts = tables.get(r.getString("TABLE_NAME"));
                    if (parts == null) continue;
                    String name = r.getString("CONSTRAINT_NAME");
                    String clause = r.getString("CHECK_CLAUSE");
                    ColumnRow column = parts.columns.stream().filter(c -> c.name.equalsIgnoreCase(name)).findFirst().orElse(null);
                    if (engine.jsonIsCheckedLongtext() && column != null && column.columnType.equalsIgnoreCase("longtext")
                            && isJsonValidCheck(name, clause)) {
                        parts.jsonColumns.add(name);
                    } else {
                        parts.checks.add(new CheckConstraint(name, engine.expressions().canonical(clause)));
                    }
                }
            }
        }

        /** Whether {@code CHECK_CONSTRAINTS} has MariaDB's {@code LEVEL} column (10.5.10 and later). */
        private boolean hasCheckLevels() throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT 1 FROM information_schema.COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'information_schema' AND TABLE_NAME = 'CHECK_CONSTRAINTS' AND COLUMN_NAME = 'LEVEL'")) {
                return r.next();
            }
        }

        /**
         * MariaDB's checks with their level: a table CHECK by its name; a column CHECK ({@code LEVEL = 'Column'}) without
         * one, with the column {@code SHOW CREATE TABLE} writes it on (its name is the column's as it was declared, kept
         * through renames; no statement can use it). A JSON column's automatic {@code json_valid} check makes it a
         * {@code json} column.
         */
        private void readLeveledChecks() throws SQLException {
            String sql = """
                    SELECT TABLE_NAME, CONSTRAINT_NAME, CHECK_CLAUSE, LEVEL FROM information_schema.CHECK_CONSTRAINTS
                    WHERE CONSTRAINT_SCHEMA = ? ORDER BY TABLE_NAME, CONSTRAINT_NAME""";
            Map<String, List<String>> columnClauses = new LinkedHashMap<>();
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableParts parts = tables.get(r.getString("TABLE_NAME"));
                    if (parts == null) continue;
                    String clause = r.getString("CHECK_CLAUSE");
                    if ("Column".equalsIgnoreCase(r.getString("LEVEL"))) columnClauses.computeIfAbsent(parts.name, k -> new ArrayList<>()).add(clause);
                    else parts.checks.add(new CheckConstraint(r.getString("CONSTRAINT_NAME"), engine.expressions().canonical(clause)));
                }
            }
            for (var e : columnClauses.entrySet()) {
                TableParts parts = tables.get(e.getKey());
                Map<String, String> definitions;
                try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SHOW CREATE TABLE " + quote(database) + "." + quote(parts.name))) {
                    definitions = r.next() ? ShowCreateTableColumns.of(r.getString(2)) : Map.of();
                }
                Set<String> owners = new HashSet<>();
                for (String clause : e.getValue()) {
                    String owner = definitions.entrySet().stream().filter(d -> !owners.contains(d.getKey())
                            && ShowCreateTableColumns.endsWithCheck(d.getValue(), clause)).map(Map.Entry::getKey).findFirst()
                            .orElseThrow(() -> new SQLException("no column of table " + parts.name + " holds the CHECK (" + clause + ") that "
                                    + "information_schema.CHECK_CONSTRAINTS lists at column level"));
                    owners.add(owner);
                    ColumnRow column = parts.columns.stream().filter(c -> c.name.equals(owner)).findFirst().orElse(null);
                    if (column != null && column.columnType.equalsIgnoreCase("longtext") && isJsonValidCheck(owner, clause)) parts.jsonColumns.add(owner);
                    else parts.checks.add(new CheckConstraint(null, engine.expressions().canonical(clause), owner));
                }
            }
        }

        private void readForeignKeys() throws SQLException {
            String sql = """
                    SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, k.COLUMN_NAME, k.REFERENCED_TABLE_SCHEMA, k.REFERENCED_TABLE_NAME,
                           k.REFERENCED_COLUMN_NAME, rc.UPDATE_RULE, rc.DELETE_RULE
                    FROM information_schema.KEY_COLUMN_USAGE k
                    JOIN information_schema.REFERENTIAL_CONSTRAINTS rc
                      ON rc.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND rc.CONSTRAINT_NAME = k.CONSTRAINT_NAME
                     AND rc.TABLE_NAME = k.TABLE_NAME
                    WHERE k.TABLE_SCHEMA = ? AND k.REFERENCED_TABLE_NAME IS NOT NULL
                    ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION""";
            try (PreparedStatement s = prepare(sql); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    TableParts parts = tables.get(r.getString("TABLE_NAME"));
                    if (parts == null) continue;
                    String name = r.getString("CONSTRAINT_NAME");
                    ForeignKeyParts fk = parts.foreignKeys.get(name);
                    if (fk == null) {
                        String referenced = r.getString("REFERENCED_TABLE_NAME");
                        String schema = r.getString("REFERENCED_TABLE_SCHEMA");
                        if (schema != null && !schema.equals(database)) referenced = schema + "." + referenced;
                        fk = new ForeignKeyParts(name, referenced, new ArrayList<>(), new ArrayList<>(),
                                r.getString("DELETE_RULE"), r.getString("UPDATE_RULE"));
                        parts.foreignKeys.put(name, fk);
                    }
                    fk.columns().add(r.getString("COLUMN_NAME"));
                    fk.referencedColumns().add(r.getString("REFERENCED_COLUMN_NAME"));
                }
            }
        }

        private Sequence readSequence(String name) throws SQLException {
            String sql = "SELECT start_value, increment, minimum_value, maximum_value, cache_size, cycle_option FROM "
                    + quote(database) + "." + quote(name);
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
                if (!r.next()) throw new SQLException("sequence " + name + " has no state row");
                return sequence(name, new Options(null, r.getLong("start_value"), r.getLong("increment"), r.getLong("minimum_value"),
                        r.getLong("maximum_value"), r.getLong("cache_size"), r.getBoolean("cycle_option")));
            }
        }

        private Table table(TableParts parts) {
            List<Column> columns = new ArrayList<>();
            for (ColumnRow row : parts.columns) columns.add(column(parts, row));
            PrimaryKey primaryKey = null;
            List<UniqueConstraint> uniques = new ArrayList<>();
            List<Index> indexes = new ArrayList<>();
            for (var e : parts.indexes.entrySet()) {
                String name = e.getKey();
                List<IndexColumnRow> rows = e.getValue();
                if (name.equals("PRIMARY")) {
                    primaryKey = new PrimaryKey(name, rows.stream().map(IndexColumnRow::column).toList());
                } else if (rows.get(0).unique() && rows.stream().noneMatch(r -> "D".equals(r.collation()))) {
                    uniques.add(new UniqueConstraint(name, rows.stream().map(r -> key(r, false).asKeyColumn()).toList()));
                } else {
                    indexes.add(index(name, rows));
                }
            }
            List<ForeignKey> foreignKeys = parts.foreignKeys.values().stream()
                    .map(f -> new ForeignKey(f.name(), f.columns(), f.referencedTable(), f.referencedColumns(),
                            action(f.deleteRule()), action(f.updateRule())))
                    .toList();
            return new Table(parts.name, columns, primaryKey, uniques, parts.checks, foreignKeys, indexes, parts.comment,
                    defaults.options(parts.otherOptions(), parts.engine, parts.collation));
        }

        private Index index(String name, List<IndexColumnRow> rows) {
            List<IndexKey> keys = new ArrayList<>();
            for (IndexColumnRow row : rows) {
                boolean descending = "D".equals(row.collation());
                if (row.column() == null) {
                    keys.add(new IndexKey(null, engine.expressions().canonical(row.expression()), descending));
                } else {
                    keys.add(key(row, descending));
                }
            }
            String type = rows.get(0).indexType();
            String method = "FULLTEXT".equalsIgnoreCase(type) || "SPATIAL".equalsIgnoreCase(type) ? type.toUpperCase(Locale.ROOT) : null;
            return new Index(name, rows.get(0).unique(), keys, null, method); // unique: a key with a DESC part, as replay holds it
        }

        /** A column key part, whole or its first SUB_PART characters ({@code body(20)}). */
        private static IndexKey key(IndexColumnRow row, boolean descending) {
            return row.subPart() == null ? new IndexKey(row.column(), null, descending) : IndexKey.prefix(row.column(), row.subPart(), descending);
        }

        private Column column(TableParts table, ColumnRow row) {
            boolean json = table.jsonColumns.contains(row.name());
            SqlType type = engine.types().parse(json ? "json" : row.columnType());
            String extra = row.extra().toUpperCase(Locale.ROOT);
            Identity identity = extra.contains("AUTO_INCREMENT") ? Identity.AUTO_INCREMENT : Identity.NONE;
            String generated = null;
            boolean stored = false;
            String defaultText = null;
            if (extra.contains("VIRTUAL GENERATED") || extra.contains("STORED GENERATED")) {
                generated = engine.expressions().canonical(row.generation());
                stored = extra.contains("STORED GENERATED");
            } else {
                defaultText = defaultExpression(row, type, extra);
            }
            String collation = json || row.collation() == null || row.collation().equals(table.collation) ? null : row.collation();
            return new Column(row.name(), type, row.nullable(), defaultText, identity, generated, stored, collation, row.comment());
        }

        /**
         * MariaDB reports a default as an expression ({@code NULL}, {@code 'text'}, {@code 1.50},
         * {@code current_timestamp()}); MySQL reports a literal's bare value and marks expressions DEFAULT_GENERATED.
         */
        private String defaultExpression(ColumnRow row, SqlType type, String extra) {
            String text = row.defaultText();
            if (text == null) return null;
            if (engine.reportsDefaultsAsExpressions()) {
                return text.equalsIgnoreCase("NULL") ? null : engine.expressions().canonicalDefault(text, type);
            }
            if (extra.contains("DEFAULT_GENERATED")) return engine.expressions().canonicalDefault(text, type);
            boolean bare = switch (type.family()) {
                case INTEGER, DECIMAL, FLOAT, BOOLEAN -> true;
                default -> text.regionMatches(true, 0, "b'", 0, 2) || text.regionMatches(true, 0, "0x", 0, 2);
            };
            return engine.expressions().canonicalDefault(bare ? text : "'" + text.replace("'", "''") + "'", type);
        }
    }

    private static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

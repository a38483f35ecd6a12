package dev.cairn.dialect.mysql;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.ClientScriptSql;
import dev.cairn.dialect.HistoryTableSql;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.dialect.KeyRules;
import dev.cairn.dialect.MigrationRules;
import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.ClusterRules;
import dev.cairn.dialect.SessionLock;

/**
 * What MySQL and MariaDB share: one SQL family (backquotes, DDL that commits by itself, keys and indexes named per
 * table, {@code GET_LOCK}); {@link MySqlEngine} and {@link MariaDbEngine} answer where the two differ.
 */
abstract sealed class MySqlFamilyEngine implements Engine permits MySqlEngine, MariaDbEngine {

    // Where MySQL and MariaDB differ, asked by this package's shared classes; each engine answers

    /** How ALTER TABLE drops a CHECK constraint: MySQL {@code DROP CHECK}, MariaDB {@code DROP CONSTRAINT}. */
    abstract String dropCheckClause();

    /** Whether CREATE SEQUENCE exists: MariaDB (10.3 and later) yes, MySQL no. */
    abstract boolean hasSequences();

    /** Whether a server of this major version keeps CHECK constraints: MariaDB yes; MySQL from 8 (5.7 parses and drops them). */
    abstract boolean keepsChecks(int majorVersion);

    /** Whether a server of this major version has functional key parts ({@code STATISTICS.EXPRESSION}): MySQL from 8; MariaDB no. */
    abstract boolean hasFunctionalKeyParts(int majorVersion);

    /** Whether a CHECK's name is unique per table, a column check named after its column (MariaDB), rather than per schema (MySQL). */
    abstract boolean namesChecksPerTable();

    /** Whether a JSON column is a LONGTEXT with a {@code json_valid} CHECK named after the column (MariaDB) rather than a type (MySQL). */
    abstract boolean jsonIsCheckedLongtext();

    /**
     * Whether {@code information_schema.COLUMNS.COLUMN_DEFAULT} holds every default as an expression (MariaDB:
     * {@code 'x'}, {@code current_timestamp()}, {@code NULL}) rather than a literal's bare value, with expressions
     * marked {@code DEFAULT_GENERATED} (MySQL).
     */
    abstract boolean reportsDefaultsAsExpressions();

    private final KeyRules keys = new MySqlKeyRules();
    private final AlterTableForms alterTable = new MySqlAlterTable(ddl().keepsColumnLevelChecks()); // ddl(): a constant of either engine
    private final Namespaces namespaces = new MySqlNamespaces();
    private final ClientScriptSql clientScript = new MySqlClientScriptSql(dialect().id()); // the client is named after the engine: mysql, mariadb

    @Override
    public KeyRules keys() {
        return keys;
    }

    @Override
    public AlterTableForms alterTable() {
        return alterTable;
    }

    @Override
    public Namespaces namespaces() {
        return namespaces;
    }

    @Override
    public DdlRenderer renderer() {
        return new MySqlRenderer(this);
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new MySqlChangeRenderer(this);
    }

    @Override
    public SchemaIntrospector introspector() {
        return new MySqlIntrospector();
    }

    @Override
    public MigrationRules migration() {
        return MySqlMigrationRules.INSTANCE;
    }

    @Override
    public SessionLock lock() {
        return MySqlNamedLock.INSTANCE;
    }

    @Override
    public ClusterRules cluster() {
        return GaleraRules.INSTANCE;
    }

    @Override
    public ClientScriptSql clientScript() {
        return clientScript;
    }

    @Override
    public HistoryTableSql history() {
        return MySqlHistoryTableSql.INSTANCE;
    }

    @Override
    public JdbcValues values() {
        return MySqlJdbcValues.INSTANCE;
    }

}

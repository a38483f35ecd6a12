package dev.cairn.dialect.mysql;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.EntitySql;
import dev.cairn.dialect.HistoryTableSql;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.dialect.KeyRules;
import dev.cairn.dialect.MigrationRules;
import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.SessionLock;

/**
 * What MySQL and MariaDB share: one SQL family (backquotes, DDL that commits by itself, keys and indexes named per
 * table, {@code GET_LOCK}); {@link MySqlEngine} and {@link MariaDbEngine} answer where the two differ.
 */
abstract sealed class MySqlFamilyEngine implements Engine permits MySqlEngine, MariaDbEngine {
    private final KeyRules keys = new MySqlKeyRules();
    private final AlterTableForms alterTable = new MySqlAlterTable();
    private final Namespaces namespaces = new MySqlNamespaces();

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
        return new MySqlRenderer(dialect(), keywords());
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new MySqlChangeRenderer(dialect(), keywords());
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
    public HistoryTableSql history() {
        return MySqlHistoryTableSql.INSTANCE;
    }

    @Override
    public JdbcValues values() {
        return MySqlJdbcValues.INSTANCE;
    }

    @Override
    public EntitySql entitySql() {
        return MySqlEntitySql.INSTANCE;
    }
}

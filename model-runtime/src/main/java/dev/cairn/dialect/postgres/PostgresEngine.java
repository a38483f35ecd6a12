package dev.cairn.dialect.postgres;

import dev.cairn.dialect.AlterTableForms;
import dev.cairn.dialect.ChangeRenderer;
import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DdlRenderer;
import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.Engine;
import dev.cairn.dialect.EntitySql;
import dev.cairn.dialect.ClientScriptSql;
import dev.cairn.dialect.HistoryTableSql;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.dialect.KeyRules;
import dev.cairn.dialect.Keywords;
import dev.cairn.dialect.MigrationRules;
import dev.cairn.dialect.Namespaces;
import dev.cairn.dialect.SchemaIntrospector;
import dev.cairn.dialect.ClusterRules;
import dev.cairn.dialect.SessionLock;
import dev.cairn.dialect.RememberedTypes;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.sql.SqlSyntax;

/** PostgreSQL: schemas, transactional DDL, advisory locks, names folded to lower case and cut to 63 bytes. */
public final class PostgresEngine implements Engine {
    public static final PostgresEngine INSTANCE = new PostgresEngine();
    private static final ExpressionCanonicalizer EXPRESSIONS = new ExpressionCanonicalizer(PostgresExpressions.INSTANCE);
    /** Each type text parsed once: replay reads the same few types in column after column. */
    private static final TypeSystem TYPES = RememberedTypes.of(PostgresTypes.INSTANCE);

    private final DdlRules ddl = new PostgresDdlRules();
    private final KeyRules keys = new PostgresKeyRules();
    private final AlterTableForms alterTable = new PostgresAlterTable();
    private final ConstraintNaming naming = new PostgresNaming();
    private final Namespaces namespaces = new PostgresNamespaces();

    private PostgresEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Override
    public SqlSyntax syntax() {
        return PostgresSyntax.INSTANCE;
    }

    @Override
    public Keywords keywords() {
        return PostgresKeywords.INSTANCE;
    }

    @Override
    public TypeSystem types() {
        return TYPES;
    }

    @Override
    public ExpressionCanonicalizer expressions() {
        return EXPRESSIONS;
    }

    @Override
    public DdlRules ddl() {
        return ddl;
    }

    @Override
    public KeyRules keys() {
        return keys;
    }

    @Override
    public AlterTableForms alterTable() {
        return alterTable;
    }

    @Override
    public ConstraintNaming naming() {
        return naming;
    }

    @Override
    public Namespaces namespaces() {
        return namespaces;
    }

    @Override
    public DdlRenderer renderer() {
        return new PostgresRenderer();
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new PostgresChangeRenderer();
    }

    @Override
    public SchemaIntrospector introspector() {
        return new PostgresIntrospector();
    }

    @Override
    public MigrationRules migration() {
        return PostgresMigrationRules.INSTANCE;
    }

    @Override
    public SessionLock lock() {
        return PostgresAdvisoryLock.INSTANCE;
    }

    @Override
    public ClusterRules cluster() {
        return ClusterRules.ONE_SERVER;
    }

    @Override
    public ClientScriptSql clientScript() {
        return PostgresClientScriptSql.INSTANCE;
    }

    @Override
    public HistoryTableSql history() {
        return PostgresHistoryTableSql.INSTANCE;
    }

    @Override
    public ConnectionRules connections() {
        return PostgresConnectionRules.INSTANCE;
    }

    @Override
    public JdbcValues values() {
        return PostgresJdbcValues.INSTANCE;
    }

    @Override
    public EntitySql entitySql() {
        return PostgresEntitySql.INSTANCE;
    }
}

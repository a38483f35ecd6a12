package dev.cairn.dialect.sqlite;

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

/** SQLite, the embedded default: one file per database, DDL inside transactions, table rebuilds for most ALTERs. */
public final class SqliteEngine implements Engine {
    public static final SqliteEngine INSTANCE = new SqliteEngine();
    private static final ExpressionCanonicalizer EXPRESSIONS = new ExpressionCanonicalizer(SqliteExpressions.INSTANCE);
    /** Each type text parsed once: replay reads the same few types in column after column. */
    private static final TypeSystem TYPES = RememberedTypes.of(SqliteTypes.INSTANCE);

    private final DdlRules ddl = new SqliteDdlRules();
    private final KeyRules keys = new SqliteKeyRules();
    private final AlterTableForms alterTable = new SqliteAlterTable();
    private final ConstraintNaming naming = new SqliteNaming();
    private final Namespaces namespaces = new SqliteNamespaces();

    private SqliteEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.SQLITE;
    }

    @Override
    public SqlSyntax syntax() {
        return SqliteSyntax.INSTANCE;
    }

    @Override
    public Keywords keywords() {
        return SqliteKeywords.INSTANCE;
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
        return new SqliteRenderer();
    }

    @Override
    public ChangeRenderer changeRenderer() {
        return new SqliteChangeRenderer();
    }

    @Override
    public SchemaIntrospector introspector() {
        return new SqliteIntrospector();
    }

    @Override
    public MigrationRules migration() {
        return SqliteMigrationRules.INSTANCE;
    }

    @Override
    public SessionLock lock() {
        return SqliteLock.INSTANCE;
    }

    @Override
    public ClusterRules cluster() {
        return ClusterRules.ONE_SERVER;
    }

    @Override
    public ClientScriptSql clientScript() {
        return SqliteClientScriptSql.INSTANCE;
    }

    @Override
    public HistoryTableSql history() {
        return SqliteHistoryTableSql.INSTANCE;
    }

    @Override
    public ConnectionRules connections() {
        return SqliteConnectionRules.INSTANCE;
    }

    @Override
    public JdbcValues values() {
        return SqliteJdbcValues.INSTANCE;
    }

    @Override
    public EntitySql entitySql() {
        return SqliteEntitySql.INSTANCE;
    }
}

package dev.cairn.dialect.mysql;

import dev.cairn.dialect.ConnectionRules;
import dev.cairn.dialect.ConstraintNaming;
import dev.cairn.dialect.DdlRules;
import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.EntitySql;
import dev.cairn.dialect.Keywords;
import dev.cairn.dialect.RememberedTypes;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.dialect.expression.ExpressionCanonicalizer;
import dev.cairn.sql.SqlSyntax;

/** MySQL 8. */
public final class MySqlEngine extends MySqlFamilyEngine {
    public static final MySqlEngine INSTANCE = new MySqlEngine();
    private static final ExpressionCanonicalizer EXPRESSIONS = new ExpressionCanonicalizer(MySqlExpressions.MYSQL);
    /** Each type text parsed once: replay reads the same few types in column after column. */
    private static final TypeSystem TYPES = RememberedTypes.of(MySqlTypes.MYSQL);

    private final ConstraintNaming naming = new MySqlNaming();

    private final ConnectionRules connections = new MySqlConnectionRules(this, "com.mysql:mysql-connector-j");

    private MySqlEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.MYSQL;
    }

    @Override
    public SqlSyntax syntax() {
        return MySqlSyntax.MYSQL;
    }

    @Override
    public Keywords keywords() {
        return MySqlKeywords.MYSQL;
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
        return MySqlDdlRules.MYSQL;
    }

    @Override
    public ConstraintNaming naming() {
        return naming;
    }

    @Override
    public ConnectionRules connections() {
        return connections;
    }

    @Override
    String dropCheckClause() {
        return "DROP CHECK ";
    }

    @Override
    boolean hasSequences() {
        return false;
    }

    @Override
    boolean keepsChecks(int majorVersion) {
        return majorVersion >= 8;
    }

    @Override
    boolean namesChecksPerTable() {
        return false;
    }

    @Override
    boolean jsonIsCheckedLongtext() {
        return false;
    }

    @Override
    boolean reportsDefaultsAsExpressions() {
        return false;
    }

    @Override
    boolean hasFunctionalKeyParts(int majorVersion) {
        return majorVersion >= 8;
    }

    @Override
    public EntitySql entitySql() {
        return MySqlEntitySql.MYSQL;
    }
}

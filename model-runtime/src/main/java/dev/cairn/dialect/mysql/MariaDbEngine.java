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

/** MariaDB 10.5 and later. */
public final class MariaDbEngine extends MySqlFamilyEngine {
    public static final MariaDbEngine INSTANCE = new MariaDbEngine();
    private static final ExpressionCanonicalizer EXPRESSIONS = new ExpressionCanonicalizer(MySqlExpressions.MARIADB);
    /** Each type text parsed once: replay reads the same few types in column after column. */
    private static final TypeSystem TYPES = RememberedTypes.of(MySqlTypes.MARIADB);

    private final ConstraintNaming naming = new MariaDbNaming();

    private final ConnectionRules connections = new MySqlConnectionRules(this, "org.mariadb.jdbc:mariadb-java-client");

    private MariaDbEngine() {
    }

    @Override
    public Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Override
    public SqlSyntax syntax() {
        return MySqlSyntax.MARIADB;
    }

    @Override
    public Keywords keywords() {
        return MySqlKeywords.MARIADB;
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
        return MySqlDdlRules.MARIADB;
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
        return "DROP CONSTRAINT ";
    }

    @Override
    boolean hasSequences() {
        return true;
    }

    @Override
    boolean keepsChecks(int majorVersion) {
        return true;
    }

    @Override
    boolean namesChecksPerTable() {
        return true;
    }

    @Override
    boolean jsonIsCheckedLongtext() {
        return true;
    }

    @Override
    boolean reportsDefaultsAsExpressions() {
        return true;
    }

    @Override
    boolean hasFunctionalKeyParts(int majorVersion) {
        return false;
    }

    @Override
    public EntitySql entitySql() {
        return MySqlEntitySql.MARIADB;
    }
}

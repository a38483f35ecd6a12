package dev.cairn.dialect;

import dev.cairn.dialect.expression.RecentAnswers;
import dev.cairn.schema.SqlType;

/** An engine's {@link TypeSystem} that parses each type text once ({@link RecentAnswers}): types repeat column after column. */
public final class RememberedTypes implements TypeSystem {
    private final TypeSystem types;
    private final RecentAnswers<String, SqlType> parsed;

    private RememberedTypes(TypeSystem types) {
        this.types = types;
        this.parsed = new RecentAnswers<>(types::parse, 4096);
    }

    public static TypeSystem of(TypeSystem types) {
        return new RememberedTypes(types);
    }

    @Override
    public SqlType parse(String declared) {
        return parsed.get(declared);
    }

    @Override
    public String toSql(SqlType type) {
        return types.toSql(type);
    }
}

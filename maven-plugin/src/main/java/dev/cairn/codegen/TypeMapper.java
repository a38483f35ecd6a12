package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.schema.Column;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;

import java.util.Locale;
import java.util.Map;

/**
 * The Java type of a column from its declared SQL type, per dialect; enum columns are mapped by the planner, which
 * names their enums. Overrides win: {@code table.column} first, then the SQL type's name.
 */
public final class TypeMapper {
    private final Dialect dialect;
    private final Map<String, String> overrides;

    public TypeMapper(Dialect dialect, Map<String, String> overrides) {
        this.dialect = dialect;
        this.overrides = overrides;
    }

    /** The configured type of this column, or null. */
    JavaType override(Table table, Column column) {
        String key = (table.name() + "." + column.name()).toLowerCase(Locale.ROOT);
        String byColumn = overrides.get(key);
        if (byColumn != null) return JavaTypes.named(byColumn, dialect, "javaTypes " + key);
        SqlType t = column.type();
        for (String name : new String[]{t.canonical(), t.name(), t.declared().toLowerCase(Locale.ROOT)}) {
            String byType = overrides.get(name);
            if (byType != null) return JavaTypes.named(byType, dialect, "javaTypes " + name);
        }
        return null;
    }

    public JavaType map(SqlType t) {
        if (t.arrayDimensions() > 0) return array(t);
        String name = t.name();
        return switch (t.family()) {
            case INTEGER -> integer(t);
            case DECIMAL -> JavaTypes.BIG_DECIMAL;
            case FLOAT -> name.equals("real") && dialect != Dialect.SQLITE || name.equals("float") && dialect.isMySqlFamily()
                    ? JavaTypes.FLOAT : JavaTypes.DOUBLE;
            case BOOLEAN -> JavaTypes.BOOLEAN;
            case CHAR, VARCHAR, TEXT -> JavaTypes.STRING;
            case BINARY -> JavaTypes.BYTES;
            case DATE -> JavaTypes.localDate(dialect);
            case TIME -> JavaTypes.localTime(dialect);
            case TIMESTAMP -> dialect.isMySqlFamily() || dialect == Dialect.SQLITE || !name.contains("with time zone")
                    ? JavaTypes.localDateTime(dialect) : JavaTypes.offsetDateTime(dialect);
            case TIMESTAMP_TZ -> JavaTypes.offsetDateTime(dialect);
            case UUID -> JavaTypes.uuid(dialect);
            case JSON -> dialect == Dialect.POSTGRESQL ? JavaTypes.UNTYPED_TEXT : JavaTypes.STRING;
            case INTERVAL, OTHER, ENUM -> dialect == Dialect.POSTGRESQL ? JavaTypes.UNTYPED_TEXT : JavaTypes.STRING;
        };
    }

    private JavaType integer(SqlType t) {
        if (dialect == Dialect.SQLITE) return JavaTypes.LONG; // SQLite integers are 64 bits whatever the declared name
        String n = t.name();
        if (n.equals("bigint") || n.equals("int8")) return t.unsigned() ? JavaTypes.BIG_INTEGER : JavaTypes.LONG;
        if (n.equals("smallint") || n.equals("int2")) return t.unsigned() ? JavaTypes.INTEGER : JavaTypes.SHORT;
        if (n.equals("tinyint")) return JavaTypes.SHORT;
        if (t.unsigned() && (n.equals("int") || n.equals("integer") || n.equals("mediumint"))) return n.equals("mediumint") ? JavaTypes.INTEGER : JavaTypes.LONG;
        return JavaTypes.INTEGER;
    }

    private JavaType array(SqlType t) {
        SqlType element = new SqlType(t.name().replace("[]", ""), t.family(), t.length(), t.precision(), t.scale(), 0,
                t.enumValues(), t.unsigned(), t.name());
        JavaType e = map(element);
        if (e.name().endsWith("[]") || e.equals(JavaTypes.UNTYPED_TEXT)) e = JavaTypes.STRING;
        String arrayType = e.name() + "[]".repeat(t.arrayDimensions());
        ValueTypeExpression valueType = new ValueTypeExpression.ArrayOf(element.name(), e.name());
        if (t.arrayDimensions() > 1) {
            throw new ModelProblem("Arrays of " + t.arrayDimensions() + " dimensions (" + t.declared()
                    + ") are not mapped; give the column a type in javaTypes, e.g. String");
        }
        return new JavaType(arrayType, null, valueType, e.imports());
    }
}

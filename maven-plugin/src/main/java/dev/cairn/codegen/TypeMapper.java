package dev.cairn.codegen;

import dev.cairn.dialect.Dialect;
import dev.cairn.dialect.JdbcValues;
import dev.cairn.dialect.engines.Engines;
import dev.cairn.schema.Column;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.Table;

import java.util.Locale;
import java.util.Map;

/**
 * The Java type of a column from its declared SQL type, as the engine's JDBC driver carries its values
 * ({@link JdbcValues}); enum columns are mapped by the planner, which names their enums. Overrides win:
 * {@code table.column} first, then the SQL type's name.
 */
public final class TypeMapper {
    private final JdbcValues values;
    private final Map<String, String> overrides;

    public TypeMapper(Dialect dialect, Map<String, String> overrides) {
        this.values = Engines.of(dialect).values();
        this.overrides = overrides;
    }

    /** The configured type of this column, or null. */
    JavaType override(Table table, Column column) {
        String key = (table.name() + "." + column.name()).toLowerCase(Locale.ROOT);
        String byColumn = overrides.get(key);
        if (byColumn != null) return JavaTypes.named(byColumn, values, "javaTypes " + key);
        SqlType t = column.type();
        for (String name : new String[]{t.canonical(), t.name(), t.declared().toLowerCase(Locale.ROOT)}) {
            String byType = overrides.get(name);
            if (byType != null) return JavaTypes.named(byType, values, "javaTypes " + name);
        }
        return null;
    }

    public JavaType map(SqlType t) {
        if (t.arrayDimensions() > 0) return array(t);
        return switch (t.family()) {
            case INTEGER -> integer(values.integerBits(t));
            case DECIMAL -> JavaTypes.BIG_DECIMAL;
            case FLOAT -> values.floatBits(t) == 32 ? JavaTypes.FLOAT : JavaTypes.DOUBLE;
            case BOOLEAN -> JavaTypes.BOOLEAN;
            case CHAR, VARCHAR, TEXT -> JavaTypes.STRING;
            case BINARY -> JavaTypes.BYTES;
            case DATE -> JavaTypes.localDate(values);
            case TIME -> JavaTypes.localTime(values);
            case TIMESTAMP -> JavaTypes.localDateTime(values);
            case TIMESTAMP_TZ -> JavaTypes.offsetDateTime(values);
            case UUID -> JavaTypes.uuid(values);
            case JSON, INTERVAL, OTHER, ENUM -> values.bindsOtherTypesAsUntypedText() ? JavaTypes.UNTYPED_TEXT : JavaTypes.STRING;
        };
    }

    /** The narrowest Java integer that holds values of this many bits (a byte is never generated: short instead). */
    private static JavaType integer(int bits) {
        if (bits <= 16) return JavaTypes.SHORT;
        if (bits <= 32) return JavaTypes.INTEGER;
        return bits <= 64 ? JavaTypes.LONG : JavaTypes.BIG_INTEGER;
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

package dev.cairn.schema;

import java.util.List;
import java.util.Objects;

/**
 * A column's type. {@code declared} is the type as the SQL wrote it (e.g. {@code VARCHAR(64)}); everything else is
 * the parsed, dialect-canonical form: {@code name} is the canonical lower-case base name (e.g. {@code varchar},
 * {@code integer}, {@code timestamp with time zone}). Equality ignores {@code declared}, so a type written as
 * {@code INT4} equals the same type read back from the engine as {@code integer}.
 *
 * @param length          character/binary length, or null
 * @param precision       numeric precision or fractional-seconds precision, or null
 * @param scale           numeric scale, or null
 * @param arrayDimensions PostgreSQL array dimensions ({@code int[][]} → 2)
 * @param enumValues      the values of an inline MySQL {@code ENUM(…)}/{@code SET(…)}, else empty
 * @param unsigned        MySQL {@code UNSIGNED}
 */
public record SqlType(String name, TypeFamily family, Integer length, Integer precision, Integer scale,
                      int arrayDimensions, List<String> enumValues, boolean unsigned, String declared) {

    public SqlType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        enumValues = List.copyOf(enumValues == null ? List.of() : enumValues);
        declared = declared == null ? name : declared;
    }

    /**
     * Whether the values are character strings, with a character set and a collation: CHAR, VARCHAR, TEXT, ENUM and
     * MySQL's SET.
     */
    public boolean holdsCharacters() {
        return switch (family) {
            case CHAR, VARCHAR, TEXT, ENUM -> true;
            default -> family == TypeFamily.OTHER && name.equals("set");
        };
    }

    public static SqlType of(String name, TypeFamily family) {
        return new SqlType(name, family, null, null, null, 0, List.of(), false, name);
    }

    public SqlType withDeclared(String declared) {
        return new SqlType(name, family, length, precision, scale, arrayDimensions, enumValues, unsigned, declared);
    }

    /** The canonical spelling, e.g. {@code varchar(64)}, {@code numeric(10,2)}, {@code integer[]}. */
    public String canonical() {
        StringBuilder b = new StringBuilder(name);
        if (!enumValues.isEmpty()) {
            b.append('(');
            for (int i = 0; i < enumValues.size(); i++) {
                if (i > 0) b.append(',');
                b.append('\'').append(enumValues.get(i).replace("'", "''")).append('\'');
            }
            b.append(')');
        } else if (length != null) {
            b.append('(').append(length).append(')');
        } else if (precision != null) {
            b.append('(').append(precision);
            if (scale != null) b.append(',').append(scale);
            b.append(')');
        }
        if (unsigned) b.append(" unsigned");
        b.append("[]".repeat(arrayDimensions));
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SqlType t && name.equals(t.name) && family == t.family && Objects.equals(length, t.length)
                && Objects.equals(precision, t.precision) && Objects.equals(scale, t.scale)
                && arrayDimensions == t.arrayDimensions && enumValues.equals(t.enumValues) && unsigned == t.unsigned;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, family, length, precision, scale, arrayDimensions, enumValues, unsigned);
    }

    @Override
    public String toString() {
        return canonical();
    }
}

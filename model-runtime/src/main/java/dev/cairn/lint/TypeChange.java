package dev.cairn.lint;

import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;

import java.util.Map;

/** What a column's change of type does to its values and to the table: widening, narrowing, a rewrite. */
record TypeChange(SqlType from, SqlType to) {
    private static final Map<String, Integer> INTEGER_BYTES = Map.of("tinyint", 1, "smallint", 2, "mediumint", 3, "integer", 4,
            "int", 4, "bigint", 8);
    private static final Map<String, Integer> FLOAT_BYTES = Map.of("real", 4, "float", 4, "double precision", 8, "double", 8);

    boolean changed() {
        return !from.equals(to);
    }

    /**
     * Whether only the limit of a character type grows or goes: {@code varchar(n)} to a longer one or to unbounded
     * {@code varchar}/{@code text}, unbounded {@code varchar} to {@code text} and back. Old values all still fit.
     */
    boolean widensCharacters() {
        boolean fromVar = from.family() == TypeFamily.VARCHAR, toVar = to.family() == TypeFamily.VARCHAR;
        if (from.arrayDimensions() != to.arrayDimensions()) return false;
        if (fromVar && toVar && from.name().equals(to.name())) return to.length() == null || from.length() != null && to.length() >= from.length();
        if (fromVar && to.family() == TypeFamily.TEXT && to.length() == null) return true;
        return from.family() == TypeFamily.TEXT && toVar && to.length() == null && from.length() == null;
    }

    /** Whether a numeric's precision grows or goes while its scale stays. */
    boolean widensDecimal() {
        if (from.family() != TypeFamily.DECIMAL || to.family() != TypeFamily.DECIMAL || !from.name().equals(to.name())) return false;
        if (to.precision() == null) return true;
        return from.precision() != null && to.precision() >= from.precision() && java.util.Objects.equals(from.scale(), to.scale());
    }

    /** PostgreSQL changes the type without rewriting the table or its indexes (binary-coercible widening). */
    boolean postgresKeepsTable() {
        return !changed() || widensCharacters() || widensDecimal();
    }

    /** Whether a value of the old type may not fit the new one: a shorter length, fewer digits, a smaller number. */
    boolean narrows() {
        if (!changed() || widensCharacters() || widensDecimal()) return false;
        TypeFamily a = from.family(), b = to.family();
        if (b == TypeFamily.TEXT) return false;
        if (isCharacters(a) && isCharacters(b) || a == b && a == TypeFamily.BINARY) {
            if (to.length() == null) return false;
            return from.length() == null || to.length() < from.length();
        }
        if (a == TypeFamily.DECIMAL && b == TypeFamily.DECIMAL) {
            return to.precision() != null && (from.precision() == null || to.precision() < from.precision()
                    || to.scale() != null && (from.scale() == null || to.scale() < from.scale()));
        }
        if (a == TypeFamily.INTEGER && b == TypeFamily.INTEGER) {
            Integer x = INTEGER_BYTES.get(from.name()), y = INTEGER_BYTES.get(to.name());
            return x != null && y != null && (y < x || from.unsigned() && !to.unsigned());
        }
        if (a == TypeFamily.FLOAT && b == TypeFamily.FLOAT) {
            Integer x = FLOAT_BYTES.get(from.name()), y = FLOAT_BYTES.get(to.name());
            return x != null && y != null && y < x;
        }
        if ((a == TypeFamily.TIMESTAMP || a == TypeFamily.TIMESTAMP_TZ || a == TypeFamily.TIME) && a == b) {
            return to.precision() != null && (from.precision() == null || to.precision() < from.precision());
        }
        return a != b && !(a == TypeFamily.INTEGER && (b == TypeFamily.DECIMAL || b == TypeFamily.FLOAT) || isCharacters(b) && to.length() == null);
    }

    private static boolean isCharacters(TypeFamily f) {
        return f == TypeFamily.CHAR || f == TypeFamily.VARCHAR || f == TypeFamily.TEXT;
    }

    String describe() {
        return from.canonical() + " to " + to.canonical();
    }
}

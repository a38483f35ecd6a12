package dev.cairn.dialect.sqlite;

import dev.cairn.dialect.TypeShape;
import dev.cairn.dialect.TypeSystem;
import dev.cairn.schema.SqlType;
import dev.cairn.schema.TypeFamily;

import java.util.List;

/**
 * SQLite's types: any text is a type; it is kept as declared, lower-cased and with quotes and extra spaces removed
 * ({@code UNSIGNED BIG INT} → {@code unsigned big int}, {@code VARCHAR( 64 )} → {@code varchar(64)}); an integer's
 * display width ({@code INT(11)}) is no part of the type, as on MySQL, while the declared text keeps it. Aliases are not
 * folded, because SQLite tells {@code INTEGER PRIMARY KEY} (the rowid) from {@code INT PRIMARY KEY}. A column without a
 * type has the empty name {@code ""} and family OTHER. The family follows SQLite's affinity rules, refined by the usual
 * names.
 */
final class SqliteTypes implements TypeSystem {
    static final SqliteTypes INSTANCE = new SqliteTypes();

    private SqliteTypes() {
    }

    @Override
    public SqlType parse(String declared) {
        TypeShape shape = TypeShape.of(SqliteSyntax.INSTANCE, declared == null ? "" : declared.strip());
        String name = String.join(" ", shape.words());
        Integer a1 = null, a2 = null;
        if (shape.args() != null) {
            List<String> args = shape.argList();
            a1 = args.isEmpty() ? null : TypeShape.integer(args.get(0));
            a2 = args.size() > 1 ? TypeShape.integer(args.get(1)) : null;
            boolean numeric = !args.isEmpty() && args.size() <= 2 && a1 != null && (args.size() == 1 || a2 != null);
            if (!numeric) {
                // not (n) or (n,m): keep the argument text in the name, so rendering writes it back unchanged
                name = name + "(" + String.join(",", args) + ")";
                a1 = a2 = null;
            }
        }
        if (shape.arrayDimensions() > 0 && !name.isEmpty()) name = name + "[]".repeat(shape.arrayDimensions());
        TypeFamily family = family(name);
        boolean lengthType = family == TypeFamily.CHAR || family == TypeFamily.VARCHAR || family == TypeFamily.BINARY;
        if (family == TypeFamily.INTEGER) a1 = a2 = null; // a display width, INT(11): the same type (the declared text keeps it)
        return new SqlType(name, family, lengthType ? a1 : null, lengthType ? null : a1, lengthType ? null : a2, 0,
                List.of(), false, declared);
    }

    private static TypeFamily family(String name) {
        String n = name;
        int paren = n.indexOf('(');
        if (paren >= 0) n = n.substring(0, paren).strip();
        switch (n) {
            case "" -> {
                return TypeFamily.OTHER;
            }
            case "boolean", "bool" -> {
                return TypeFamily.BOOLEAN;
            }
            case "date" -> {
                return TypeFamily.DATE;
            }
            case "datetime", "timestamp" -> {
                return TypeFamily.TIMESTAMP;
            }
            case "time" -> {
                return TypeFamily.TIME;
            }
            case "uuid" -> {
                return TypeFamily.UUID;
            }
            case "json", "jsonb" -> {
                return TypeFamily.JSON;
            }
            case "numeric", "decimal" -> {
                return TypeFamily.DECIMAL;
            }
            default -> {
            }
        }
        // SQLite's own affinity rules (https://sqlite.org/datatype3.html#determination_of_column_affinity)
        if (n.contains("int")) return TypeFamily.INTEGER;
        if (n.contains("char") || n.contains("clob") || n.contains("text")) {
            if (n.contains("varchar") || n.contains("varying")) return TypeFamily.VARCHAR;
            if (n.equals("char") || n.equals("character") || n.equals("nchar") || n.equals("native character")) return TypeFamily.CHAR;
            return TypeFamily.TEXT;
        }
        if (n.contains("blob") || n.contains("binary")) return TypeFamily.BINARY;
        if (n.contains("real") || n.contains("floa") || n.contains("doub")) return TypeFamily.FLOAT;
        return TypeFamily.OTHER;
    }

    @Override
    public String toSql(SqlType type) {
        return type.canonical();
    }
}
